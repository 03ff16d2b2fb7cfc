import type { Translation } from '../../platform/i18n/types.js';
import type { settingsEn } from './en.js';

export const settingsHe: Translation<typeof settingsEn, 'he'> = {
  settings: {
    title: 'הגדרות',
    uiLanguage: 'שפת הממשק',
    workshop: 'פרטי המעבדה (מודפסים על כל מסמך)',
    name: 'שם',
    legalName: '$t(common.legalName)',
    taxId: '$t(common.taxId)',
    address: 'כתובת',
    phone: 'טלפון',
    email: '$t(common.email)',
    signatory: 'מורשה חתימה',
    currency: 'מטבע',
    dateFormatEn: 'תאריכים בממשק האנגלי',
    timeZone: 'אזור הזמן של תאריכים ושעות (מסכים ומסמכים)',
    dateOrders: { dmy: 'יום/חודש/שנה', mdy: 'חודש/יום/שנה', ymd: 'שנה-חודש-יום' },
    phoneCountry: "מדינת מספרי הטלפון (קוד ISO; ריק: של פרופיל הכללים)",
    documentLanguage: 'שפת מסמכים ברירת מחדל',
    paperSize: 'גודל נייר',
    terms: 'תנאים בתעודת הקבלה ({{language}})',
    save: 'שמירת הגדרות',
    saved: 'ההגדרות נשמרו.',
    dataDir: 'תיקיית נתונים: {{dir}}',
  },
  setup: {
    title: 'הקמת המעבדה',
    intro: 'מה מגדירים במעבדה חדשה לפני הלקוח הראשון. כל שלב מסומן ברגע שהוא בוצע.',
    steps: {
      workshop: 'פרטי המעבדה: שם, כתובת וטלפון (בכל מסמך)',
      rules: 'פרופיל חוקי: החוק שלפיו המעבדה עובדת',
      staff: 'עובדים: פקידי קבלה וטכנאים, לכל אחד קוד PIN',
      loaners: 'מוצרים חלופיים: המוצרים שמושאלים בזמן תיקון',
      prices: 'מחירים: פעולות העבודה במחירון',
    },
    done: 'בוצע',
    toDo: 'טרם בוצע',
    dismiss: 'הסתרת הרשימה',
  },
};
