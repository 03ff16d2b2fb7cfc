import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackend } from './backend.js';
import { resolveDataDir } from './platform/paths.js';
import { DataFolderLockedError } from './platform/store/lock.js';
import { BadPortError, PortInUseError, checkPortFree, portFrom, startWebHost } from './platform/web/host.js';
import { localBackupPlaces } from './platform/places.js';

/** `npm run web`: the built renderer and the real backend on 127.0.0.1 (port from PORT, data from --data). */
async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const dataDir = resolveDataDir(process.argv.slice(2));
  const port = portFrom(process.env.PORT);
  // A port in use is told at once, before the data folder is opened (and again should another program take it meanwhile).
  await checkPortFree(port);
  const backend = await startBackend(dataDir, {
    version: process.env.npm_package_version ?? '0.1.0',
    desktop: false,
    places: localBackupPlaces(),
    automaticBackups: process.env.WORKSHOP_AUTOMATIC_BACKUPS !== 'off',
  });
  const host = await startWebHost({
    handlers: backend.handlers,
    signedIn: backend.signedIn,
    staticDir: join(here, '..', 'renderer'),
    port,
    token: process.env.WORKSHOP_TOKEN,
    log: (line) => console.error(line),
  }).catch(async (error: Error) => {
    await backend.close();
    throw error;
  });
  console.log(`Workshop Service is running at ${host.url}`);
  console.log(`Data folder: ${dataDir}`);
  let stopping = false;
  const stop = async () => {
    // A second SIGTERM or Ctrl+C while closing must not release the data folder twice.
    if (stopping) return;
    stopping = true;
    await host.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  const known = error instanceof DataFolderLockedError || error instanceof PortInUseError || error instanceof BadPortError;
  console.error(known ? error.message : `Could not start: ${error.stack ?? error.message}`);
  process.exit(1);
});
