import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackend } from './backend.js';
import { resolveDataDir } from './platform/paths.js';
import { DataFolderLockedError } from './platform/store/lock.js';
import { startWebHost } from './platform/web/host.js';
import { localBackupPlaces } from './platform/places.js';

/** `npm run web`: the built renderer and the real backend on 127.0.0.1 (port from PORT, data from --data). */
async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const dataDir = resolveDataDir(process.argv.slice(2));
  const port = process.env.PORT ? Number(process.env.PORT) : 5180;
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
  });
  console.log(`Workshop Service is running at ${host.url}`);
  console.log(`Data folder: ${dataDir}`);
  const stop = async () => {
    await host.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error instanceof DataFolderLockedError ? error.message : `Could not start: ${error.stack ?? error.message}`);
  process.exit(1);
});
