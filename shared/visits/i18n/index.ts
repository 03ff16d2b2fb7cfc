import { visitsEn } from './en.js';
import { visitsHe } from './he.js';
import { visitsRu } from './ru.js';

export const visitsTexts = { en: visitsEn, ru: visitsRu, he: visitsHe };
