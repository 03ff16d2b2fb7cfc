import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type Backend, startBackend } from '../../electron/backend.js';
import { inProcess } from '../../electron/platform/ipc/register.js';
import type { PublicChannel } from '../../electron/platform/ipc/handlers.js';
import type { BackupPlaces } from '../../electron/platform/context.js';
import { type PinHasher, pinHasher } from '../../electron/session/index.js';
import type { StaffMember } from '../../shared/staff/index.js';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/channels.js';
import type { Envelope } from '../../shared/platform/result.js';
import { imeiCheckDigit } from '../../shared/devices/imei.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'workshop-test-'));
  // A file written as the folder goes (a PDF of the demo finishing) makes rmdir fail with ENOTEMPTY: try again.
  cleanups.push(() => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));
  return dir;
}

/** The PIN every member made by staffedWorkshop() signs in with. */
export const TEST_PIN = '2468';

/**
 * PINs in the tests' backends are hashed with scrypt at N = 16, r = 1 (2 KB, microseconds) instead of the
 * application's N = 2^14, r = 8 (16 MB, 40-60 ms on the CI machine, several times that when it is busy): a test
 * signs in and creates members dozens of times, and at the application's cost the hashing took about a sixth of the
 * service and screen tests' CPU. Same code, same salt, same format, only the cost differs. It is safe because
 * nothing but these helpers passes it: startBackend's callers in the application (main.ts, web.ts) give no hasher,
 * so the application's cost applies, which test/session/pinCost.test.ts checks; and a hash made at this cost is
 * refused at the application's, so a test data folder cannot be opened by the application with its PINs. Tests
 * about the hashing itself, and data folders shared with the application's code (a child process, a bench
 * dataset), pass `pinHasher: APPLICATION_PIN_HASHER`.
 */
export const TEST_PIN_HASHER: PinHasher = pinHasher({ N: 16, r: 1, p: 1 });
/** The application's own PIN hashing (PIN_HASH_COST), for the tests that need it. */
export const APPLICATION_PIN_HASHER: PinHasher = pinHasher();

type Send = ReturnType<typeof inProcess>;

/**
 * A signed-in member: the member as staff.create returned them, and the channels called in their session, through
 * register() with the session token, exactly as the window and the web host call them. Who acts is the session's
 * member, never a field of the input.
 */
export type Member = StaffMember & {
  /** The sign-in token of this session. */
  token: string;
  /** Call a channel in this member's session. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  /** Call and expect success. */
  ok<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
};

function expectOk<C extends ChannelName>(channel: C, result: Envelope<ChannelOutput<C>>): ChannelOutput<C> {
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * A real backend on a real data folder in a temporary directory, closed after the test. Every channel is reached
 * through register(): `t.public` without a session (the sign-in and first-run screens), `t.signIn(member)` for
 * everything else, with the member's PIN, through the same session and role checks as the users.
 */
export async function openBackend(options: { dataDir?: string; now?: () => Date; sessionClock?: () => number; places?: BackupPlaces; pinHasher?: PinHasher } = {}) {
  const dataDir = options.dataDir ?? (await tempDir());
  // A test that moves the workshop's calendar on by days keeps its members signed in: sessions (idle time, PIN
  // lock-out) run on the real clock unless the test gives them one, as the tests of sessions do.
  const sessionClock = options.sessionClock ?? Date.now;
  const backend: Backend = await startBackend(dataDir, {
    version: 'test',
    desktop: false,
    now: options.now,
    sessionClock,
    places: options.places,
    pinHasher: options.pinHasher ?? TEST_PIN_HASHER,
  });
  let closed = false;
  const close = async () => {
    if (!closed) await backend.close();
    closed = true;
  };
  cleanups.push(close);
  const send: Send = inProcess(backend.handlers, backend.signedIn);
  const publicChannels = {
    /** A request without a session: public channels answer it, every other channel refuses it. */
    call: <C extends ChannelName>(channel: C, input: ChannelInput<C>) => send(channel, input),
    /** A public channel, expected to succeed. */
    ok: async <C extends PublicChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => expectOk(channel, await send(channel, input)),
  };
  /** The session of a token (e.g. one from a sign-in made by the test itself). */
  const session = (member: StaffMember, token: string): Member => ({
    ...member,
    token,
    call: (channel, input) => send(channel, input, token),
    ok: async (channel, input) => expectOk(channel, await send(channel, input, token)),
  });
  /** Sign a member in with their PIN (session.signIn, as the sign-in screen does). */
  const signIn = async (member: Pick<StaffMember, 'id'>, pin = TEST_PIN): Promise<Member> => {
    const signedIn = await publicChannels.ok('session.signIn', { staffId: member.id, pin });
    return session(signedIn.staff, signedIn.token);
  };
  return { backend, dataDir, public: publicChannels, signIn, session, send, close };
}

export type TestBackend = Awaited<ReturnType<typeof openBackend>>;

export function validImei(body14 = '35290611123456'): string {
  return body14 + imeiCheckDigit(body14);
}

/** A workshop with a manager, a technician and a clerk, each signed in (the first manager is made on first run). */
export async function staffedWorkshop(t: TestBackend) {
  const manager = await t.signIn(await t.public.ok('staff.create', { name: 'Sarah Cohen', role: 'manager', pin: TEST_PIN }));
  const technician = await t.signIn(await manager.ok('staff.create', { name: 'Алексей Смирнов', role: 'technician', pin: TEST_PIN }));
  const clerk = await t.signIn(await manager.ok('staff.create', { name: 'נועה פרץ', role: 'clerk', pin: TEST_PIN }));
  return { manager, technician, clerk };
}

export function intakeInput(overrides: { name?: string; phone?: string; imei?: string; serial?: string } = {}) {
  return {
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

/** Every stored byte, file by file (the folders of the large collections included). */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'backups' && entry.name !== '.lock') {
      for (const [name, text] of await snapshot(path)) files.set(join(entry.name, name), text);
    } else if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.')) {
      files.set(entry.name, await readFile(path, 'utf8'));
    }
  }
  return files;
}
