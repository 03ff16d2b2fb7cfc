import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { decide, type NetworkConflict, type NetworkProblem, type SiteIdentity } from '../../shared/network/index.js';
import { changeContext } from '../platform/store/audit.js';
import { recordProblem } from '../platform/store/recordSchemas.js';
import type { Store } from '../platform/store/store.js';
import { HubClient, type HubAccess, problemOf } from './hubClient.js';
import { docIdOf, generationOf, hashOf, type HubDoc, isReplicated, nextRevision, REPLICATED, type ReplicatedCollection, revHash } from './hubDocs.js';
import { StateFile } from './state.js';

export interface ReplicatorOptions {
  store: Store;
  site: SiteIdentity;
  hub: HubAccess;
  now?: () => Date;
  /** Documents per request (100). */
  batch?: number;
  /** Waits between attempts while the hub is out of reach: the first, doubled each time, up to the last. */
  backoff?: { firstMs: number; maxMs: number };
  /** Tests: called after the hub took a batch of pushed documents, before this point notes it (a kill goes there). */
  afterPushBatch?: (sent: number) => void;
}

type Collection = { get(id: string): ({ id: string } & Record<string, unknown>) | undefined; all(): readonly { id: string }[]; applyBatch(inserts: never[], replacements: never[]): Promise<void> };

/** The envelope of a record on the hub; the record inside is checked with its collection's own schema. */
const Envelope = z.object({
  _id: z.string(),
  _rev: z.string().regex(/^\d+-[0-9a-z]+$/),
  _revisions: z.object({ start: z.int(), ids: z.array(z.string()) }).optional(),
  _conflicts: z.array(z.string()).optional(),
  collection: z.string(),
  site: z.string().regex(/^[A-Z0-9]{2,8}$/),
  owner: z.string().regex(/^[A-Z0-9]{2,8}$/),
  changedAt: z.iso.datetime(),
  record: z.looseObject({ id: z.string().min(1) }),
});

export type ReplicatorState = 'connecting' | 'online' | 'offline' | 'stopped';

/**
 * Replication of this point's store with the hub, over CouchDB's replication protocol. The store stays the source of
 * truth: every record of the replicated collections whose content differs from what the hub was last given is a
 * change to push (found by a scan at start and told by the store after every save); what others changed comes from
 * the hub's _changes feed, is checked with the record schemas of the store, decided by the network's rules
 * (conflicts.ts) and saved through the store like any change, with the site in its audit entries. Pulls are
 * checkpointed in the hub's _local document of this site and in the state file; a round is pull, then push.
 */
export class Replicator {
  private readonly client: HubClient;
  private readonly now: () => Date;
  private readonly batch: number;
  private dirty = new Map<string, string>();
  private rescan = true;
  private running = false;
  private loop: Promise<void> | undefined;
  /** Ends the wait for changes (a local save, a poke, a stop). */
  private wake: (() => void) | undefined;
  /** Ends the pause between failed attempts (a poke, a stop: not a local save, which would shorten every back-off). */
  private wakePause: (() => void) | undefined;
  private poked = false;
  private round: Promise<void> = Promise.resolve();
  private unlisten: (() => void) | undefined;
  private file: StateFile | undefined;
  private sessionId: string = randomUUID();
  private checkpointChecked = false;
  state: ReplicatorState = 'stopped';
  problem: { problem: NetworkProblem; detail: string } | undefined;
  retryAt: Date | undefined;
  failures = 0;

  constructor(private readonly options: ReplicatorOptions) {
    this.client = new HubClient(options.hub);
    this.now = options.now ?? (() => new Date());
    this.batch = options.batch ?? 100;
    this.unlisten = options.store.onSaved((saved) => {
      if (!saved) {
        this.rescan = true;
      } else if (isReplicated(saved.collection)) {
        const at = this.now().toISOString();
        for (const id of saved.ids) this.dirty.set(docIdOf(saved.collection, id), at);
      } else return;
      this.wake?.();
    });
  }

  private get site(): string {
    return this.options.site.code;
  }

  private collection(name: ReplicatedCollection): Collection {
    return this.options.store[REPLICATED[name]] as unknown as Collection;
  }

  private async stateFile(): Promise<StateFile> {
    this.file ??= await StateFile.open(this.options.store.dataDir, this.site, `${this.options.hub.url}/${this.options.hub.database}`, this.sessionId);
    this.sessionId = this.file.state.pull.session;
    return this.file;
  }

  /** What this point knows: the state file (checkpoints, conflicts, refused documents) and the changes waiting. */
  async snapshot() {
    const file = await this.stateFile();
    if (this.rescan) this.scan(file);
    return { ...file.state, pending: this.pendingCount(file) };
  }

