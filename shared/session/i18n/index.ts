import { sessionEn } from './en.js';
import { sessionHe } from './he.js';
import { sessionRu } from './ru.js';

export const sessionTexts = { en: sessionEn, ru: sessionRu, he: sessionHe };
