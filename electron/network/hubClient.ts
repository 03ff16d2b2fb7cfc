import Nano from 'nano';
import { z } from 'zod';
import type { NetworkProblem } from '../../shared/network/index.js';

export interface HubAccess {
  url: string;
  database: string;
  username: string;
  password: string;
}

/** A hub answer that is not what CouchDB's protocol says it is: nothing of it is used. */
export class HubGarbageError extends Error {
  constructor(what: string) {
    super(`The hub's answer to ${what} is not a CouchDB answer.`);
    this.name = 'HubGarbageError';
  }
}

/** A replication problem in words (the kind the screen says) and the detail (the hub's or the system's words). */
export function problemOf(error: unknown): { problem: NetworkProblem; detail: string } {
  const e = error as { statusCode?: number; message?: string; reason?: string; cause?: { code?: string; message?: string }; name?: string; code?: string };
  const detail = String(e?.reason ?? e?.cause?.message ?? e?.message ?? error).slice(0, 300);
  if (error instanceof HubGarbageError || error instanceof SyntaxError) return { problem: 'hub_garbage', detail };
  if (e?.statusCode === 401) return { problem: 'wrong_password', detail };
  if (e?.statusCode === 403) return { problem: 'forbidden', detail };
  if (e?.statusCode === 404) return { problem: 'no_database', detail };
  if (typeof e?.statusCode === 'number' && e.statusCode < 500 && e.statusCode >= 300) return { problem: 'hub_error', detail };
  if (typeof e?.statusCode === 'number') return { problem: 'hub_error', detail };
  if (e?.name === 'DomainError' || e?.code === 'storage') return { problem: 'local_error', detail };
  return { problem: 'unreachable', detail };
}

const ChangesAnswer = z.object({
  results: z.array(z.object({ id: z.string(), seq: z.union([z.string(), z.number()]), changes: z.array(z.object({ rev: z.string() })), deleted: z.boolean().optional() })),
  last_seq: z.union([z.string(), z.number()]),
});
export type ChangesAnswer = z.infer<typeof ChangesAnswer>;
const RevsDiffAnswer = z.record(z.string(), z.object({ missing: z.array(z.string()).optional() }));
const BulkDocsAnswer = z.array(z.object({ id: z.string().optional(), rev: z.string().optional(), ok: z.boolean().optional(), error: z.string().optional(), reason: z.string().optional() }));
const BulkGetAnswer = z.object({
  results: z.array(z.object({ id: z.string(), docs: z.array(z.object({ ok: z.unknown().optional(), error: z.unknown().optional() })) })),
});

function parsed<T>(schema: z.ZodType<T>, what: string, answer: unknown): T {
  const result = schema.safeParse(answer);
  if (!result.success) throw new HubGarbageError(what);
  return result.data;
}

/**
 * The hub over CouchDB's HTTP protocol, through nano (a well-kept CouchDB client): the replication's few requests,
 * each answer checked for its shape before anything of it is used.
 */
export class HubClient {
  private readonly nano: Nano.ServerScope;

  constructor(private readonly access: HubAccess) {
    const url = new URL(access.url);
    url.username = encodeURIComponent(access.username);
    url.password = encodeURIComponent(access.password);
    this.nano = Nano({ url: url.toString().replace(/\/$/, '') });
  }

  private request(method: 'get' | 'post' | 'put', path: string, options: { body?: unknown; qs?: Record<string, unknown>; signal?: AbortSignal } = {}): Promise<unknown> {
    return this.nano.request({ db: this.access.database, method, path, body: options.body, qs: options.qs, signal: options.signal } as Nano.RequestOptions);
  }

  async info(): Promise<{ update_seq?: unknown }> {
    const answer = await this.request('get', '');
    if (!answer || typeof answer !== 'object') throw new HubGarbageError('the database');
    return answer as { update_seq?: unknown };
  }

  async getLocal(id: string): Promise<Record<string, unknown> & { _rev?: string }> {
    try {
      const answer = await this.request('get', `_local/${encodeURIComponent(id)}`);
      if (!answer || typeof answer !== 'object') throw new HubGarbageError('a checkpoint');
      return answer as Record<string, unknown>;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return {};
      throw error;
    }
  }

  async putLocal(id: string, body: Record<string, unknown>): Promise<void> {
    const current = await this.getLocal(id);
    await this.request('put', `_local/${encodeURIComponent(id)}`, { body: { ...body, ...(current._rev ? { _rev: current._rev } : {}) } });
  }

  async changes(since: string | number, limit: number, options: { longpoll?: boolean; signal?: AbortSignal } = {}): Promise<ChangesAnswer> {
    const qs = { since, limit, style: 'all_docs', ...(options.longpoll ? { feed: 'longpoll', timeout: 25_000 } : {}) };
    return parsed(ChangesAnswer, '_changes', await this.request('get', '_changes', { qs, signal: options.signal }));
  }

  async revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>> {
    return parsed(RevsDiffAnswer, '_revs_diff', await this.request('post', '_revs_diff', { body: revs }));
  }

  /** Documents with their revisions as they are (new_edits false: the hub keeps them as this point made them). */
  async bulkDocs(docs: unknown[]): Promise<z.infer<typeof BulkDocsAnswer>> {
    return parsed(BulkDocsAnswer, '_bulk_docs', await this.request('post', '_bulk_docs', { body: { docs, new_edits: false } }));
  }

  /** The current version of each document, with its revision history. */
  async bulkGet(ids: string[]): Promise<unknown[]> {
    const answer = parsed(BulkGetAnswer, '_bulk_get', await this.request('post', '_bulk_get', { body: { docs: ids.map((id) => ({ id })) }, qs: { revs: true } }));
    return answer.results.flatMap((result) => result.docs.map((doc) => doc.ok).filter((doc) => doc !== undefined));
  }

  /** One document with its conflicting leaves named (_conflicts) and its history, or a given revision of it. */
  async get(docId: string, qs: Record<string, unknown>): Promise<unknown> {
    return this.request('get', encodeURIComponent(docId), { qs: { revs: true, ...qs } });
  }
}
