import type { Translation } from '../../platform/i18n/types.js';
import type { registryEn } from './en.js';

export const registryHe: Translation<typeof registryEn, 'he'> = {
  registry: {
    title: 'מרשם מוצרים שנמכרו',
    intro: 'ייבאו את המוצרים שמחלקת המכירות או משווק מכרו (CSV או XLSX), כדי לבדוק את האחריות שלהם לפי מספר סידורי או IMEI. ייבוא חוזר של אותו קובץ אינו משנה דבר.',
    file: 'קובץ (CSV או XLSX)',
    mapping: 'עמודות',
    counts: '{{rows}} שורות: {{valid}} תקינות, {{invalid}} עם שגיאות, {{merged}} כפילויות אוחדו; {{new}} מוצרים חדשים, {{known}} מוכרים',
    errors: 'שורות עם שגיאות (לא ייובאו)',
    line: 'שורה',
    problem: 'בעיה',
    import: 'ייבוא {{count}} שורות תקינות',
    done: 'יובאו: {{created}} חדשים, {{updated}} עודכנו, {{unchanged}} ללא שינוי; {{invalid}} שורות דולגו.',
    fields: {
      serial: '$t(device.serial)',
      imei: '$t(device.imei)',
      brand: 'יצרן',
      model: 'דגם',
      category: 'סוג',
      purchaseDate: '$t(device.purchaseDate)',
      warrantyMonths: '$t(device.warrantyMonths)',
      seller: '$t(device.seller)',
      purchaseDocument: '$t(device.purchaseDocument)',
      customerName: 'לקוח',
      customerPhone: 'טלפון',
      customerEmail: '$t(common.email)',
    },
  },
  models: { title: 'דגמים (אחריות ואורך חיים כברירת מחדל)', add: 'הוספת דגם' },
};
