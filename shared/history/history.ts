import { addDays, daysInMonth } from '../rules/index.js';
import { imeiProblem } from '../devices/index.js';
import { serialKey } from '../platform/search.js';
import { normaliseHeader, suggestColumns } from '../platform/columns.js';
import type { FieldReason } from '../platform/result.js';
import { ORDER_STATUSES, type OrderStatus, OUTCOMES, type Outcome, type WarrantyBasis } from '../orders/index.js';

/**
 * The fields of a workshop's history file: one row per order, or several rows of one order (same number), each
 * adding a work line and/or a part line.
 */
export const HISTORY_FIELDS = [
  'orderNumber',
  'receivedAt',
  'completedAt',
  'handedBackAt',
  'status',
  'statedDefect',
  'warrantyBasis',
  'outcome',
  'technician',
  'paid',
  'customerName',
  'customerPhone',
  'customerEmail',
  'brand',
  'model',
  'category',
  'serial',
  'imei',
  'purchaseDate',
  'warrantyMonths',
  'workDescription',
  'workPrice',
  'partName',
  'partPrice',
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];
export type HistoryMapping = Partial<Record<HistoryField, number>>;

export const HISTORY_DATE_FIELDS = ['receivedAt', 'completedAt', 'handedBackAt', 'purchaseDate'] as const;
export type HistoryDateField = (typeof HISTORY_DATE_FIELDS)[number];
/** How a date written as 03/04/2025 is read: day first (Europe, Israel) or month first (the USA). */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];
export type DateOrders = Partial<Record<HistoryDateField, DateOrder>>;

/** Header words of the generic template (docs/user-guide.md), in English, Russian and Hebrew. */
const WORDS: Record<HistoryField, string[]> = {
  orderNumber: ['order number', 'order', 'order no', 'ticket', 'ticket number', 'number', '№', 'номер заказа', 'номер', 'заказ', 'номер квитанции', 'מספר הזמנה', 'הזמנה', 'מספר'],
  receivedAt: ['received', 'received date', 'date received', 'intake date', 'created', 'принят', 'дата приёма', 'дата приема', 'дата создания', 'התקבל', 'תאריך קבלה'],
  completedAt: ['completed', 'completed date', 'date completed', 'repaired', 'готов', 'дата готовности', 'дата завершения', 'הושלם', 'תאריך סיום'],
  handedBackAt: ['handed back', 'handed back date', 'returned', 'issued', 'picked up', 'выдан', 'дата выдачи', 'נמסר', 'תאריך מסירה'],
  status: ['status', 'state', 'статус', 'состояние', 'סטטוס', 'מצב'],
  statedDefect: ['stated defect', 'defect', 'problem', 'issue', 'complaint', 'заявленная неисправность', 'неисправность', 'жалоба', 'תקלה', 'תיאור התקלה'],
  warrantyBasis: ['warranty basis', 'basis', 'repair type', 'основание', 'тип ремонта', 'вид ремонта', 'בסיס', 'סוג תיקון'],
  outcome: ['outcome', 'result', 'resolution', 'результат', 'итог', 'תוצאה'],
  technician: ['technician', 'tech', 'engineer', 'assigned to', 'мастер', 'инженер', 'исполнитель', 'טכנאי'],
  paid: ['paid', 'payment', 'amount paid', 'оплачено', 'оплата', 'שולם', 'תשלום'],
  customerName: ['customer', 'customer name', 'client', 'name', 'клиент', 'фио', 'заказчик', 'לקוח', 'שם הלקוח', 'שם'],
  customerPhone: ['phone', 'telephone', 'mobile', 'customer phone', 'телефон', 'тел', 'טלפון', 'נייד'],
  customerEmail: ['email', 'e-mail', 'customer email', 'эл. почта', 'почта', 'דוא״ל', 'דואל', 'אימייל'],
  brand: ['brand', 'make', 'manufacturer', 'марка', 'бренд', 'производитель', 'יצרן', 'מותג'],
  model: ['model', 'device', 'модель', 'устройство', 'דגם', 'מכשיר'],
  category: ['category', 'type', 'device type', 'тип', 'категория', 'тип устройства', 'סוג', 'קטגוריה'],
  serial: ['serial', 'serial number', 's/n', 'sn', 'серийный номер', 'серийный', 'מספר סידורי', 'מס סידורי'],
  imei: ['imei', 'имей'],
  purchaseDate: ['purchase date', 'date of purchase', 'дата покупки', 'дата продажи', 'תאריך רכישה'],
  warrantyMonths: ['warranty', 'warranty months', 'warranty (months)', 'гарантия', 'гарантия, мес', 'срок гарантии', 'אחריות', 'חודשי אחריות'],
  workDescription: ['work', 'work description', 'labour', 'labor', 'service', 'работа', 'работы', 'услуга', 'עבודה'],
  workPrice: ['work price', 'labour price', 'labor price', 'service price', 'цена работы', 'стоимость работы', 'מחיר עבודה'],
  partName: ['part', 'part name', 'spare part', 'запчасть', 'деталь', 'חלק', 'חלף'],
  partPrice: ['part price', 'цена запчасти', 'стоимость запчасти', 'מחיר חלק'],
};

