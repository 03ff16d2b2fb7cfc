import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { type Member, pdfText, tempDir } from '../platform/helpers.js';

/**
 * The text of an issued document's stored PDF on one line, without bidi marks. With KEEP_PDF=<folder> the PDF is
 * also written there, to be looked at (pdftoppm -png).
 */
export async function issuedText(reader: Member, id: string, name: string): Promise<string> {
  const { pdfBase64 } = await reader.ok('documents.content', { id });
  const bytes = Buffer.from(pdfBase64, 'base64');
  if (process.env.KEEP_PDF) await writeFile(join(process.env.KEEP_PDF, `${name}.pdf`), bytes);
  return (await pdfText(bytes)).replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
}

/**
 * An issued document's text in the order the file holds it (what copy, search and screen readers read; poppler's
 * `pdftotext -raw`), with every space left out: the logical order of a Hebrew sentence with numbers and Latin words,
 * which pdftotext's own reading order only guesses.
 */
export async function issuedContent(reader: Member, id: string): Promise<string> {
  const { pdfBase64 } = await reader.ok('documents.content', { id });
  const file = join(await tempDir(), 'document.pdf');
  await writeFile(file, Buffer.from(pdfBase64, 'base64'));
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e\s]/g, '');
}

/** A sentence as issuedContent() gives it: without spaces. */
export const withoutSpaces = (text: string) => text.replace(/\s/g, '');
