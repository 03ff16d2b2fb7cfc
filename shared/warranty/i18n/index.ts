import { warrantyEn } from './en.js';
import { warrantyHe } from './he.js';
import { warrantyRu } from './ru.js';

export const warrantyTexts = { en: warrantyEn, ru: warrantyRu, he: warrantyHe };
