import { platformEn } from './en.js';
import { platformHe } from './he.js';
import { platformRu } from './ru.js';

export const platformTexts = { en: platformEn, ru: platformRu, he: platformHe };
