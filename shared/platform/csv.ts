/**
 * Text a spreadsheet would run as a formula (a cell starting with = + - @, or a tab or carriage return before one):
 * prefixed with ' so that it shows as text. Plain numbers (-12.50) stay numbers.
 */
export function neutralised(text: string): string {
  if (/^[-+]?\d+(\.\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV as spreadsheets read it: a BOM (so Excel detects UTF-8), CRLF line ends, fields quoted when needed. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const field = (value: string | number) => {
    const text = typeof value === 'number' ? String(value) : neutralised(value);
    return /[",\r\n;]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
