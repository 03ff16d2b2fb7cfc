import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell } from 'electron';
import { startBackend, type Backend } from './backend.js';
import { register } from './platform/ipc/register.js';
import { resolveDataDir } from './platform/paths.js';
import { APP_ORIGIN, APP_SCHEME, hardenWebContents, isTrustedFrame, secureWebPreferences } from './security.js';
import type { Printer } from './platform/context.js';
import { CONTENT_SECURITY_POLICY, resolveInside } from './platform/web/staticFiles.js';
import { localBackupPlaces } from './platform/places.js';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.whenReady().then(start, fail);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void backend?.close());
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveInside(rendererDir, new URL(request.url).pathname.replace(/^\/$/, '/index.html'));
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
      return new Response(body, { headers: { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  const dataDir = resolveDataDir(process.argv.slice(1), process.env, app.getPath('userData'));
  backend = await startBackend(dataDir, { version: app.getVersion(), desktop: true, printer: pdfPrinter, places: localBackupPlaces(), automaticBackups: true });
  register(ipcMain, backend.handlers, {
    isTrustedSender: (event) => isTrustedFrame(event.senderFrame),
    signedIn: backend.signedIn,
    log: (line) => console.error(line),
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { role: 'fileMenu' },
      { role: 'editMenu' },
      { label: 'View', submenu: [{ role: 'reload' }, { role: 'togglefullscreen' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }] },
    ]),
  );

  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Workshop Service',
    webPreferences: secureWebPreferences(join(here, 'preload.cjs')),
  });
  hardenWebContents(mainWindow.webContents, (url) => void shell.openExternal(url));
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

/** Printing: the PDF opens in a window of its own with Chromium's viewer, and the system print dialog follows. */
const pdfPrinter: Printer = {
  async print(pdfFile) {
    const viewer = new BrowserWindow({
      width: 900,
      height: 1000,
      title: 'Print',
      webPreferences: { ...secureWebPreferences(''), preload: undefined, plugins: true },
    });
    viewer.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await viewer.loadURL(pathToFileURL(pdfFile).href);
    viewer.webContents.print({}, () => undefined);
    return true;
  },
};

function fail(error: Error): void {
  dialog.showErrorBox('Workshop Service cannot start', error.message);
  app.exit(1);
}
