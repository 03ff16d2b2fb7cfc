/** A cell a spreadsheet reads as a number, as it is: -12.50 is an amount, not a formula. */
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * Where a spreadsheet could start a formula: at the start of the text and at the start of every line in it, a
 * character = + - @, or a tab or carriage return (which some programs strip before they read the rest).
 */
const FORMULA_START = /(?<=^|[\r\n])(?=[=+\-@\t\r])/g;

/**
 * Text a spreadsheet would run as a formula, made plain text with a ' in front: a cell that starts with = + - @
 * (or a tab or carriage return before one), and every line of a multi-line cell that does, because a program that
 * splits lines before it reads quotes starts a cell there. Plain numbers stay numbers. The one place that makes
 * CSV cells safe: every CSV the application writes goes through toCsv().
 */
export function neutralised(text: string): string {
  return PLAIN_NUMBER.test(text) ? text : text.replace(FORMULA_START, "'");
}

export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /**
   * The field separator: "," by default; ";" where the spreadsheet's locale writes decimals with a comma (Russian,
   * most of Europe), since Excel there splits a CSV on ";" and reads "12,50" as a number.
   */
  separator?: ',' | ';';
  /** Numbers written with a decimal comma (with the ";" separator). */
  decimalComma?: boolean;
}

/** CSV as spreadsheets read it: a BOM (so Excel detects UTF-8), CRLF line ends, fields quoted when needed. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>, options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const number = (value: number) => (options.decimalComma ? String(value).replace('.', ',') : String(value));
  const field = (value: CsvCell) => {
    const text = value === null || value === undefined ? '' : typeof value === 'number' ? number(value) : neutralised(value);
    return /[",\r\n;]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${[header, ...rows].map((row) => row.map(field).join(separator)).join('\r\n')}\r\n`;
}
