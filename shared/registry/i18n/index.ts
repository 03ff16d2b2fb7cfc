import { registryEn } from './en.js';
import { registryHe } from './he.js';
import { registryRu } from './ru.js';

export const registryTexts = { en: registryEn, ru: registryRu, he: registryHe };
