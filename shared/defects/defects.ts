/**
 * The defect register's catalogue: codes for the symptom, the cause, the action taken and the component, as a
 * technician records them on a diagnosis. Every cause belongs to one category, the unit of defect analytics.
 */
export const DEFECT_KINDS = ['symptom', 'cause', 'action', 'component'] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

export const CAUSE_CATEGORIES = ['manufacturing_defect', 'operation_violation', 'external_damage', 'wear', 'no_fault_found'] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

export interface DefectCodeEntry {
  code: string;
  kind: DefectKind;
  /** Causes only. */
  category?: CauseCategory;
  names: { en: string; ru: string; he: string };
  active: boolean;
}

type Row = [code: string, en: string, ru: string, he: string, category?: CauseCategory];

const SYMPTOMS: Row[] = [
  ['S01', 'Does not switch on', 'Не включается', 'לא נדלק'],
  ['S02', 'No image / display fault', 'Нет изображения / дефект экрана', 'אין תמונה / תקלת מסך'],
  ['S03', 'No sound', 'Нет звука', 'אין קול'],
  ['S04', 'Does not charge', 'Не заряжается', 'לא נטען'],
  ['S05', 'Overheats', 'Перегревается', 'מתחמם יתר על המידה'],
  ['S06', 'Noise or vibration', 'Шум или вибрация', 'רעש או רטט'],
  ['S07', 'Leaks', 'Протекает', 'דולף'],
  ['S08', 'Does not heat or cool', 'Не греет или не охлаждает', 'לא מחמם או לא מקרר'],
  ['S09', 'Intermittent fault, restarts', 'Периодический сбой, перезагружается', 'תקלה לסירוגין, מופעל מחדש'],
  ['S10', 'Visible mechanical damage', 'Видимые механические повреждения', 'נזק מכני גלוי'],
  ['S11', 'Software error', 'Программная ошибка', 'שגיאת תוכנה'],
];

const CAUSES: Row[] = [
  ['C01', 'Component failure (manufacturing)', 'Отказ компонента (производственный)', 'כשל רכיב (ייצור)', 'manufacturing_defect'],
  ['C02', 'Assembly or soldering defect', 'Дефект сборки или пайки', 'פגם בהרכבה או בהלחמה', 'manufacturing_defect'],
  ['C03', 'Firmware defect', 'Дефект встроенного ПО', 'פגם בקושחה', 'manufacturing_defect'],
  ['C10', 'Liquid ingress', 'Попадание жидкости', 'חדירת נוזלים', 'operation_violation'],
  ['C11', 'Power surge or wrong mains', 'Скачок напряжения или неподходящая сеть', 'נחשול מתח או רשת חשמל לא מתאימה', 'operation_violation'],
  ['C12', 'Unauthorised repair or tampering', 'Несанкционированный ремонт или вскрытие', 'תיקון לא מורשה או פתיחה', 'operation_violation'],
  ['C13', 'Use contrary to the manual', 'Эксплуатация с нарушением инструкции', 'שימוש בניגוד להוראות', 'operation_violation'],
  ['C20', 'Impact or drop', 'Удар или падение', 'מכה או נפילה', 'external_damage'],
  ['C21', 'Damage in transport', 'Повреждение при транспортировке', 'נזק בהובלה', 'external_damage'],
  ['C30', 'Normal wear of consumables', 'Естественный износ расходных частей', 'בלאי רגיל של מתכלים', 'wear'],
  ['C31', 'Wear of moving parts', 'Износ подвижных частей', 'בלאי של חלקים נעים', 'wear'],
  ['C40', 'Fault not confirmed', 'Неисправность не подтверждена', 'התקלה לא אומתה', 'no_fault_found'],
];

const ACTIONS: Row[] = [
  ['A01', 'Component replaced', 'Замена компонента', 'הוחלף רכיב'],
  ['A02', 'Board replaced', 'Замена платы', 'הוחלף לוח'],
  ['A03', 'Resoldered or reassembled', 'Пайка или переборка', 'הלחמה או הרכבה מחדש'],
  ['A04', 'Firmware updated', 'Обновление ПО', 'עדכון קושחה'],
  ['A05', 'Adjusted or cleaned', 'Регулировка или чистка', 'כוונון או ניקוי'],
  ['A06', 'Unit replaced', 'Замена изделия', 'הוחלף המוצר'],
  ['A07', 'No repair needed', 'Ремонт не требуется', 'לא נדרש תיקון'],
  ['A08', 'Not repairable', 'Ремонт невозможен', 'לא ניתן לתיקון'],
];

const COMPONENTS: Row[] = [
  ['K01', 'Main board', 'Основная плата', 'לוח ראשי'],
  ['K02', 'Power supply', 'Блок питания', 'ספק כוח'],
  ['K03', 'Display', 'Дисплей', 'מסך'],
  ['K04', 'Battery', 'Аккумулятор', 'סוללה'],
  ['K05', 'Connector or charging port', 'Разъём или порт зарядки', 'מחבר או שקע טעינה'],
  ['K06', 'Motor or compressor', 'Двигатель или компрессор', 'מנוע או מדחס'],
  ['K07', 'Heating element', 'Нагревательный элемент', 'גוף חימום'],
  ['K08', 'Pump or valve', 'Насос или клапан', 'משאבה או שסתום'],
  ['K09', 'Speaker or microphone', 'Динамик или микрофон', 'רמקול או מיקרופון'],
  ['K10', 'Camera', 'Камера', 'מצלמה'],
  ['K11', 'Housing and mechanics', 'Корпус и механика', 'מארז ומכניקה'],
  ['K12', 'Software', 'Программное обеспечение', 'תוכנה'],
];

function entries(kind: DefectKind, rows: Row[]): DefectCodeEntry[] {
  return rows.map(([code, en, ru, he, category]) => ({ code, kind, category, names: { en, ru, he }, active: true }));
}

/** The catalogue a new workshop starts with; a manager may rename, deactivate or add codes. */
export const DEFAULT_DEFECT_CODES: readonly DefectCodeEntry[] = [
  ...entries('symptom', SYMPTOMS),
  ...entries('cause', CAUSES),
  ...entries('action', ACTIONS),
  ...entries('component', COMPONENTS),
];

/** The workshop's catalogue: the defaults, each replaced by the workshop's own version of its code, then new codes. */
export function mergeCatalogue(stored: readonly DefectCodeEntry[]): DefectCodeEntry[] {
  const own = new Map(stored.map((e) => [e.code, e]));
  const merged = DEFAULT_DEFECT_CODES.map((d) => own.get(d.code) ?? d);
  const known = new Set(DEFAULT_DEFECT_CODES.map((d) => d.code));
  return [...merged, ...stored.filter((e) => !known.has(e.code)).sort((a, b) => a.code.localeCompare(b.code))];
}