/**
 * Presets: the column names another system's export uses. RepairShopr: the ticket fields its API documents
 * (api-docs.repairshopr.com, Ticket: number, subject, status, problem_type, created_at, resolved_at; customer:
 * business_then_name, phone, email; asset serial), as a ticket report lists them. Unconfirmed against a real
 * export file: the mapping can be changed in the wizard.
 */
export const HISTORY_PRESETS = {
  generic: WORDS,
  repairshopr: {
    ...WORDS,
    orderNumber: ['number', 'ticket number', 'ticket #', 'ticket'],
    receivedAt: ['created', 'created at', 'created_at'],
    completedAt: ['resolved', 'resolved at', 'resolved_at'],
    handedBackAt: ['closed', 'closed at', 'picked up'],
    statedDefect: ['subject', 'issue', 'problem type', 'problem_type'],
    customerName: ['customer', 'customer business then name', 'business_then_name', 'customer name'],
    technician: ['tech', 'assigned to', 'user', 'technician'],
    model: ['asset', 'asset name', 'device', 'model'],
    serial: ['asset serial', 'serial', 'asset_serial'],
    paid: ['total paid', 'paid', 'amount paid'],
  },
} as const satisfies Record<string, Record<HistoryField, readonly string[]>>;
export type HistoryPreset = keyof typeof HISTORY_PRESETS;
export const HISTORY_PRESET_NAMES = Object.keys(HISTORY_PRESETS) as HistoryPreset[];

/** Guess the mapping from the header row, with a preset's column names first and the generic words after. */
export function suggestHistoryMapping(headers: readonly string[], preset: HistoryPreset = 'generic'): HistoryMapping {
  const words = Object.fromEntries(HISTORY_FIELDS.map((f) => [f, [...HISTORY_PRESETS[preset][f], ...WORDS[f]]])) as Record<HistoryField, string[]>;
  return suggestColumns(HISTORY_FIELDS, words, headers);
}

