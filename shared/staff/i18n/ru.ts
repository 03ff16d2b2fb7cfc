import type { Translation } from '../../platform/i18n/types.js';
import type { staffEn } from './en.js';

export const staffRu: Translation<typeof staffEn, 'ru'> = {
  staff: {
    title: 'Сотрудники',
    name: 'Имя',
    role: 'Роль',
    active: 'Активен',
    add: 'Добавить сотрудника',
    deactivate: 'Отключить',
    activate: 'Включить',
    pin: 'PIN-код (от 4 до 12 цифр)',
    currentPin: 'Ваш текущий PIN-код',
    hasPin: 'PIN-код задан',
    setPin: 'Задать PIN-код',
    newPin: 'Новый PIN-код для: {{name}}',
    pinSaved: 'PIN-код сохранён: {{name}}.',
  },
  role: { clerk: 'Приёмщик', technician: 'Мастер', manager: 'Руководитель' },
  permissions: { only: 'Только для: {{roles}}.' },
};
