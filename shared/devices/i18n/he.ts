import type { Translation } from '../../platform/i18n/types.js';
import type { devicesEn } from './en.js';

export const devicesHe: Translation<typeof devicesEn, 'he'> = {
  device: {
    serial: 'מספר סידורי',
    imei: 'IMEI',
    purchaseDate: 'תאריך רכישה',
    seller: 'מוכר',
    purchaseDocument: 'מסמך רכישה',
    brandModel: 'יצרן ודגם',
    warrantyMonths: 'אחריות, חודשים',
    extendedUntil: 'אחריות מורחבת עד',
    accessoriesList: 'אביזרים (מופרדים בפסיקים)',
  },
};
