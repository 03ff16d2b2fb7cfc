import { networkEn } from './en.js';
import { networkHe } from './he.js';
import { networkRu } from './ru.js';

export const networkTexts = { en: networkEn, ru: networkRu, he: networkHe };
