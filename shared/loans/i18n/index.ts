import { loansEn } from './en.js';
import { loansHe } from './he.js';
import { loansRu } from './ru.js';

export const loansTexts = { en: loansEn, ru: loansRu, he: loansHe };
