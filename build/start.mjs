// npm start: the desktop app when the Electron binary is installed, otherwise the web host in the browser.
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const args = process.argv.slice(2);
const binary = electronBinary();
const child = binary
  ? spawn(binary, ['.', ...args], { stdio: 'inherit' })
  : (console.log('The Electron binary is not installed here, so Workshop Service starts as a web host: open the URL below in a browser.'),
    spawn(process.execPath, ['out/main/web.js', ...args], { stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
