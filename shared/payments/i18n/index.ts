import { paymentsEn } from './en.js';
import { paymentsHe } from './he.js';
import { paymentsRu } from './ru.js';

export const paymentsTexts = { en: paymentsEn, ru: paymentsRu, he: paymentsHe };
