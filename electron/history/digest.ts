import { createHash } from 'node:crypto';

/** JSON with keys in order: a record read back from its file, or rebuilt by a service, gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => v !== undefined && key !== 'imported')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The digest of a record without its import mark: what the import wrote, to tell whether anything changed it since. */
export function recordDigest(record: object): string {
  return createHash('sha256').update(canonical(record)).digest('base64url').slice(0, 22);
}
