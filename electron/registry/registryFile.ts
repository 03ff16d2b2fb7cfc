import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import { DomainError } from '../../shared/platform/result.js';
import type { Cell } from '../../shared/registry/registry.js';
import { checkZipBudget, inflatedEntry, zipEntries } from '../platform/workers/zip.js';

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
export async function readRegistryFile(fileName: string, content: Uint8Array): Promise<RegistryTable> {
  // A Buffer crosses to a worker thread as a plain Uint8Array.
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const table = isXlsx(fileName, bytes) ? await readXlsx(bytes) : readCsv(bytes);
  const [headerRow = [], ...rows] = table;
  if (!headerRow.length) throw new DomainError('validation', 'The file is empty.', { file: 'empty' });
  if (rows.length > MAX_REGISTRY_ROWS) throw tooMany();
  return {
    headers: headerRow.map((h) => String(h ?? '').trim()),
    rows: rows.filter((row) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== '')),
  };
}

export const isXlsx = (fileName: string, bytes: Uint8Array) => /\.xlsx$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b);

const tooMany = () => new DomainError('validation', `At most ${MAX_REGISTRY_ROWS} rows at once.`, { file: 'too_many' });

function readCsv(bytes: Buffer): Cell[][] {
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  if (text.includes('\ufffd')) throw new DomainError('validation', 'The file is not UTF-8 text: save it as "CSV UTF-8".', { file: 'encoding' });
  // Parsing stops past the row limit (the header, the rows, and one more to tell that there are more).
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'], preview: MAX_REGISTRY_ROWS + 2 });
  if (parsed.meta.truncated) throw tooMany();
  if (parsed.errors.some((e) => e.type === 'Quotes')) {
    const line = (parsed.errors.find((e) => e.type === 'Quotes')?.row ?? 0) + 1;
    throw new DomainError('validation', `Unbalanced quotes near row ${line}.`, { file: 'malformed' });
  }
  return parsed.data;
}

/** `<row` elements (with or without a namespace prefix) in a worksheet's XML. */
function countRows(xml: Buffer): number {
  const rows = /<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/g;
  const text = xml.toString('latin1');
  let count = 0;
  while (rows.exec(text)) count++;
  return count;
}

/**
 * What the workbook really holds, before it is parsed: its declared sizes against the budget, every entry
 * unpacked no further than its declared size (an archive that lies is refused), and its rows counted in the XML.
 * A zip bomb, or a workbook of more rows than the limit, never reaches ExcelJS.
 */
function checkXlsx(bytes: Buffer): void {
  const entries = zipEntries(bytes);
  checkZipBudget(entries);
  let rows = 0;
  for (const entry of entries) {
    const data = inflatedEntry(bytes, entry);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) rows += countRows(data);
  }
  if (rows > MAX_REGISTRY_ROWS + 1) throw tooMany();
}

async function readXlsx(bytes: Buffer): Promise<Cell[][]> {
  checkXlsx(bytes);
  // Loaded when a workbook comes (about 0.3 s): a worker reading a CSV does without it.
  const { default: ExcelJS } = await import('exceljs');
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

function cellValue(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as CellValue);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}
