import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classify } from './dataLayout.js';
import { recordProblem } from './recordSchemas.js';

/** Why an archive is refused: the code goes to the screen (fields.file), the detail names the file and record. */
export class ImportRefused extends Error {
  constructor(
    readonly code: 'not_an_export' | 'newer_version' | 'invalid_record' | 'unsafe_path' | 'stray_file' | 'missing_document',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ImportRefused';
  }
}

export interface CheckedImport {
  /** Entries at the top of the unpacked folder. */
  names: string[];
  /** Every collection file (relative, "/"-separated) and its number of records: the new manifest. */
  files: Record<string, number>;
  /** Some record other than the settings: the imported folder is set up. */
  setUp: boolean;
}

/**
 * Check an unpacked archive in full before anything of the data folder is touched: nothing but what the store
 * writes (collection files, audit months, issued PDFs, the logo), no links, no file from a newer version of the
 * application, every record valid for its collection, and every PDF a document names inside documents/ and in the
 * archive. Any one failure refuses the whole archive.
 */
export async function checkImport(folder: string): Promise<CheckedImport> {
  const paths = new Map<string, 'file' | 'folder'>();
  await walk(folder, '', paths);
  const files: Record<string, number> = {};
  const documents: Array<{ id: string; file: string }> = [];
  let logo: string | undefined;
  let setUp = false;
  for (const [path, type] of paths) {
    const entry = classify(path, type === 'folder');
    if (!entry) throw new ImportRefused('stray_file', `${path} is not a file the application writes`);
    if (entry.kind !== 'collection') continue;
    const { spec } = entry;
    let data: { schemaVersion?: unknown; items?: unknown };
    try {
      data = JSON.parse(await readFile(join(folder, path), 'utf8')) as typeof data;
    } catch {
      throw new ImportRefused('invalid_record', `${path} is not readable JSON`);
    }
    if (typeof data.schemaVersion !== 'number' || !Array.isArray(data.items)) throw new ImportRefused('invalid_record', `${path} is not a collection file`);
    if (data.schemaVersion > spec.version) {
      throw new ImportRefused('newer_version', `${path} was written by a newer version (schema ${data.schemaVersion}, this one knows ${spec.version})`);
    }
    let items: unknown[] = data.items;
    for (let version = data.schemaVersion; version < spec.version; version++) {
      const step = spec.migrations?.find((m) => m.from === version);
      if (!step) throw new ImportRefused('newer_version', `${path}: no migration from schema ${version}`);
      items = step.migrate(items);
    }
    for (const record of items) {
      const problem = recordProblem(spec.name, record);
      if (problem) throw new ImportRefused(/unsafe_path/.test(problem) ? 'unsafe_path' : 'invalid_record', `${path}: record ${describeId(record)}: ${problem}`);
    }
    if (spec.name === 'documents') documents.push(...(items as Array<{ id: string; file: string }>));
    if (spec.name === 'settings') logo = (items[0] as { logo?: { file?: string } } | undefined)?.logo?.file;
    if (spec.name !== 'settings' && items.length) setUp = true;
    files[path] = items.length;
  }
  const names = [...new Set([...paths.keys()].map((path) => path.split('/')[0]))].sort();
  if (!names.includes('staff.json') || !names.includes('orders')) throw new ImportRefused('not_an_export', 'no staff.json or orders folder');
  for (const document of documents) {
    if (paths.get(normal(document.file)) !== 'file') throw new ImportRefused('missing_document', `document ${document.id}: ${document.file} is not in the archive`);
  }
  if (logo && paths.get(normal(logo)) !== 'file') throw new ImportRefused('missing_document', `the logo ${logo} is not in the archive`);
  return { names, files, setUp };
}

/** Every entry under the folder; a link, a device or anything but a file or a folder refuses the archive. */
async function walk(root: string, prefix: string, paths: Map<string, 'file' | 'folder'>): Promise<void> {
  for (const name of await readdir(join(root, prefix))) {
    const path = prefix ? `${prefix}/${name}` : name;
    const info = await lstat(join(root, path));
    if (info.isSymbolicLink()) throw new ImportRefused('unsafe_path', `${path} is a link`);
    if (info.isDirectory()) {
      paths.set(path, 'folder');
      await walk(root, path, paths);
    } else if (info.isFile()) {
      if (info.nlink > 1) throw new ImportRefused('unsafe_path', `${path} is a hard link`);
      paths.set(path, 'file');
    } else {
      throw new ImportRefused('unsafe_path', `${path} is neither a file nor a folder`);
    }
  }
}

const normal = (path: string) => path.replace(/\\/g, '/');
const describeId = (record: unknown) => String((record as { id?: unknown } | null)?.id ?? '(no id)').slice(0, 40);
