import type { Translation } from '../../platform/i18n/types.js';
import type { appEn } from './en.js';

export const appRu: Translation<typeof appEn, 'ru'> = {
  app: { title: 'Сервисный центр', loading: 'Загрузка…' },
  nav: {
    analytics: 'Аналитика',
    claims: 'Претензии',
    loaners: 'Подменный фонд',
    registry: 'Реестр продаж',
    warranty: 'Гарантия',
    expiring: 'Истекающие',
    dashboard: 'Сводка',
    orders: 'Заказы',
    intake: 'Приём в ремонт',
    staff: 'Сотрудники',
    settings: 'Настройки',
  },
  navGroups: { label: 'Разделы', counter: 'Приёмка', workshop: 'Мастерская', management: 'Управление' },
  header: {
    signedIn: 'Вход выполнен: {{name}} ({{role}})',
    signOut: 'Выйти',
    language: 'Язык',
    scan: 'Отсканируйте или введите номер заказа, серийный номер или IMEI',
  },
  firstRun: {
    firstManagerPin: 'Ваш PIN-код (от 4 до 12 цифр)',
    demoNote: 'Демо-сотрудники входят с PIN-кодом 1234.',
    title: 'Добро пожаловать',
    intro: 'Папка данных пуста. Загрузите демо-данные, чтобы осмотреться, или добавьте себя первым руководителем.',
    demo: 'Загрузить демо-данные',
    firstManager: 'Ваше имя (первый руководитель)',
    create: 'Начать с пустой мастерской',
  },
};
