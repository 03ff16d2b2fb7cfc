import type { Translation } from '../../platform/i18n/types.js';
import type { defectsEn } from './en.js';

export const defectsHe: Translation<typeof defectsEn, 'he'> = {
  defects: {
    title: 'קודי תקלות',
    catalogue: 'קטלוג קודי תקלות',
    intro: 'הטכנאים רושמים קודים אלה בכל אבחון; הניתוחים סופרים תקלות לפיהם. ניתן לשנות שם של קוד, להשבית אותו (הוא נשאר בהזמנות קודמות) או להוסיף קודים משלכם. למנהלים בלבד.',
    add: 'הוספת תקלה',
    remove: 'הסרה',
    code: 'קוד',
    kind: 'סוג',
    category: 'קטגוריית סיבה',
    nameIn: 'שם ({{language}})',
    save: 'שמירת הקוד',
    deactivate: 'השבתה',
    activate: 'הפעלה',
    edit: 'עריכה',
    kinds: { symptom: 'תסמין', cause: 'סיבה', action: 'פעולה', component: 'רכיב' },
    categories: {
      manufacturing_defect: 'פגם ייצור',
      operation_violation: 'הפרת הוראות שימוש',
      external_damage: 'נזק חיצוני',
      wear: 'בלאי',
      no_fault_found: 'לא נמצאה תקלה',
    },
  },
};