/** Status words of other systems (and ours), in English, Russian and Hebrew. */
const STATUS_WORDS: Record<OrderStatus, string[]> = {
  received: ['received', 'new', 'open', 'принят', 'новый', 'новая', 'התקבל', 'חדש'],
  diagnosing: ['diagnosing', 'diagnostics', 'диагностика', 'אבחון', 'באבחון'],
  awaiting_approval: ['awaiting approval', 'waiting on customer', 'согласование', 'ожидает согласования', 'ממתין לאישור'],
  awaiting_parts: ['awaiting parts', 'waiting for parts', 'ожидает запчасти', 'ждёт запчасти', 'ממתין לחלקים'],
  in_repair: ['in repair', 'in progress', 'в работе', 'в ремонте', 'בתיקון', 'בטיפול'],
  at_external_service: ['at external service', 'sent out', 'в сервисном центре', 'במעבדה חיצונית'],
  ready: ['ready', 'ready for pickup', 'completed', 'готов', 'готово', 'מוכן'],
  issued: ['issued', 'handed back', 'resolved', 'closed', 'picked up', 'выдан', 'выдано', 'закрыт', 'נמסר', 'סגור'],
  cancelled: ['cancelled', 'canceled', 'отменён', 'отменен', 'отказ', 'בוטל'],
  unrepairable: ['unrepairable', 'not repairable', 'неремонтопригоден', 'без ремонта', 'לא ניתן לתיקון'],
};
const BASIS_WORDS: Record<WarrantyBasis, string[]> = {
  manufacturer: ['manufacturer', 'warranty', 'гарантия', 'гарантийный', 'אחריות', 'אחריות יצרן'],
  statutory: ['statutory', 'по закону', 'претензия', 'תביעה'],
  repeat_repair: ['repeat repair', 'repeat', 'повторный', 'повторный ремонт', 'תיקון חוזר'],
  paid: ['paid', 'платный', 'платно', 'בתשלום'],
  goodwill: ['goodwill', 'за счёт мастерской', 'מחווה'],
};
const OUTCOME_WORDS: Record<Outcome, string[]> = {
  repaired: ['repaired', 'fixed', 'отремонтирован', 'починен', 'תוקן'],
  replaced: ['replaced', 'заменён', 'заменен', 'הוחלף'],
  refunded: ['refunded', 'refund', 'возврат', 'החזר'],
  unrepairable: ['unrepairable', 'неремонтопригоден', 'לא ניתן לתיקון'],
  refused: ['refused', 'declined', 'отказ клиента', 'отказался', 'סירב'],
};

function lookup<T extends string>(values: readonly T[], words: Record<T, string[]>, text: string): T | undefined {
  const key = normaliseHeader(text);
  return values.find((v) => normaliseHeader(v.replace(/_/g, ' ')) === key || words[v].some((w) => normaliseHeader(w) === key));
}

/** A cell as a parser gives it: text from CSV, or a number or a date from a spreadsheet. */
export type HistoryCell = string | number | Date | null | undefined;

const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T].*)?$/;
/** What the slash dates of one column say about their order: some can only be day first, some only month first. */
export interface DateEvidence {
  dmy: number;
  mdy: number;
  ambiguous: number;
  example?: string;
}

export function dateEvidence(cells: readonly HistoryCell[]): DateEvidence {
  const evidence: DateEvidence = { dmy: 0, mdy: 0, ambiguous: 0 };
  for (const cell of cells) {
    const match = typeof cell === 'string' ? SLASH.exec(cell.trim()) : null;
    if (!match) continue;
    const [a, b] = [Number(match[1]), Number(match[2])];
    if (a > 12 && b <= 12) evidence.dmy++;
    else if (b > 12 && a <= 12) evidence.mdy++;
    else if (a !== b) {
      evidence.ambiguous++;
      evidence.example ??= cell as string;
    }
  }
  return evidence;
}

/**
 * The order a column's slash dates are read in: the one asked for, or the only one its dates allow. Undefined when
 * the column must be asked about (its dates fit both orders, or some fit only one and some only the other).
 */
export function columnDateOrder(evidence: DateEvidence, asked: DateOrder | undefined): DateOrder | 'none' | undefined {
  if (asked) return asked;
  if (evidence.dmy && evidence.mdy) return undefined;
  if (evidence.dmy) return 'dmy';
  if (evidence.mdy) return 'mdy';
  return evidence.ambiguous ? undefined : 'none';
}

