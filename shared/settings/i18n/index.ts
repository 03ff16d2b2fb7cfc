import { settingsEn } from './en.js';
import { settingsHe } from './he.js';
import { settingsRu } from './ru.js';

export const settingsTexts = { en: settingsEn, ru: settingsRu, he: settingsHe };
