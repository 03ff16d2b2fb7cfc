// A service point's replication in a process of its own, so that a test can kill it (SIGKILL) in the middle of a
// push and start it again: node --import tsx test/network/pushChild.ts <dataDir> <hubUrl> <database> <site> <password> [killAfterBatches]
import { openStore } from '../../electron/platform/store/store.js';
import { Replicator } from '../../electron/network/index.js';

const [dataDir, url, database, site, password, killAfter] = process.argv.slice(2);
const store = await openStore(dataDir);
let batches = 0;
const replicator = new Replicator({
  store,
  site: { code: site, name: site },
  hub: { url, database, username: site, password },
  batch: 50,
  // The worst moment: the hub has taken the batch, this point has not noted it yet.
  afterPushBatch: () => {
    if (killAfter && ++batches >= Number(killAfter)) process.kill(process.pid, 'SIGKILL');
  },
});
await replicator.sync();
const known = await replicator.snapshot();
await replicator.close();
await store.close();
process.stdout.write(JSON.stringify({ pushed: known.pushed, pending: known.pending }));