  private pendingCount(file: StateFile): number {
    let count = 0;
    for (const docId of this.dirty.keys()) {
      const [collection, id] = splitDocId(docId);
      const record = this.collection(collection as ReplicatedCollection).get(id);
      if (record && file.known(docId)?.hash !== hashOf(record)) count++;
    }
    return count;
  }

  /** Every record whose content is not what the hub was given: at start and after a restore or an import. */
  private scan(file: StateFile): void {
    this.rescan = false;
    const at = this.now().toISOString();
    for (const name of Object.keys(REPLICATED) as ReplicatedCollection[]) {
      for (const record of this.collection(name).all()) {
        const docId = docIdOf(name, record.id);
        if (file.known(docId)?.hash !== hashOf(record)) this.dirty.set(docId, this.dirty.get(docId) ?? at);
      }
    }
  }

  /** One round (pull everything new, then push everything waiting); rounds never overlap. Throws what went wrong. */
  sync(): Promise<void> {
    const run = this.round.catch(() => undefined).then(async () => {
      const file = await this.stateFile();
      if (this.rescan) this.scan(file);
      await this.pull(file);
      await this.push(file);
    });
    this.round = run;
    return run;
  }

  private async push(file: StateFile): Promise<void> {
    const entries = [...this.dirty.entries()];
    for (let i = 0; i < entries.length; i += this.batch) {
      const docs: HubDoc[] = [];
      const marks = new Map<string, string>();
      for (const [docId, changedAt] of entries.slice(i, i + this.batch)) {
        const [collection, id] = splitDocId(docId);
        const record = isReplicated(collection) ? this.collection(collection).get(id) : undefined;
        const known = file.known(docId);
        const hash = record && hashOf(record);
        if (!record || known?.hash === hash) {
          if (this.dirty.get(docId) === changedAt) this.dirty.delete(docId);
          continue;
        }
        const rev = nextRevision(known?.rev, hash!);
        marks.set(docId, changedAt);
        docs.push({
          _id: docId,
          _rev: rev,
          _revisions: { start: generationOf(rev), ids: [revHash(rev), ...(known ? [revHash(known.rev), ...known.history] : [])] },
          collection,
          site: this.site,
          owner: known?.owner ?? this.site,
          changedAt,
          record: record as HubDoc['record'],
        });
      }
      if (!docs.length) continue;
      const missing = await this.client.revsDiff(Object.fromEntries(docs.map((doc) => [doc._id, [doc._rev]])));
      const send = docs.filter((doc) => missing[doc._id]?.missing?.includes(doc._rev));
      const answers = send.length ? await this.client.bulkDocs(send) : [];
      this.options.afterPushBatch?.(send.length);
      const refusedIds = new Map(answers.filter((answer) => answer.error).map((answer) => [answer.id, answer]));
      const at = this.now().toISOString();
      for (const doc of docs) {
        const refusal = refusedIds.get(doc._id);
        if (refusal) {
          file.listRefused({ docId: doc._id, rev: doc._rev, site: this.site, reason: 'refused_by_hub', detail: `${refusal.error}: ${refusal.reason ?? ''}`.slice(0, 300), at });
        } else {
          file.setKnown(doc._id, { rev: doc._rev, hash: hashOf(doc.record), owner: doc.owner, site: doc.site, changedAt: doc.changedAt }, doc._revisions!.ids.slice(1));
        }
        if (this.dirty.get(doc._id) === marks.get(doc._id)) this.dirty.delete(doc._id);
      }
      file.state.pushed += send.length - refusedIds.size;
      file.state.lastPush = at;
      await file.save();
    }
    if (entries.length) await this.client.putLocal(`push-${this.site}`, { session: this.sessionId, pushed: file.state.pushed, at: this.now().toISOString() });
  }

