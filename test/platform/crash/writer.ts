// A backend process that writes as fast as it can and reports every acknowledged write on stdout, until it is
// killed. Used by the crash test: `tsx writer.ts DATA_DIR ACTOR_ID`.
import { startBackend } from '../../../electron/backend.js';
import { dispatch } from '../../../electron/platform/ipc/register.js';

const [dataDir, actorId] = process.argv.slice(2);
const backend = await startBackend(dataDir, { version: 'crash', desktop: false });
process.stdout.write('READY\n');
for (let i = 0; ; i++) {
  const created = await dispatch(backend.handlers, 'orders.create', {
    actorId,
    customer: { name: `Crash ${process.pid}-${i}`, phones: [`+7 900 ${String(i).padStart(7, '0')}`] },
    device: { category: 'Phone', brand: 'Crash', model: 'Test', serial: `C${process.pid}-${i}` },
    intake: { statedDefect: 'Crash test', warrantyBasis: 'paid' },
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const id = (created.value as { order: { id: string } }).order.id;
  process.stdout.write(`ACK create ${id}\n`);
  const moved = await dispatch(backend.handlers, 'orders.transition', { actorId, id, to: 'diagnosing' });
  if (!moved.ok) throw new Error(JSON.stringify(moved.error));
  process.stdout.write(`ACK diagnosing ${id}\n`);
}
