// A store process for the fault-injection test, killed with SIGKILL at moments the test chooses.
//   write DATA_DIR   opens the store, prints READY, then saves records as fast as it can, printing "ACK <what> <id> <value>"
//                    after each save is acknowledged (customers in 64 files, staff in one growing file, renames).
//   open DATA_DIR    opens the store (repairing what is damaged); after each repair step prints "STEP <step> <file>"
//                    and waits for a line on stdin before going on; prints OPENED once open.
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { monotonicFactory } from 'ulidx';
import { openStore } from '../../../electron/platform/store/store.js';

const say = (line: string) => writeSync(1, `${line}\n`);

async function write(dataDir: string): Promise<void> {
  // The files are rewritten a few milliseconds after each save, so that kills land during rewrites and cuts too.
  const store = await openStore(dataDir, { compactAfterMs: 3 });
  say('READY');
  const ulid = monotonicFactory();
  const creator = ulid();
  for (let i = 0; ; i++) {
    const id = ulid();
    const at = new Date().toISOString();
    await store.customers.insert({ id, kind: 'person', name: `Fault ${process.pid}-${i}`, phones: [`+7 900 ${String(i).padStart(7, '0')}`], createdAt: at, createdBy: creator });
    say(`ACK customer ${id} Fault ${process.pid}-${i}`);
    if (i % 3 === 2) {
      const customer = store.customers.get(id)!;
      const name = `Renamed ${process.pid}-${i}`;
      await store.customers.replace({ ...customer, name });
      say(`ACK customer ${id} ${name}`);
    }
    if (i % 4 === 0) {
      const member = ulid();
      await store.staff.insert({ id: member, name: `Member ${process.pid}-${i} ${'x'.repeat(200)}`, role: i % 8 === 0 ? 'manager' : 'clerk', active: true, createdAt: at });
      say(`ACK staff ${member} -`);
    }
  }
}

async function open(dataDir: string): Promise<void> {
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  const store = await openStore(dataDir, {
    onRepairStep: async (step, file) => {
      say(`STEP ${step} ${file}`);
      await lines.next();
    },
  });
  await store.documents();
  say('OPENED');
  await store.close();
  process.exit(0);
}

const [mode, dataDir] = process.argv.slice(2);
await (mode === 'write' ? write(dataDir) : open(dataDir));