/** The years a history's dates may fall in: anything else is a typo or a number that is not a date. */
const YEARS = { first: 1980, last: 2100 } as const;

/** A date in ISO, DD.MM.YYYY, slash form in the column's order, an Excel date cell or serial; a time after it is ignored. */
export function readHistoryDate(cell: HistoryCell, order: DateOrder | 'none' | undefined): string | null {
  let date: string | null = null;
  if (cell instanceof Date) date = Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  else if (typeof cell === 'number') date = cell > 20000 && cell < 80000 ? addDays('1899-12-30', Math.floor(cell)) : null;
  else {
    const text = String(cell ?? '').trim();
    let parts: [number, number, number] | undefined;
    let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(text);
    if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
    else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: .*)?$/.exec(text))) parts = [Number(match[3]), Number(match[2]), Number(match[1])];
    else if ((match = SLASH.exec(text)) && (order === 'dmy' || order === 'mdy' || match[1] === match[2])) {
      const [a, b] = [Number(match[1]), Number(match[2])];
      parts = order === 'mdy' ? [Number(match[3]), a, b] : [Number(match[3]), b, a];
    }
    if (parts) {
      const [y, m, d] = parts;
      if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  return year >= YEARS.first && year <= YEARS.last ? date : null;
}

/** An amount as exports write it: "1 234,50", "1,234.50", "$12.00", "12" → minor units; null when it is not one. */
export function readHistoryAmount(cell: HistoryCell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? Math.round(cell * 100) : null;
  let text = String(cell ?? '').replace(/[\s\u00a0]/g, '').replace(/[^\d.,-]/g, '');
  if (!/\d/.test(text)) return null;
  // The last separator with one or two digits after it is the decimal one; the others group thousands.
  const decimal = /[.,](\d{1,2})$/.exec(text);
  const fraction = decimal ? decimal[1].padEnd(2, '0') : '00';
  if (decimal) text = text.slice(0, decimal.index);
  text = text.replace(/[.,]/g, '');
  if (!/^-?\d+$/.test(text)) return null;
  const whole = Number(text);
  return (whole < 0 || Object.is(whole, -0) ? -1 : 1) * (Math.abs(whole) * 100 + Number(fraction));
}

export type HistoryValues = {
  orderNumber?: string;
  receivedAt?: string;
  completedAt?: string;
  handedBackAt?: string;
  purchaseDate?: string;
  warrantyMonths?: number;
  status?: OrderStatus;
  statedDefect?: string;
  warrantyBasis?: WarrantyBasis;
  outcome?: Outcome;
  technician?: string;
  paid?: number;
  customerName?: string;
  customerPhone?: string;
  customerEmail?: string;
  brand?: string;
  model?: string;
  category?: string;
  serial?: string;
  imei?: string;
  workDescription?: string;
  workPrice?: number;
  partName?: string;
  partPrice?: number;
};

export interface HistoryRow {
  line: number;
  values: HistoryValues;
  errors: Partial<Record<HistoryField, FieldReason>>;
}

const TEXT_FIELDS = ['orderNumber', 'statedDefect', 'technician', 'customerName', 'customerPhone', 'customerEmail', 'brand', 'model', 'category', 'serial', 'imei', 'workDescription', 'partName'] as const;
const AMOUNT_FIELDS = ['paid', 'workPrice', 'partPrice'] as const;

