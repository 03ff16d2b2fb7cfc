import { dataEn } from './en.js';
import { dataHe } from './he.js';
import { dataRu } from './ru.js';

export const dataTexts = { en: dataEn, ru: dataRu, he: dataHe };
