import { devicesEn } from './en.js';
import { devicesHe } from './he.js';
import { devicesRu } from './ru.js';

export const devicesTexts = { en: devicesEn, ru: devicesRu, he: devicesHe };
