import { DomainError } from '../../shared/platform/result.js';
import {
  columnDateOrder,
  dateEvidence,
  type DateOrder,
  type DateOrders,
  HISTORY_DATE_FIELDS,
  type HistoryDateField,
  type HistoryMapping,
  type HistoryPreset,
  type HistoryRow,
  type HistoryValues,
  orderProblems,
  readHistoryRow,
  suggestHistoryMapping,
} from '../../shared/history/history.js';
import { readRegistryFile } from '../registry/index.js';

/** One order of the file: its rows (several when it has several lines), their order facts and lines gathered. */
export interface HistoryOrder {
  lines: number[];
  values: HistoryValues;
  work: Array<{ description: string; price: number }>;
  parts: Array<{ name: string; price: number }>;
}

export interface HistoryAnalysis {
  headers: string[];
  columns: HistoryMapping;
  /** Date columns that must be asked about: their slash dates fit both orders, or some fit one and some the other. */
  questions: Array<{ field: HistoryDateField; example?: string }>;
  /** The order each date column with slash dates is read in (asked, or the only one its dates allow). */
  dateOrders: DateOrders;
  rows: number;
  sample: HistoryRow[];
  /** Every row with an error (at most 2,000 are listed; `invalidCount` counts them all). */
  invalid: HistoryRow[];
  invalidCount: number;
  /** The valid orders, rows of one number gathered; an order with a bad row is left out whole. */
  orders: HistoryOrder[];
}

/** Every row of an order that another of its rows spoils is reported too: an order is imported whole or not at all. */
function gather(rows: HistoryRow[]): HistoryOrder[] {
  const byNumber = new Map<string, HistoryRow[]>();
  for (const row of rows) {
    const number = row.values.orderNumber?.toUpperCase();
    if (!number) continue;
    const list = byNumber.get(number);
    if (list) list.push(row);
    else byNumber.set(number, [row]);
  }
  const orders: HistoryOrder[] = [];
  for (const group of byNumber.values()) {
    if (group.some((r) => Object.keys(r.errors).length > 0)) {
      for (const row of group) if (Object.keys(row.errors).length === 0) row.errors.orderNumber = 'invalid_element';
      continue;
    }
    const values: HistoryValues = {};
    const order: HistoryOrder = { lines: [], values, work: [], parts: [] };
    for (const row of group) {
      order.lines.push(row.line);
      for (const [field, value] of Object.entries(row.values)) {
        if ((values as Record<string, unknown>)[field] === undefined) (values as Record<string, unknown>)[field] = value;
      }
      if (row.values.workDescription) order.work.push({ description: row.values.workDescription, price: row.values.workPrice ?? 0 });
      if (row.values.partName) order.parts.push({ name: row.values.partName, price: row.values.partPrice ?? 0 });
    }
    const problems = orderProblems(values);
    if (Object.keys(problems).length) {
      const first = group.find((r) => Object.keys(problems).some((f) => r.values[f as keyof HistoryValues] !== undefined)) ?? group[0];
      Object.assign(first.errors, problems);
      for (const row of group) if (Object.keys(row.errors).length === 0) row.errors.orderNumber = 'invalid_element';
      continue;
    }
    orders.push(order);
  }
  return orders;
}

/**
 * A history file read and checked row by row (in the spreadsheet worker, with the registry's reader: the same
 * limits on size, rows, zip bombs and encodings): the mapping (given, or suggested by the preset and the header
 * words), the date columns to ask about, every row's values and errors, the rows gathered into orders.
 */
export async function analyseHistoryFile(
  fileName: string,
  content: Uint8Array,
  options: { mapping?: HistoryMapping; preset?: HistoryPreset; dateOrders?: DateOrders; today: string },
): Promise<HistoryAnalysis> {
  const table = await readRegistryFile(fileName, content);
  const columns = options.mapping ?? suggestHistoryMapping(table.headers, options.preset);
  for (const [field, index] of Object.entries(columns)) {
    if (index !== undefined && (index < 0 || index >= table.headers.length)) {
      throw new DomainError('validation', `Column ${index + 1} does not exist.`, { [`mapping.${field}`]: 'invalid_choice' });
    }
  }
  const questions: HistoryAnalysis['questions'] = [];
  const orders: Partial<Record<HistoryDateField, DateOrder | 'none'>> = {};
  const dateOrders: DateOrders = {};
  for (const field of HISTORY_DATE_FIELDS) {
    const index = columns[field];
    if (index === undefined) continue;
    const evidence = dateEvidence(table.rows.map((cells) => cells[index]));
    const order = columnDateOrder(evidence, options.dateOrders?.[field]);
    if (order === undefined) questions.push({ field, example: evidence.example });
    else {
      orders[field] = order;
      if (order !== 'none') dateOrders[field] = order;
    }
  }
  // Line numbers as a spreadsheet shows them: the header is line 1.
  const rows = table.rows.map((cells, i) => readHistoryRow(cells, columns, orders, i + 2, options.today));
  const gathered = gather(rows);
  const invalid = rows.filter((r) => Object.keys(r.errors).length > 0);
  return {
    headers: table.headers,
    columns,
    questions,
    dateOrders,
    rows: rows.length,
    sample: rows.slice(0, 20),
    invalid: invalid.slice(0, 2000),
    invalidCount: invalid.length,
    orders: gathered,
  };
}
