import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';

// The memory adapter is the only one registered, so every database is in memory.
const Memory = PouchDB.plugin(memory).plugin(mapreduce);
// The hub is replicated to, it does not replicate itself: PouchDB's replicator (pouchdb-replication) is not
// installed. express-pouchdb's security wrappers wrap db.replicate.to/from all the same, so each database gets a
// pair of its own that refuses (a pair shared through the prototype would be wrapped twice).
const unsupported = () => Promise.reject(new Error('This test hub does not replicate to other servers.'));
Object.defineProperty(Memory.prototype, 'replicate', {
  configurable: true,
  get(this: { stubbedReplicate?: object }) {
    return (this.stubbedReplicate ??= { to: unsupported, from: unsupported });
  },
});

/**
 * A hub that speaks CouchDB's HTTP and replication protocol (express-pouchdb over PouchDB's in-memory adapter) on
 * 127.0.0.1, on a port the system gives. `stop()` takes it off the network and `start()` brings the same data back
 * on the same port: the hub down while the sites work, then back.
 */
export async function startHub() {
  // A class of its own per hub: express-pouchdb puts its wrappers on the class it is given, once.
  const Pouch = Memory.defaults({});
  const dir = await mkdtemp(join(tmpdir(), 'hub-'));
  const app = express();
  app.use('/', expressPouchDB(Pouch, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: join(dir, 'log.txt'), overrideMode: { exclude: ['routes/fauxton', 'routes/replicate', 'replicator'] } }));
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = app.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  const url = `http://127.0.0.1:${port}`;
  // One hub per test file: express-pouchdb instances of one process share their list of databases (in memory).
  // Each test takes a database of its own (useNewDatabase).
  let databases = 0;
  const admin = { username: 'admin', password: 'hub-admin-pw' };
  const call = async (path: string, init: { method?: string; body?: unknown; auth?: { username: string; password: string } | null } = {}) => {
    const auth = init.auth === null ? undefined : (init.auth ?? admin);
    const response = await fetch(`${url}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  // express-pouchdb sets its users' database up after it starts listening: a change of its config before that is
  // done sets it up twice (and fails). The hub is ready when its session answers.
  for (let i = 0; i < 200 && (await call('/_session', { auth: null })).status !== 200; i++) await new Promise((resolve) => setImmediate(resolve));
  // An administrator, so that the hub is no "admin party": only users it knows reach the data.
  await call(`/_config/admins/${admin.username}`, { method: 'PUT', body: admin.password, auth: null });
  const hub = {
    url,
    database: '',
    admin,
    call,
    /** A new database, which the sites' users (role "site") may read and write, is the hub's database from now on. */
    async useNewDatabase() {
      const name = `network${++databases}`;
      const made = await call(`/${name}`, { method: 'PUT' });
      if (made.status !== 201) throw new Error(`The hub did not make ${name}: ${JSON.stringify(made.body)}`);
      await call(`/${name}/_security`, { method: 'PUT', body: { admins: { names: [], roles: [] }, members: { names: [], roles: ['site'] } } });
      hub.database = name;
    },
    async createSiteUser(name: string, password: string) {
      await call(`/_users/org.couchdb.user:${name}`, { method: 'PUT', body: { _id: `org.couchdb.user:${name}`, name, password, roles: ['site'], type: 'user' } });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server?.closeAllConnections();
        server?.close(() => resolve());
      }),
    start: listen,
  };
  return hub;
}
export type Hub = Awaited<ReturnType<typeof startHub>>;
