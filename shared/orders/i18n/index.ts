import { ordersEn } from './en.js';
import { ordersHe } from './he.js';
import { ordersRu } from './ru.js';

export const ordersTexts = { en: ordersEn, ru: ordersRu, he: ordersHe };
