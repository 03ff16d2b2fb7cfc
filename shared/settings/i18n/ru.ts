import type { Translation } from '../../platform/i18n/types.js';
import type { settingsEn } from './en.js';

export const settingsRu: Translation<typeof settingsEn, 'ru'> = {
  settings: {
    title: 'Настройки',
    uiLanguage: 'Язык интерфейса',
    workshop: 'Реквизиты мастерской (печатаются в каждом документе)',
    name: 'Название',
    legalName: '$t(common.legalName)',
    taxId: '$t(common.taxId)',
    address: 'Адрес',
    phone: 'Телефон',
    email: '$t(common.email)',
    signatory: 'Подписант',
    currency: 'Валюта',
    dateFormatEn: 'Даты в английском интерфейсе',
    dateOrders: { dmy: 'день/месяц/год', mdy: 'месяц/день/год', ymd: 'год-месяц-день' },
    phoneCountry: "Страна телефонных номеров (код ISO; пусто — страна профиля правил)",
    documentLanguage: 'Язык документов по умолчанию',
    paperSize: 'Формат бумаги',
    terms: 'Условия в акте приёма ({{language}})',
    save: 'Сохранить настройки',
    saved: 'Настройки сохранены.',
    dataDir: 'Папка данных: {{dir}}',
  },
};
