// A backend process that writes as fast as it can and reports every acknowledged write on stdout, until it is
// killed. Used by the crash test, bundled by it: `node writer.mjs DATA_DIR STAFF_ID PIN` (the member signs in, as at the counter).
import { startBackend } from '../../../electron/backend.js';
import { inProcess } from '../../../electron/platform/ipc/register.js';

const [dataDir, staffId, pin] = process.argv.slice(2);
const backend = await startBackend(dataDir, { version: 'crash', desktop: false });
const send = inProcess(backend.handlers, backend.signedIn);
const signedIn = await send('session.signIn', { staffId, pin });
if (!signedIn.ok) throw new Error(JSON.stringify(signedIn.error));
const { token } = signedIn.value;
process.stdout.write('READY\n');
for (let i = 0; ; i++) {
  const created = await send(
    'orders.create',
    {
      customer: { name: `Crash ${process.pid}-${i}`, phones: [`+7 900 ${String(i).padStart(7, '0')}`] },
      device: { category: 'Phone', brand: 'Crash', model: 'Test', serial: `C${process.pid}-${i}` },
      intake: { statedDefect: 'Crash test', warrantyBasis: 'paid' },
    },
    token,
  );
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const id = created.value.order.id;
  process.stdout.write(`ACK create ${id}\n`);
  const moved = await send('orders.transition', { id, to: 'diagnosing' }, token);
  if (!moved.ok) throw new Error(JSON.stringify(moved.error));
  process.stdout.write(`ACK diagnosing ${id}\n`);
}
