import { customersEn } from './en.js';
import { customersHe } from './he.js';
import { customersRu } from './ru.js';

export const customersTexts = { en: customersEn, ru: customersRu, he: customersHe };
