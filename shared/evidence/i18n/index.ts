import { evidenceEn } from './en.js';
import { evidenceHe } from './he.js';
import { evidenceRu } from './ru.js';

export const evidenceTexts = { en: evidenceEn, ru: evidenceRu, he: evidenceHe };
