// Measures the outbox: 100 "ready for pickup" e-mails queued while the SMTP server was down, then sent through a
// real SMTP server (smtp-server) on 127.0.0.1 once it is up: from "send again" on all of them to the last one sent.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { startBackend } from '../../electron/backend.js';
import { localClient } from '../localClient.js';
import { imeiCheckDigit } from '../../shared/devices/imei.js';

const MESSAGES = Number(process.env.OUTBOX_MESSAGES ?? 100);
const TARGET_MS = 10_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const dir = await mkdtemp(join(tmpdir(), 'workshop-bench-'));
const backend = await startBackend(dir, { version: 'bench', desktop: false });
const client = localClient(backend);
const member = await client.public.call('staff.create', { name: 'Bench', role: 'manager', pin: '2468' });
const manager = await client.as(member.id, '2468');
const port = await freePort();
await manager.call('notifications.saveSettings', {
  enabled: true,
  eventsOff: ['received'],
  timeoutSeconds: 5,
  email: { host: '127.0.0.1', port, secure: false, from: 'service@workshop.test' },
});
const orders: string[] = [];
for (let i = 0; i < MESSAGES; i++) {
  const body = `3529061${String(i).padStart(7, '0')}`;
  const { order } = await manager.call('orders.create', {
    customer: { kind: 'person', name: `Customer ${i}`, phones: [`+44 7911 ${String(100000 + i)}`], email: `c${i}@example.test` },
    device: { category: 'Smartphone', brand: 'Samsung', model: 'Galaxy S23', imei: body + imeiCheckDigit(body) },
    intake: { statedDefect: 'Screen', accessories: [], demand: 'repair', warrantyBasis: 'paid' },
  });
  await manager.call('orders.transition', { id: order.id, to: 'diagnosing' });
  await manager.call('orders.transition', { id: order.id, to: 'ready' });
  orders.push(order.id);
}
const waiting = async () => (await Promise.all(orders.map((orderId) => manager.call('notifications.forOrder', { orderId })))).flat();
while ((await waiting()).some((m) => m.attempts === 0)) await new Promise((resolve) => setTimeout(resolve, 20));

let received = 0;
const smtp = new SMTPServer({ disabledCommands: ['STARTTLS', 'AUTH'], logger: false, onData(stream, _session, callback) {
  stream.resume();
  stream.on('end', () => {
    received++;
    callback();
  });
} });
await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
const started = performance.now();
// A message its own retry timer took meanwhile (the set-up can outlast the first back-off) is on its way already.
for (const message of await waiting()) await manager.send('notifications.sendAgain', { id: message.id });
while ((await waiting()).some((m) => m.state !== 'sent')) await new Promise((resolve) => setTimeout(resolve, 20));
const ms = performance.now() - started;
console.log(`outbox  ${MESSAGES} queued e-mails sent to a local SMTP server in ${ms.toFixed(0)} ms (${received} received; target ≤ ${TARGET_MS} ms)`);
await backend.close();
await new Promise<void>((resolve) => smtp.close(() => resolve()));
await rm(dir, { recursive: true, force: true });
