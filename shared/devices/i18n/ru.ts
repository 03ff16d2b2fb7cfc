import type { Translation } from '../../platform/i18n/types.js';
import type { devicesEn } from './en.js';

export const devicesRu: Translation<typeof devicesEn, 'ru'> = {
  device: {
    serial: 'Серийный номер',
    imei: 'IMEI',
    purchaseDate: 'Дата покупки',
    seller: 'Продавец',
    purchaseDocument: 'Документ о покупке',
    brandModel: 'Марка и модель',
    warrantyMonths: 'Гарантия, мес.',
    extendedUntil: 'Расширенная гарантия до',
    accessoriesList: 'Комплектация (через запятую)',
  },
};
