import { rulesEn } from './en.js';
import { rulesHe } from './he.js';
import { rulesRu } from './ru.js';

export const rulesTexts = { en: rulesEn, ru: rulesRu, he: rulesHe };
