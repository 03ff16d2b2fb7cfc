import { partsEn } from './en.js';
import { partsHe } from './he.js';
import { partsRu } from './ru.js';

export const partsTexts = { en: partsEn, ru: partsRu, he: partsHe };
