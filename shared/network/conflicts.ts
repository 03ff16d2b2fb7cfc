import type { NetworkConflict } from './schemas.js';

/** A version of a record on the hub, as the rules see it. */
export interface RecordVersion {
  _id: string;
  _rev: string;
  collection: string;
  /** The site that wrote this version, and the site the record belongs to (took the order in, made the record). */
  site: string;
  owner: string;
  changedAt: string;
  record: { id: string };
}

/** Collections whose records only their owner changes (an order belongs to the point that took it in; a loan, a claim, a stock move to the point that made it). */
export const OWNED_COLLECTIONS: ReadonlySet<string> = new Set(['orders', 'loans', 'claims', 'stock-moves']);

export interface Decision<V extends RecordVersion> {
  /** The version this point keeps (and saves, unless keepLocal). */
  winner: V;
  /** Keep what this point has: the version on the hub is not applied. */
  keepLocal: boolean;
  /** What the rules could not decide, or decided against a change a manager should see: both versions. */
  listed: Array<Omit<NetworkConflict, 'at'>>;
  /** The losing versions this point closes on the hub (only the record's owner does, so that one site does it). */
  resolve: V[];
}

const version = (v: RecordVersion) => ({ rev: v._rev, site: v.site, changedAt: v.changedAt, record: v.record });

/**
 * The network's rules for the versions of one record on the hub (the hub's own winner first, then the conflicting
 * leaves), as seen from site `site`, which has `local` of it (what it keeps now) or nothing:
 * - an order changes only at its owner: a version written elsewhere is listed as a conflict, never applied over the
 *   owner's (a point that has no copy of the order takes it, listed all the same);
 * - for other records the newest change wins, the older versions closed by the owner; two changes stamped at the
 *   same moment cannot be told apart and are listed for a manager (the hub's winner is kept meanwhile, at every site).
 */
export function decide<V extends RecordVersion>(leaves: readonly V[], site: string, local?: { rev: string; site: string; changedAt: string; record: unknown }): Decision<V> {
  const [first] = leaves;
  const listed: Decision<V>['listed'] = [];
  const conflict = (reason: 'not_owner' | 'same_time', kept: { rev: string; site: string; changedAt: string; record: unknown }, other: V) =>
    listed.push({ docId: other._id, collection: other.collection, id: other.record.id, reason, versions: [kept, version(other)] });
  if (OWNED_COLLECTIONS.has(first.collection)) {
    if (leaves.length === 1) {
      if (first.site === first.owner) return { winner: first, keepLocal: false, listed, resolve: [] };
      if (local) conflict('not_owner', local, first);
      else listed.push({ docId: first._id, collection: first.collection, id: first.record.id, reason: 'not_owner', versions: [version(first)] });
      return { winner: first, keepLocal: Boolean(local), listed, resolve: [] };
    }
    const byOwner = leaves.filter((leaf) => leaf.site === leaf.owner);
    if (byOwner.length === 1) {
      const winner = byOwner[0];
      const others = leaves.filter((leaf) => leaf !== winner);
      for (const other of others) conflict('not_owner', version(winner), other);
      return { winner, keepLocal: false, listed, resolve: site === winner.owner ? others : [] };
    }
  }
  if (leaves.length === 1) return { winner: first, keepLocal: false, listed, resolve: [] };
  const newest = [...leaves].sort((a, b) => (a.changedAt < b.changedAt ? 1 : a.changedAt > b.changedAt ? -1 : 0));
  if (newest[0].changedAt === newest[1].changedAt) {
    for (const other of leaves.slice(1)) conflict('same_time', version(first), other);
    return { winner: first, keepLocal: false, listed, resolve: [] };
  }
  const winner = newest[0];
  const others = leaves.filter((leaf) => leaf !== winner);
  return { winner, keepLocal: false, listed, resolve: site === winner.owner ? others : [] };
}
