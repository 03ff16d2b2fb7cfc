import type { Translation } from '../../platform/i18n/types.js';
import type { appEn } from './en.js';

export const appHe: Translation<typeof appEn, 'he'> = {
  app: { title: 'מעבדת שירות', loading: 'טוען…' },
  nav: {
    analytics: 'ניתוחים',
    claims: 'תלונות',
    loaners: 'מוצרים חלופיים',
    registry: 'מרשם מכירות',
    warranty: 'אחריות',
    expiring: 'אחריות שפגה',
    dashboard: 'לוח בקרה',
    orders: 'הזמנות',
    intake: 'קבלה חדשה',
    staff: 'צוות',
    settings: 'הגדרות',
  },
  navGroups: { label: 'מסכים', counter: 'דלפק', workshop: 'מעבדה', management: 'ניהול' },
  header: {
    signedIn: 'מחובר/ת: {{name}} ({{role}})',
    signOut: 'יציאה',
    language: 'שפה',
    scan: 'סרקו או הקלידו מספר הזמנה, מספר סידורי או IMEI',
  },
  firstRun: {
    firstManagerPin: 'קוד ה-PIN שלך (4 עד 12 ספרות)',
    demoNote: 'עובדי ההדגמה נכנסים עם קוד PIN 1234.',
    title: 'ברוכים הבאים',
    intro: 'תיקיית הנתונים ריקה. טענו נתוני הדגמה כדי להתרשם, או הוסיפו את עצמכם כמנהל הראשון.',
    demo: 'טעינת נתוני הדגמה',
    firstManager: 'השם שלך (מנהל ראשון)',
    create: 'התחלה עם מעבדה ריקה',
  },
};
