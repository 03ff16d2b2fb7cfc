import { shipmentsEn } from './en.js';
import { shipmentsHe } from './he.js';
import { shipmentsRu } from './ru.js';

export const shipmentsTexts = { en: shipmentsEn, ru: shipmentsRu, he: shipmentsHe };