  private async pull(file: StateFile): Promise<void> {
    if (!this.checkpointChecked) {
      // The hub's checkpoint and this point's must be of the same session, as CouchDB's replicator does; otherwise
      // (a new hub, a restored hub, a lost state file) everything is looked at again from the start.
      const checkpoint = await this.client.getLocal(`pull-${this.site}`);
      if (checkpoint.session !== file.state.pull.session || checkpoint.last_seq === undefined) file.state.pull.since = 0;
      this.checkpointChecked = true;
    }
    for (;;) {
      const changes = await this.client.changes(file.state.pull.since, this.batch);
      if (!changes.results.length) break;
      const wanted = changes.results.filter((change) => {
        if (change.id.startsWith('_design/')) return false;
        const known = file.known(change.id);
        return !(known && change.changes.length === 1 && change.changes[0].rev === known.rev);
      });
      const conflicted = new Set(wanted.filter((change) => change.changes.length > 1).map((change) => change.id));
      const docs = wanted.length ? await this.client.bulkGet(wanted.map((change) => change.id)) : [];
      const taken: Taken[] = [];
      for (const raw of docs) {
        const id = (raw as { _id?: unknown })?._id;
        // A document with several leaves is read again with them named; a deleted one (a resolved leaf) is nothing to take.
        const doc = typeof id === 'string' && conflicted.has(id) ? await this.client.get(id, { conflicts: true }) : raw;
        if ((doc as { _deleted?: boolean })?._deleted) continue;
        const take = await this.take(file, doc);
        if (take) taken.push(take);
      }
      await this.save(file, taken);
      file.state.pull.since = changes.last_seq;
      file.state.lastPull = this.now().toISOString();
      await file.save();
      await this.client.putLocal(`pull-${this.site}`, { session: file.state.pull.session, last_seq: changes.last_seq });
    }
    if (!file.state.lastPull) {
      file.state.lastPull = this.now().toISOString();
      await file.save();
    }
  }

