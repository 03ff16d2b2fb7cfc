import { historyEn } from './en.js';
import { historyHe } from './he.js';
import { historyRu } from './ru.js';

export const historyTexts = { en: historyEn, ru: historyRu, he: historyHe };
