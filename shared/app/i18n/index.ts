import { appEn } from './en.js';
import { appHe } from './he.js';
import { appRu } from './ru.js';

export const appTexts = { en: appEn, ru: appRu, he: appHe };
