import { notificationsEn } from './en.js';
import { notificationsHe } from './he.js';
import { notificationsRu } from './ru.js';

export const notificationsTexts = { en: notificationsEn, ru: notificationsRu, he: notificationsHe };
