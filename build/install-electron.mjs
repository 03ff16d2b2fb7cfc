// postinstall: fetch the Electron binary for `npm start`. Electron's own install script is not run by npm
// (allowScripts), so that installing succeeds on machines that reach only the npm registry; here it runs with a
// time limit, and a failure is reported in one line instead of failing the whole install.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinary } from './electron-binary.mjs';

if (electronBinary()) process.exit(0);
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Electron binary download skipped (ELECTRON_SKIP_BINARY_DOWNLOAD); `npm start` will use the web host.');
  process.exit(0);
}
let installer;
try {
  installer = join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'install.js');
} catch {
  process.exit(0); // production install without devDependencies: nothing to fetch
}
const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'], timeout: 300_000, encoding: 'utf8' });
if (result.status !== 0) {
  const reason = (result.stderr || result.error?.message || '').split('\n').find((line) => line.trim()) ?? 'timed out';
  console.log(`Could not download the Electron binary (${reason.trim()}); \`npm start\` will use the web host instead.`);
}
