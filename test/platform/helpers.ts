import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type Backend, startBackend } from '../../electron/backend.js';
import { dispatch } from '../../electron/platform/ipc/register.js';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/channels.js';
import type { Envelope } from '../../shared/platform/result.js';
import { imeiCheckDigit } from '../../shared/devices/imei.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'workshop-test-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A real backend on a real data folder in a temporary directory, closed after the test. */
export async function openBackend(options: { dataDir?: string; now?: () => Date } = {}) {
  const dataDir = options.dataDir ?? (await tempDir());
  const backend: Backend = await startBackend(dataDir, { version: 'test', desktop: false, now: options.now });
  let closed = false;
  const close = async () => {
    if (!closed) await backend.close();
    closed = true;
  };
  cleanups.push(close);
  /** Call a channel through the same validation as IPC and HTTP. */
  const call = <C extends ChannelName>(channel: C, input: ChannelInput<C>) =>
    dispatch(backend.handlers, channel, input) as Promise<Envelope<ChannelOutput<C>>>;
  /** Call and expect success. */
  const ok = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return { backend, dataDir, call, ok, close };
}

export type TestBackend = Awaited<ReturnType<typeof openBackend>>;

export function validImei(body14 = '35290611123456'): string {
  return body14 + imeiCheckDigit(body14);
}

/** A workshop with a manager, a technician and a clerk. */
export async function staffedWorkshop(t: TestBackend) {
  const manager = await t.ok('staff.create', { name: 'Sarah Cohen', role: 'manager', pin: '2468' });
  const technician = await t.ok('staff.create', { actorId: manager.id, name: 'Алексей Смирнов', role: 'technician', pin: '2468' });
  const clerk = await t.ok('staff.create', { actorId: manager.id, name: 'נועה פרץ', role: 'clerk', pin: '2468' });
  return { manager, technician, clerk };
}

export function intakeInput(actorId: string, overrides: { name?: string; phone?: string; imei?: string; serial?: string } = {}) {
  return {
    actorId,
    customer: { kind: 'person' as const, name: overrides.name ?? 'Ivan Petrov', phones: [overrides.phone ?? '+7 912 555-01-02'] },
    device: { category: 'Smartphone', brand: 'Samsung', model: 'Galaxy S23', imei: overrides.imei ?? validImei(), serial: overrides.serial },
    intake: { statedDefect: 'Screen flickers', accessories: ['Charger'], demand: 'repair' as const, warrantyBasis: 'manufacturer' as const },
  };
}

/** Text of a PDF by poppler's pdftotext, as a reader would copy it. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const dir = await tempDir();
  const file = join(dir, 'document.pdf');
  await writeFile(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
