import { contractsEn } from './en.js';
import { contractsHe } from './he.js';
import { contractsRu } from './ru.js';

export const contractsTexts = { en: contractsEn, ru: contractsRu, he: contractsHe };
