import type { Translation } from '../../platform/i18n/types.js';
import type { registryEn } from './en.js';

export const registryRu: Translation<typeof registryEn, 'ru'> = {
  registry: {
    title: 'Реестр проданных изделий',
    intro: 'Импортируйте изделия, проданные отделом продаж или дилером (CSV или XLSX), чтобы проверять их гарантию по серийному номеру или IMEI. Повторный импорт того же файла ничего не меняет.',
    file: 'Файл (CSV или XLSX)',
    mapping: 'Столбцы',
    counts: 'Строк: {{rows}}: верных {{valid}}, с ошибками {{invalid}}, объединено дублей {{merged}}; новых изделий {{new}}, известных {{known}}',
    errors: 'Строки с ошибками (не импортируются)',
    line: 'Строка',
    problem: 'Ошибка',
    import: 'Импортировать верные строки: {{count}}',
    done: 'Импортировано: новых {{created}}, обновлено {{updated}}, без изменений {{unchanged}}; пропущено строк {{invalid}}.',
    fields: {
      serial: '$t(device.serial)',
      imei: '$t(device.imei)',
      brand: 'Марка',
      model: 'Модель',
      category: 'Тип',
      purchaseDate: '$t(device.purchaseDate)',
      warrantyMonths: '$t(device.warrantyMonths)',
      seller: '$t(device.seller)',
      purchaseDocument: '$t(device.purchaseDocument)',
      customerName: 'Покупатель',
      customerPhone: 'Телефон',
      customerEmail: '$t(common.email)',
    },
  },
  models: { title: 'Модели (гарантия и срок службы по умолчанию)', add: 'Добавить модель' },
};
