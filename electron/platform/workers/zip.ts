import { inflateRawSync } from 'node:zlib';
import { DomainError } from '../../../shared/platform/result.js';

/** One file of a zip archive (an XLSX is one), as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the archive declares: inflatedEntry() holds the entry to it. */
  size: number;
  headerOffset: number;
}

/** What a registry workbook may hold. 100,000 rows of nine columns are about 50 MB of XML. */
export const XLSX_BUDGET = { entries: 1000, totalBytes: 80 * 2 ** 20, ratio: 200 };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_U32 = 0xffffffff;

const malformed = () => new DomainError('validation', 'The file is not a readable XLSX workbook.', { file: 'malformed' });
const tooLarge = (detail: string) => new DomainError('validation', `The workbook is too large to read: ${detail}.`, { file: 'too_large' });

/**
 * The entries a zip's central directory lists, read from the directory alone (nothing is decompressed). ZIP64
 * archives (over 4 GB or 65,535 entries) are refused: no registry workbook needs one.
 */
export function zipEntries(bytes: Buffer): ZipEntry[] {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw malformed();
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directorySize === MAX_U32 || directoryOffset === MAX_U32) throw tooLarge('a ZIP64 archive');
  if (directoryOffset + directorySize > end) throw malformed();
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw malformed();
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      headerOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.size === MAX_U32 || entry.compressedSize === MAX_U32 || entry.headerOffset === MAX_U32) throw tooLarge('a ZIP64 archive');
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** Refuses an archive whose declared contents exceed the budget: too many files, too many bytes, a zip bomb. */
export function checkZipBudget(entries: readonly ZipEntry[], budget = XLSX_BUDGET): void {
  if (entries.length > budget.entries) throw tooLarge(`${entries.length} files inside`);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > budget.totalBytes) throw tooLarge(`${Math.round(total / 2 ** 20)} MB unpacked, at most ${budget.totalBytes / 2 ** 20} MB`);
  for (const e of entries) {
    if (e.size > 2 ** 20 && e.size / Math.max(1, e.compressedSize) > budget.ratio) throw tooLarge(`${e.name} unpacks ${Math.round(e.size / Math.max(1, e.compressedSize))} times its size`);
  }
}

/**
 * An entry's bytes, decompressed, never more than the size the directory declares: an archive that lies about its
 * sizes is refused when the output passes the declared size, before it can take the memory.
 */
export function inflatedEntry(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw malformed();
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw malformed();
  if (entry.method === 0) {
    if (entry.size !== entry.compressedSize) throw malformed();
    return data;
  }
  if (entry.method !== 8) throw malformed();
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(`${entry.name} unpacks to more than it declares`);
    throw malformed();
  }
}
