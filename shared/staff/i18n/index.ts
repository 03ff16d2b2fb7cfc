import { staffEn } from './en.js';
import { staffHe } from './he.js';
import { staffRu } from './ru.js';

export const staffTexts = { en: staffEn, ru: staffRu, he: staffHe };
