import type { Translation } from '../../platform/i18n/types.js';
import type { settingsEn } from './en.js';

export const settingsHe: Translation<typeof settingsEn, 'he'> = {
  settings: {
    title: 'הגדרות',
    uiLanguage: 'שפת הממשק',
    workshop: 'פרטי המעבדה (מודפסים על כל מסמך)',
    name: 'שם',
    legalName: 'שם משפטי',
    taxId: 'ח.פ. / ע.מ.',
    address: 'כתובת',
    phone: 'טלפון',
    email: 'דוא״ל',
    signatory: 'מורשה חתימה',
    currency: 'מטבע',
    documentLanguage: 'שפת מסמכים ברירת מחדל',
    paperSize: 'גודל נייר',
    terms: 'תנאים בתעודת הקבלה ({{language}})',
    save: 'שמירת הגדרות',
    saved: 'ההגדרות נשמרו.',
    dataDir: 'תיקיית נתונים: {{dir}}',
  },
};
