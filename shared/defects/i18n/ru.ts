import type { Translation } from '../../platform/i18n/types.js';
import type { defectsEn } from './en.js';

export const defectsRu: Translation<typeof defectsEn, 'ru'> = {
  defects: {
    title: 'Коды дефектов',
    catalogue: 'Справочник кодов дефектов',
    intro: 'Мастера указывают эти коды в каждой диагностике; аналитика считает отказы по ним. Код можно переименовать, отключить (в прошлых заказах он останется) или добавить свой. Только для руководителей.',
    add: 'Добавить дефект',
    remove: 'Удалить',
    code: 'Код',
    kind: 'Вид',
    category: 'Категория причины',
    nameIn: 'Название ({{language}})',
    save: 'Сохранить код',
    deactivate: 'Отключить',
    activate: 'Включить',
    edit: 'Изменить',
    kinds: { symptom: 'Проявление', cause: 'Причина', action: 'Действие', component: 'Узел' },
    categories: {
      manufacturing_defect: 'Производственный недостаток',
      operation_violation: 'Нарушение правил эксплуатации',
      external_damage: 'Внешнее повреждение',
      wear: 'Износ',
      no_fault_found: 'Недостаток не обнаружен',
    },
  },
};
