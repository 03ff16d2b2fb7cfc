import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openBackend, staffedWorkshop } from '../platform/helpers.js';
import type { Hub } from './hub.js';
import { REPLICATED } from '../../electron/network/index.js';

/** A service point with its staff, its site code set and (unless told otherwise) replicating with the hub. */
export async function servicePoint(hub: Hub, code: string, options: { connect?: boolean; password?: string } = {}) {
  const t = await openBackend();
  const { manager, clerk, technician } = await staffedWorkshop(t);
  await manager.ok('network.setSite', { code, name: `Service point ${code}` });
  await hub.createSiteUser(code, `pw-${code}`);
  if (options.connect !== false) {
    await manager.ok('network.configure', { hubUrl: hub.url, database: hub.database, username: code, password: options.password ?? `pw-${code}`, enabled: true });
  }
  return { t, manager, clerk, technician, code, store: t.backend.store, dataDir: t.dataDir };
}
export type ServicePoint = Awaited<ReturnType<typeof servicePoint>>;

/**
 * Wait until a condition holds, looking again every few milliseconds. The limit only ends a test that would never
 * pass (it is far above what any condition takes), so that its loop does not go on into the next test.
 */
export async function until(condition: () => boolean | Promise<boolean>, what: string, explain?: () => Promise<unknown>): Promise<void> {
  const limit = Date.now() + 25_000;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > limit) throw new Error(`Still waiting for ${what}${explain ? `: ${JSON.stringify(await explain())}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Every record of the replicated collections, by collection: what two converged points hold alike. */
export function replicatedData(point: ServicePoint): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(REPLICATED).map(([name, property]) => [name, [...(point.store[property] as { all(): readonly unknown[] }).all()]]));
}

/** The audit entries of a point's data folder. */
export async function auditEntries(dataDir: string): Promise<Array<{ collection: string; id: string; channel?: string; note?: string }>> {
  const folder = join(dataDir, 'audit');
  const entries = [];
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.jsonl')).sort()) {
    for (const line of (await readFile(join(folder, name), 'utf8')).split('\n')) if (line.trim()) entries.push(JSON.parse(line));
  }
  return entries;
}
