import type { Translation } from '../../platform/i18n/types.js';
import type { customersEn } from './en.js';

export const customersRu: Translation<typeof customersEn, 'ru'> = {
  customers: {
    nav: 'Клиенты',
    title: 'Клиенты',
    search: 'Поиск по имени или телефону (в любой записи)',
    empty: 'Клиенты не найдены.',
    hint: 'Введите имя или номер телефона, чтобы найти клиента.',
    orders: 'Заказы',
    devices: 'Изделия',
    loans: 'Выданные подменные изделия',
    claims: '$t(nav.claims)',
    payments: 'Оплаты',
    history: 'Исправления',
    merges: 'Объединённые с этой записью',
    mergedFrom: '{{name}} ({{phones}}), {{date}}',
    mergedInto: 'Эта запись объединена с другим клиентом.',
    openKept: 'Открыть сохранённую запись',
    edit: 'Изменить',
    merge: 'Объединить с другой записью',
    mergeHint: 'Найдите другую запись этого клиента: её заказы, изделия, подменные изделия, претензии и продажи перейдут сюда, а сама она исчезнет из поиска.',
    mergePick: 'Объединить запись «{{name}}» с этой',
    mergeReason: '$t(corrections.reason)',
    merged: 'Объединено: запись «{{name}}» теперь часть этой.',
    person: '$t(intake.person)',
    company: '$t(intake.company)',
    knownPhone: 'Этот телефон уже есть у клиента {{name}}.',
    useKnown: 'Принять на клиента {{name}}',
    none: 'Нет.',
  },
};
