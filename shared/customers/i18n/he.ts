import type { Translation } from '../../platform/i18n/types.js';
import type { customersEn } from './en.js';

export const customersHe: Translation<typeof customersEn, 'he'> = {
  customers: {
    nav: 'לקוחות',
    title: 'לקוחות',
    search: 'חיפוש לפי שם או טלפון (בכל צורת כתיבה)',
    empty: 'לא נמצא לקוח מתאים.',
    hint: 'יש להקליד שם או מספר טלפון כדי למצוא לקוח.',
    orders: 'הזמנות',
    devices: 'מוצרים',
    loans: 'מוצרים חלופיים שהושאלו',
    claims: '$t(nav.claims)',
    payments: 'תשלומים',
    history: 'תיקונים',
    merges: 'מוזגו לרשומה זו',
    mergedFrom: '{{name}} ({{phones}}), {{date}}',
    mergedInto: 'רשומה זו מוזגה ללקוח אחר.',
    openKept: 'פתיחת הרשומה שנשמרה',
    edit: 'עריכה',
    merge: 'מיזוג עם רשומה אחרת',
    mergeHint: 'יש למצוא את הרשומה האחרת של לקוח זה: ההזמנות, המוצרים, ההשאלות, התביעות והמכירות שלה יעברו לכאן, והיא תוסר מהחיפוש.',
    mergePick: 'מיזוג {{name}} לרשומה זו',
    mergeReason: '$t(corrections.reason)',
    merged: 'המיזוג בוצע: {{name}} הוא כעת חלק מרשומה זו.',
    person: '$t(intake.person)',
    company: '$t(intake.company)',
    knownPhone: 'הטלפון הזה כבר שייך ללקוח {{name}}.',
    useKnown: 'קבלה עבור {{name}}',
    none: 'אין.',
  },
};
