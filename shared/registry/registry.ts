import { addDays, daysInMonth } from '../rules/index.js';
import { imeiProblem } from '../devices/index.js';
import { serialKey } from '../platform/search.js';
import type { FieldReason } from '../platform/result.js';
import { suggestColumns } from '../platform/columns.js';

/** The fields of a sold unit that a registry row may carry. */
export const REGISTRY_FIELDS = [
  'serial',
  'imei',
  'brand',
  'model',
  'category',
  'purchaseDate',
  'warrantyMonths',
  'seller',
  'purchaseDocument',
  'customerName',
  'customerPhone',
  'customerEmail',
] as const;
export type RegistryField = (typeof REGISTRY_FIELDS)[number];
export type ColumnMapping = Partial<Record<RegistryField, number>>;

/** Header words a sales department or a dealer uses, in English, Russian and Hebrew. */
const SYNONYMS: Record<RegistryField, string[]> = {
  serial: ['serial', 'serial number', 's/n', 'sn', 'серийный номер', 'серийный', 'заводской номер', 'מספר סידורי', 'מס סידורי', 'מס׳ סידורי'],
  imei: ['imei', 'imei1', 'имей'],
  brand: ['brand', 'make', 'manufacturer', 'марка', 'бренд', 'производитель', 'יצרן', 'מותג'],
  model: ['model', 'модель', 'דגם'],
  category: ['category', 'type', 'product type', 'категория', 'тип', 'вид изделия', 'סוג', 'קטגוריה'],
  purchaseDate: ['purchase date', 'sale date', 'date of sale', 'sold', 'date', 'дата продажи', 'дата покупки', 'дата', 'תאריך רכישה', 'תאריך מכירה', 'תאריך'],
  warrantyMonths: ['warranty', 'warranty months', 'warranty (months)', 'гарантия', 'гарантия, мес', 'гарантия (мес.)', 'срок гарантии', 'אחריות', 'חודשי אחריות'],
  seller: ['seller', 'dealer', 'shop', 'store', 'продавец', 'дилер', 'магазин', 'מוכר', 'משווק', 'חנות'],
  purchaseDocument: ['invoice', 'receipt', 'document', 'invoice number', 'чек', 'накладная', 'документ', 'номер чека', 'חשבונית', 'קבלה'],
  customerName: ['customer', 'buyer', 'customer name', 'name', 'покупатель', 'клиент', 'фио', 'לקוח', 'שם הלקוח', 'שם'],
  customerPhone: ['phone', 'telephone', 'mobile', 'телефон', 'тел', 'טלפון', 'נייד'],
  customerEmail: ['email', 'e-mail', 'эл. почта', 'почта', 'דוא״ל', 'דואל', 'אימייל'],
};

/** Guess which column holds which field from the header row. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  return suggestColumns(REGISTRY_FIELDS, SYNONYMS, headers);
}

/** A cell as a parser gives it: text from CSV, or a number or a date from a spreadsheet. */
export type Cell = string | number | Date | null | undefined;

/** 1900-based Excel serial day numbers (with Excel's fictitious 29 Feb 1900) → "YYYY-MM-DD". */
function fromExcelSerial(serial: number): string {
  return addDays('1899-12-30', Math.floor(serial));
}

/** The years a purchase date of a registry may fall in: anything else is a typo or a number that is not a date. */
export const REGISTRY_YEARS = { first: 1980, last: 2100 } as const;

/**
 * A purchase date in the forms registries use: ISO, DD.MM.YYYY, DD/MM/YYYY, an Excel date cell or serial number.
 * Whatever the form, a date outside REGISTRY_YEARS is refused (1975 typed as text and 1975 as an Excel serial alike).
 */
export function parseRegistryDate(cell: Cell): string | null {
  const date = readDate(cell);
  if (date === null) return null;
  const year = Number(date.slice(0, 4));
  return year >= REGISTRY_YEARS.first && year <= REGISTRY_YEARS.last ? date : null;
}

function readDate(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return cell > 20000 && cell < 80000 ? fromExcelSerial(cell) : null;
  const text = String(cell ?? '').trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if (/^\d{5}$/.test(text)) return fromExcelSerial(Number(text));
  else return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface RegistryRow {
  line: number;
  values: Partial<Record<RegistryField, string>> & { warrantyMonthsNumber?: number };
  errors: Partial<Record<RegistryField, FieldReason>>;
  /** The unit's identity: its IMEI, or its brand and serial number. */
  key?: string;
}

/** Read one row with a mapping: values cleaned, each problem named by field (bad date, bad IMEI, missing model...). */
export function readRegistryRow(cells: readonly Cell[], mapping: ColumnMapping, line: number, today: string): RegistryRow {
  const values: RegistryRow['values'] = {};
  const errors: RegistryRow['errors'] = {};
  for (const field of REGISTRY_FIELDS) {
    const index = mapping[field];
    if (index === undefined) continue;
    const cell = cells[index];
    if (field === 'purchaseDate') {
      if (cell === null || cell === undefined || String(cell).trim() === '') continue;
      const date = parseRegistryDate(cell);
      if (!date) errors.purchaseDate = 'invalid_date';
      else if (date > today) errors.purchaseDate = 'in_future';
      else values.purchaseDate = date;
      continue;
    }
    const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '').replace(/\s+/g, ' ').trim();
    if (text) values[field] = text.slice(0, 200);
  }
  if (values.imei) {
    values.imei = values.imei.replace(/[\s-]/g, '');
    const problem = imeiProblem(values.imei);
    if (problem) errors.imei = problem;
  }
  if (values.warrantyMonths !== undefined) {
    const months = Number(values.warrantyMonths.replace(',', '.'));
    if (!Number.isInteger(months) || months < 0 || months > 240) errors.warrantyMonths = 'invalid_number';
    else values.warrantyMonthsNumber = months;
  }
  if (!values.serial && !values.imei) errors.serial = 'serial_or_imei';
  if (!values.brand) errors.brand = 'required';
  if (!values.model) errors.model = 'required';
  const key = values.imei && !errors.imei ? `imei:${values.imei}` : values.serial && values.brand ? `sn:${values.brand.toLowerCase()}:${serialKey(values.serial)}` : undefined;
  return { line, values, errors, key };
}
