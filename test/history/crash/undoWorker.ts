// A backend process that undoes one import of history, for the kill test: `tsx undoWorker.ts DATA_DIR STAFF_ID PIN
// BATCH`. It prints UNDOING just before it asks, and DONE once the undo is acknowledged; the test kills it between.
import { startBackend } from '../../../electron/backend.js';
import { inProcess } from '../../../electron/platform/ipc/register.js';

const [dataDir, staffId, pin, batch] = process.argv.slice(2);
const backend = await startBackend(dataDir, { version: 'crash', desktop: false });
const send = inProcess(backend.handlers, backend.signedIn);
const signedIn = await send('session.signIn', { staffId, pin });
if (!signedIn.ok) throw new Error(JSON.stringify(signedIn.error));
process.stdout.write('UNDOING\n');
const undone = await send('history.undo', { batch }, signedIn.value.token);
if (!undone.ok || !undone.value.undone) throw new Error(JSON.stringify(undone));
process.stdout.write('DONE\n');
// Stays up until it is killed (a clean exit would close the store and compact: not what a kill leaves).
setInterval(() => undefined, 1000);
