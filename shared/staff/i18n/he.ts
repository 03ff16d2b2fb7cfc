import type { Translation } from '../../platform/i18n/types.js';
import type { staffEn } from './en.js';

export const staffHe: Translation<typeof staffEn, 'he'> = {
  staff: {
    title: 'עובדים',
    name: 'שם',
    role: 'תפקיד',
    active: 'פעיל',
    add: 'הוספת עובד',
    deactivate: 'השבתה',
    activate: 'הפעלה',
    pin: 'קוד PIN (4 עד 12 ספרות)',
    currentPin: 'קוד ה-PIN הנוכחי שלך',
    hasPin: 'קוד PIN מוגדר',
    setPin: 'הגדרת קוד PIN',
    newPin: 'קוד PIN חדש עבור {{name}}',
    pinSaved: 'קוד ה-PIN נשמר עבור {{name}}.',
  },
  role: { clerk: 'פקיד קבלה', technician: 'טכנאי', manager: 'מנהל' },
  permissions: { only: 'רק עבור: {{roles}}.' },
};
