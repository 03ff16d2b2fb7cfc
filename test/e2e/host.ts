import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PIN } from '../../electron/app/demo.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `node out/main/web.js` (what `npm run web` runs after building) on a new data folder and a free port. */
export async function startWebHost(
  existingDataDir?: string,
  env: Record<string, string> = {},
): Promise<{ url: string; origin: string; token: string; dataDir: string; stop(): Promise<void> }> {
  const dataDir = existingDataDir ?? (await mkdtemp(join(tmpdir(), 'workshop-e2e-')));
  const child: ChildProcess = spawn(process.execPath, ['out/main/web.js', '--data', dataDir], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}: ${output}`)));
  });
  const parsed = new URL(url);
  // Stopped with SIGTERM (the host closes its store and releases the data folder), or killed if it does not exit.
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return { url, origin: parsed.origin, token: parsed.searchParams.get('token')!, dataDir, stop };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Every e2e staff member has this PIN (the demo's too), so that the tests can sign in as anyone. */
export const E2E_PIN = DEMO_PIN;

type HostAddress = { origin: string; token: string };
const sessions = new WeakMap<HostAddress, Map<string, string>>();

async function post(host: HostAddress, channel: string, input: unknown, session?: string) {
  const response = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Workshop-Token': host.token,
      'X-Workshop-Session': session ?? '',
      Origin: host.origin,
    },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value: unknown; error?: { code: string } };
}

/**
 * Ask the web host directly, as the page does (token, own origin, signed-in session), and unwrap the envelope.
 * The request is made in the session of the member given (`as`, a staff id), or else of the first active manager,
 * signed in with the e2e PIN on first use: who acts is the session's member, never a field of the input.
 */
export async function callHost<T>(host: HostAddress, channel: string, input: unknown, as?: string): Promise<T> {
  let envelope = await post(host, channel, input, await sessionFor(host, as));
  if (!envelope.ok && envelope.error?.code === 'unauthenticated') {
    sessions.delete(host); // the host was restarted: sign in again
    envelope = await post(host, channel, input, await sessionFor(host, as));
  }
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

async function sessionFor(host: HostAddress, as?: string): Promise<string | undefined> {
  const staff = await post(host, 'staff.list', {});
  const members = (staff.value ?? []) as Array<{ id: string; role: string; active: boolean }>;
  const wanted = as ?? members.find((m) => m.active && m.role === 'manager')?.id;
  if (!wanted) return undefined;
  const known = sessions.get(host) ?? new Map<string, string>();
  sessions.set(host, known);
  if (!known.has(wanted)) {
    const signedIn = await post(host, 'session.signIn', { staffId: wanted, pin: E2E_PIN });
    if (!signedIn.ok) throw new Error(`Could not sign in for the test: ${JSON.stringify(signedIn.error)}`);
    known.set(wanted, (signedIn.value as { token: string }).token);
  }
  return known.get(wanted);
}

export interface Session {
  host: Awaited<ReturnType<typeof startWebHost>>;
  browser: Browser;
  page: Page;
}

/** A web host on a fresh data folder and a Chromium page for it; page errors fail the test. */
export async function openSession(): Promise<Session> {
  mkdirSync('test-results/screens', { recursive: true });
  const host = await startWebHost();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  return { host, browser, page };
}

export async function closeSession(session: Partial<Session>): Promise<void> {
  await session.browser?.close();
  await session.host?.stop();
}

/** The text of an issued document's stored PDF (pdftotext), kept under test-results/documents for a look. */
export async function documentText(host: { origin: string; token: string; dataDir: string }, documentId: string, name: string): Promise<string> {
  const { pdfBase64 } = await callHost<{ pdfBase64: string }>(host, 'documents.content', { id: documentId });
  const file = join(host.dataDir, `${name}.pdf`);
  writeFileSync(file, Buffer.from(pdfBase64, 'base64'));
  mkdirSync('test-results/documents', { recursive: true });
  writeFileSync(`test-results/documents/${name}.pdf`, Buffer.from(pdfBase64, 'base64'));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
}

/**
 * A document's text in the order the file holds it (pdftotext -raw), spaces left out: a Hebrew line with a number
 * as typed, where pdftotext's own reading order only guesses (docs/documents.md).
 */
export async function documentContent(host: { origin: string; token: string; dataDir: string }, documentId: string): Promise<string> {
  const { pdfBase64 } = await callHost<{ pdfBase64: string }>(host, 'documents.content', { id: documentId });
  const file = join(host.dataDir, `${documentId}-content.pdf`);
  writeFileSync(file, Buffer.from(pdfBase64, 'base64'));
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e\s]/g, '');
}
