import { documentsEn } from './en.js';
import { documentsHe } from './he.js';
import { documentsRu } from './ru.js';

export const documentsTexts = { en: documentsEn, ru: documentsRu, he: documentsHe };
