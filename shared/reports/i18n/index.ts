import { reportsEn } from './en.js';
import { reportsHe } from './he.js';
import { reportsRu } from './ru.js';

export const reportsTexts = { en: reportsEn, ru: reportsRu, he: reportsHe };
