import { readdir } from 'node:fs/promises';
import type { CollectionSpec } from './collectionFile.js';
import { COLLECTIONS } from './collections.js';

const SPECS: readonly CollectionSpec[] = Object.values(COLLECTIONS);

/** What a path inside a data folder is (relative, "/"-separated), or undefined for anything the store never writes. */
export type DataEntry = { kind: 'collection'; spec: CollectionSpec } | { kind: 'audit' | 'pdf' | 'logo' | 'folder' };

export function classify(path: string, isFolder: boolean): DataEntry | undefined {
  const parts = path.split('/');
  const top = parts[0];
  const sharded = SPECS.find((spec) => (spec.shards ?? 1) > 1 && spec.name === top);
  if (isFolder) {
    if (parts.length === 1 && (sharded || top === 'audit' || top === 'documents' || top === 'profile')) return { kind: 'folder' };
    if (top === 'documents' && parts.every((part) => /^[\w.-]+$/.test(part) && part !== '..' && part !== '.')) return { kind: 'folder' };
    return undefined;
  }
  if (parts.length === 1) {
    // A collection's single file (split collections were one file in earlier versions; they are absorbed on open).
    const spec = SPECS.find((s) => `${s.name}.json` === top);
    return spec ? { kind: 'collection', spec } : undefined;
  }
  if (sharded && parts.length === 2) {
    const match = /^(\d{2})\.json$/.exec(parts[1]);
    if (match && Number(match[1]) < (sharded.shards ?? 1)) return { kind: 'collection', spec: sharded };
  }
  if (top === 'audit' && parts.length === 2 && /^\d{4}-\d{2}\.jsonl$/.test(parts[1])) return { kind: 'audit' };
  if (top === 'documents' && /\.pdf$/i.test(path) && parts.every((part) => part !== '..' && part !== '.' && part !== '')) return { kind: 'pdf' };
  if (top === 'profile' && parts.length === 2 && /^logo-[\w-]+\.(png|jpg)$/.test(parts[1])) return { kind: 'logo' };
  return undefined;
}

/** The entries at the top of a data folder that hold data (what an export carries and an import replaces). */
export async function topLevelDataEntries(dataDir: string): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(dataDir, { withFileTypes: true })) {
    if ((entry.isFile() || entry.isDirectory()) && classify(entry.name, entry.isDirectory())) names.push(entry.name);
  }
  return names.sort();
}
