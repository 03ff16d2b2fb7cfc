import { analyticsEn } from './en.js';
import { analyticsHe } from './he.js';
import { analyticsRu } from './ru.js';

export const analyticsTexts = { en: analyticsEn, ru: analyticsRu, he: analyticsHe };
