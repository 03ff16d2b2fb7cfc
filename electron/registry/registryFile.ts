import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DomainError } from '../../shared/platform/result.js';
import type { Cell } from '../../shared/registry/registry.js';

export interface RegistryTable {
  headers: string[];
  rows: Cell[][];
}

/** At most this many rows are read from one file. */
export const MAX_REGISTRY_ROWS = 100_000;

/**
 * A registry file as a table: CSV (any of , ; tab as separator, with or without a BOM, UTF-8) or XLSX (the first
 * sheet; date cells come as dates). The first row holds the headers.
 */
export async function readRegistryFile(fileName: string, bytes: Buffer): Promise<RegistryTable> {
  const table = /\.xlsx$/i.test(fileName) || bytes.subarray(0, 2).toString('latin1') === 'PK' ? await readXlsx(bytes) : readCsv(bytes);
  const [headerRow = [], ...rows] = table;
  if (!headerRow.length) throw new DomainError('validation', 'The file is empty.', { file: 'empty' });
  if (rows.length > MAX_REGISTRY_ROWS) throw new DomainError('validation', `At most ${MAX_REGISTRY_ROWS} rows at once.`, { file: 'too_many' });
  return {
    headers: headerRow.map((h) => String(h ?? '').trim()),
    rows: rows.filter((row) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== '')),
  };
}

function readCsv(bytes: Buffer): Cell[][] {
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  if (text.includes('\ufffd')) throw new DomainError('validation', 'The file is not UTF-8 text: save it as "CSV UTF-8".', { file: 'encoding' });
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  if (parsed.errors.some((e) => e.type === 'Quotes')) {
    const line = (parsed.errors.find((e) => e.type === 'Quotes')?.row ?? 0) + 1;
    throw new DomainError('validation', `Unbalanced quotes near row ${line}.`, { file: 'malformed' });
  }
  return parsed.data;
}

async function readXlsx(bytes: Buffer): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('validation', 'The file is not a readable XLSX workbook.', { file: 'malformed' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError('validation', 'The workbook has no sheet.', { file: 'empty' });
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    rows.push(cells);
  });
  return rows;
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}
