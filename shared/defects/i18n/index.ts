import { defectsEn } from './en.js';
import { defectsHe } from './he.js';
import { defectsRu } from './ru.js';

export const defectsTexts = { en: defectsEn, ru: defectsRu, he: defectsHe };