  /** Check a document from the hub and decide what this point does with it: nothing, note its revision, or save it. */
  private async take(file: StateFile, raw: unknown): Promise<Taken | undefined> {
    const at = this.now().toISOString();
    const envelope = Envelope.safeParse(raw);
    const rawId = String((raw as { _id?: unknown })?._id ?? '?');
    const rawRev = String((raw as { _rev?: unknown })?._rev ?? '?');
    if (!envelope.success) {
      const detail = envelope.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`).join('; ');
      file.listRefused({ docId: rawId, rev: rawRev, reason: 'not_a_record', detail, at });
      return undefined;
    }
    const doc = envelope.data as HubDoc;
    if (!isReplicated(doc.collection)) {
      file.listRefused({ docId: doc._id, rev: doc._rev, site: doc.site, reason: 'unknown_collection', detail: doc.collection.slice(0, 80), at });
      return undefined;
    }
    const problem = doc._id !== docIdOf(doc.collection, doc.record.id) ? `_id: is not ${doc.collection}:${doc.record.id}` : recordProblem(doc.collection, doc.record);
    if (problem) {
      file.listRefused({ docId: doc._id, rev: doc._rev, site: doc.site, reason: 'invalid_record', detail: problem, at });
      return undefined;
    }
    const leaves: HubDoc[] = [doc];
    for (const rev of doc._conflicts ?? []) {
      const leaf = Envelope.safeParse(await this.client.get(doc._id, { rev }));
      if (leaf.success && leaf.data.collection === doc.collection && !recordProblem(doc.collection, leaf.data.record)) leaves.push(leaf.data as HubDoc);
      else file.listRefused({ docId: doc._id, rev, reason: 'invalid_record', detail: 'a conflicting version that breaks the schema', at });
    }
    const collection = this.collection(doc.collection);
    const local = collection.get(doc.record.id);
    const known = file.known(doc._id);
    const localHash = local && hashOf(local);
    // A change of this point not on the hub yet: it is pushed after this pull, on the revision it follows, and the
    // hub then holds both versions as a conflict, decided on the next pull.
    if (local && known?.hash !== localHash && !leaves.some((leaf) => hashOf(leaf.record) === localHash)) return undefined;
    const decision = decide(leaves, this.site, local && known ? { rev: known.rev, site: known.site, changedAt: known.changedAt, record: local } : undefined);
    const winner = decision.winner;
    for (const conflict of decision.listed) file.listConflict({ ...conflict, at });
    if (!decision.listed.length && leaves.length > 1) file.settled(doc._id);
    const history = winner._revisions?.ids.slice(1) ?? [];
    const knownNow = { rev: winner._rev, hash: hashOf(winner.record), owner: winner.owner, site: winner.site, changedAt: winner.changedAt };
    if (decision.resolve.length) await this.resolve(decision.resolve);
    if (decision.keepLocal) return undefined;
    if (localHash === knownNow.hash) {
      file.setKnown(doc._id, knownNow, history);
      return undefined;
    }
    return { collection: doc.collection, record: winner.record, site: winner.site, docId: doc._id, known: knownNow, history };
  }

  /** The losing versions of a conflict the rules decided are closed on the hub (by the record's owner only). */
  private async resolve(losers: HubDoc[]): Promise<void> {
    const tombstones = losers.map((loser) => {
      const rev = nextRevision(loser._rev, 'deleted');
      const ids = [revHash(rev), ...(loser._revisions?.ids ?? [revHash(loser._rev)])];
      return { _id: loser._id, _rev: rev, _deleted: true, _revisions: { start: generationOf(rev), ids }, collection: loser.collection, site: this.site, owner: loser.owner, changedAt: this.now().toISOString() };
    });
    await this.client.bulkDocs(tombstones);
  }

  /** Save what was taken through the store, by collection and site, each batch's audit entries naming the site. */
  private async save(file: StateFile, taken: Taken[]): Promise<void> {
    const groups = new Map<string, Taken[]>();
    for (const take of taken) {
      const key = `${take.collection}\n${take.site}`;
      groups.set(key, [...(groups.get(key) ?? []), take]);
    }
    for (const group of groups.values()) {
      const { collection: name, site } = group[0];
      const collection = this.collection(name as ReplicatedCollection);
      await this.options.store.exclusive(() =>
        changeContext.run({ channel: 'replication', note: site }, async () => {
          const inserts = group.filter((take) => !collection.get(take.record.id)).map((take) => take.record);
          const replacements = group.filter((take) => collection.get(take.record.id)).map((take) => take.record);
          await collection.applyBatch(inserts as never[], replacements as never[]);
        }),
      );
      for (const take of group) {
        file.setKnown(take.docId, take.known, take.history);
        this.dirty.delete(take.docId);
      }
      file.state.pulled += group.length;
    }
  }

  /** Replicate continuously: a round, then wait for the hub's next change or this point's; back off while it fails. */
  start(options: { firstMs?: number; maxMs?: number } = {}): void {
    if (this.running) return;
    this.running = true;
    this.state = 'connecting';
    const first = options.firstMs ?? this.options.backoff?.firstMs ?? 2_000;
    const max = options.maxMs ?? this.options.backoff?.maxMs ?? 5 * 60_000;
    this.loop = (async () => {
      while (this.running) {
        try {
          await this.sync();
          this.failures = 0;
          this.problem = undefined;
          this.retryAt = undefined;
          this.state = 'online';
          if (this.running) await this.waitForChanges();
        } catch (error) {
          if (!this.running) break;
          this.failures++;
          this.problem = problemOf(error);
          this.state = 'offline';
          const delay = Math.min(first * 2 ** (this.failures - 1), max);
          this.retryAt = new Date(this.now().getTime() + delay);
          // A poke during the failed attempt (the hub is back, a manager asked) tries again at once.
          if (this.poked) this.poked = false;
          else await this.pause(delay);
        }
      }
    })();
  }

  /** Try now (a manager asked, or a test): the wait between attempts ends. */
  poke(): void {
    this.poked = !this.wake && !this.wakePause;
    this.wake?.();
    this.wakePause?.();
  }

  /** Wait for the hub's next change (a long poll of _changes) or a change saved here, whichever comes first. */
  private async waitForChanges(): Promise<void> {
    if (this.dirty.size || !this.running) return;
    const file = await this.stateFile();
    const abort = new AbortController();
    const woken = new Promise<void>((resolve) => abort.signal.addEventListener('abort', () => resolve()));
    // A hub that never answers a long poll (a proxy holding it open) is asked again after a minute.
    const timer = setTimeout(() => abort.abort(), 60_000);
    this.wake = () => abort.abort();
    try {
      const poll = this.client.changes(file.state.pull.since, 1, { longpoll: true, signal: abort.signal });
      poll.catch(() => undefined);
      await Promise.race([poll, woken]);
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    } finally {
      clearTimeout(timer);
      abort.abort();
      this.wake = undefined;
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(), ms);
      const done = () => {
        clearTimeout(timer);
        this.wakePause = undefined;
        resolve();
      };
      this.wakePause = () => {
        this.wakePause = undefined;
        done();
      };
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    this.wakePause?.();
    await this.loop?.catch(() => undefined);
    await this.round.catch(() => undefined);
    this.state = 'stopped';
  }

  /** Stop and stop listening to the store (the backend closes). */
  async close(): Promise<void> {
    await this.stop();
    this.unlisten?.();
  }
}

interface Taken {
  collection: string;
  record: { id: string } & Record<string, unknown>;
  site: string;
  docId: string;
  known: { rev: string; hash: string; owner: string; site: string; changedAt: string };
  history: string[];
}

function splitDocId(docId: string): [string, string] {
  const at = docId.indexOf(':');
  return [docId.slice(0, at), docId.slice(at + 1)];
}

export type { NetworkConflict };
