import { claimsEn } from './en.js';
import { claimsHe } from './he.js';
import { claimsRu } from './ru.js';

export const claimsTexts = { en: claimsEn, ru: claimsRu, he: claimsHe };
