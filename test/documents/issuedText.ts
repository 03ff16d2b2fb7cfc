import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Member, pdfText } from '../platform/helpers.js';

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
