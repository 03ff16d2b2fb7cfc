import { createHash } from 'node:crypto';

/**
 * What replicates, by collection name (the store's files) and the store's property. Settings are not here yet: they
 * are to be split into the network's (rule profile, price list) and the site's own, which is work still to do.
 */
export const REPLICATED = {
  customers: 'customers',
  devices: 'devices',
  orders: 'orders',
  loans: 'loans',
  'stock-moves': 'stockMoves',
  claims: 'claims',
  defectCodes: 'defectCodes',
} as const;
export type ReplicatedCollection = keyof typeof REPLICATED;

export function isReplicated(collection: string): collection is ReplicatedCollection {
  return Object.hasOwn(REPLICATED, collection);
}

/**
 * A record on the hub: one CouchDB document per record, `{collection}:{id}`, with the site that wrote this revision,
 * the site that owns the record (made it; an order belongs to the point that took it in), when it was changed there,
 * and the record itself, untouched.
 */
export interface HubDoc {
  _id: string;
  _rev: string;
  _revisions?: { start: number; ids: string[] };
  _conflicts?: string[];
  _deleted?: boolean;
  collection: string;
  site: string;
  owner: string;
  changedAt: string;
  record: { id: string } & Record<string, unknown>;
}

export const docIdOf = (collection: string, id: string) => `${collection}:${id}`;

/** Key order must not make two equal records look different (a record read back from JSON keeps its order, mostly). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const hashOf = (record: unknown) => createHash('sha256').update(canonical(record)).digest('hex').slice(0, 32);

export const generationOf = (rev: string) => Number(rev.slice(0, rev.indexOf('-'))) || 0;

/**
 * The revision of a record's next version: its generation and a hash of the revision it follows and its content.
 * It is deterministic, so a push cut by a crash after the hub took it makes the same revision again, which the hub
 * says it has (`_revs_diff`): the change arrives once. Two sites making the same resolution make the same revision.
 */
export function nextRevision(parent: string | undefined, contentHash: string): string {
  const generation = parent ? generationOf(parent) + 1 : 1;
  return `${generation}-${createHash('md5').update(`${parent ?? ''}|${contentHash}`).digest('hex')}`;
}

export const revHash = (rev: string) => rev.slice(rev.indexOf('-') + 1);