/** Read one row of a history file: values cleaned, every problem named by its field. */
export function readHistoryRow(cells: readonly HistoryCell[], mapping: HistoryMapping, orders: Partial<Record<HistoryDateField, DateOrder | 'none'>>, line: number, today: string): HistoryRow {
  const values: HistoryValues = {};
  const errors: HistoryRow['errors'] = {};
  const cellOf = (field: HistoryField) => (mapping[field] === undefined ? undefined : cells[mapping[field]!]);
  const blank = (cell: HistoryCell) => cell === null || cell === undefined || String(cell).trim() === '';
  for (const field of TEXT_FIELDS) {
    const cell = cellOf(field);
    const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '').replace(/\s+/g, ' ').trim();
    if (text) values[field] = text.slice(0, field === 'statedDefect' ? 2000 : 200);
  }
  for (const field of HISTORY_DATE_FIELDS) {
    const cell = cellOf(field);
    if (blank(cell)) continue;
    const date = readHistoryDate(cell, orders[field]);
    if (!date) errors[field] = orders[field] === undefined && typeof cell === 'string' && SLASH.test(cell.trim()) ? 'ambiguous_date' : 'invalid_date';
    else if (date > today) errors[field] = 'in_future';
    else values[field] = date;
  }
  for (const field of AMOUNT_FIELDS) {
    const cell = cellOf(field);
    if (blank(cell)) continue;
    const amount = readHistoryAmount(cell);
    if (amount === null) errors[field] = 'invalid_amount';
    else if (amount < 0) errors[field] = 'negative';
    else values[field] = amount;
  }
  const status = cellOf('status');
  if (!blank(status)) {
    values.status = lookup(ORDER_STATUSES, STATUS_WORDS, String(status));
    if (!values.status) errors.status = 'unknown_status';
  }
  const basis = cellOf('warrantyBasis');
  if (!blank(basis)) {
    values.warrantyBasis = lookup(['manufacturer', 'statutory', 'repeat_repair', 'paid', 'goodwill'] as const, BASIS_WORDS, String(basis));
    if (!values.warrantyBasis) errors.warrantyBasis = 'invalid_choice';
  }
  const outcome = cellOf('outcome');
  if (!blank(outcome)) {
    values.outcome = lookup(OUTCOMES, OUTCOME_WORDS, String(outcome));
    if (!values.outcome) errors.outcome = 'invalid_choice';
  }
  if (values.imei) {
    values.imei = values.imei.replace(/[\s-]/g, '');
    const problem = imeiProblem(values.imei);
    if (problem) errors.imei = problem;
  }
  const months = cellOf('warrantyMonths');
  if (!blank(months)) {
    const number = Number(String(months).replace(',', '.'));
    if (!Number.isInteger(number) || number < 0 || number > 240) errors.warrantyMonths = 'invalid_number';
    else values.warrantyMonths = number;
  }
  if (!values.orderNumber) errors.orderNumber = 'required';
  if (values.workPrice !== undefined && !values.workDescription) errors.workDescription = 'required';
  if (values.partPrice !== undefined && !values.partName) errors.partName = 'required';
  return { line, values, errors };
}

/**
 * What an order needs, from all its rows together (a row that only adds a line need not repeat them): the intake
 * date, the unit's model, a customer; hand-back and completion not before intake; a handed-back order's status.
 */
export function orderProblems(values: HistoryValues): HistoryRow['errors'] {
  const errors: HistoryRow['errors'] = {};
  if (!values.receivedAt) errors.receivedAt = 'required';
  if (!values.model) errors.model = 'required';
  if (!values.customerName && !values.customerPhone) errors.customerName = 'required';
  if (values.receivedAt && values.handedBackAt && values.handedBackAt < values.receivedAt) errors.handedBackAt = 'before_intake';
  if (values.receivedAt && values.completedAt && values.completedAt < values.receivedAt) errors.completedAt = 'before_intake';
  if (values.status === 'issued' && !values.handedBackAt) errors.handedBackAt = 'required';
  if (values.handedBackAt && values.status && values.status !== 'issued') errors.status = 'invalid_choice';
  return errors;
}

/** The unit a row names: its IMEI, or its brand and serial number (the registry's keys, so the two find each other). */
export function historyDeviceKey(values: HistoryValues): string | undefined {
  if (values.imei) return `imei:${values.imei}`;
  if (values.serial) return `sn:${(values.brand ?? '').toLowerCase()}:${serialKey(values.serial)}`;
  return undefined;
}
