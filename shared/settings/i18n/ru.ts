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
    timeZone: 'Часовой пояс дат и времени (экраны и документы)',
    dateOrders: { dmy: 'день/месяц/год', mdy: 'месяц/день/год', ymd: 'год-месяц-день' },
    phoneCountry: "Страна телефонных номеров (код ISO; пусто — страна профиля правил)",
    documentLanguage: 'Язык документов по умолчанию',
    paperSize: 'Формат бумаги',
    terms: 'Условия в акте приёма ({{language}})',
    save: 'Сохранить настройки',
    saved: 'Настройки сохранены.',
    dataDir: 'Папка данных: {{dir}}',
  },
  setup: {
    title: 'Подготовка мастерской к работе',
    intro: 'Что настроить в новой мастерской до первого клиента. Каждый шаг отмечается, как только он сделан.',
    steps: {
      workshop: 'Реквизиты мастерской: название, адрес и телефон (в каждом документе)',
      rules: 'Правовой профиль: закон, по которому работает мастерская',
      staff: 'Сотрудники: приёмщики и мастера, у каждого свой PIN',
      loaners: 'Подменный фонд: изделия, которые выдают на время ремонта',
      prices: 'Цены: работы прейскуранта',
    },
    done: 'Сделано',
    toDo: 'Не сделано',
    dismiss: 'Скрыть этот список',
  },
};
