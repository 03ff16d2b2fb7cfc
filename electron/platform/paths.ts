import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Workshop Service';

/** Where Electron keeps this app's user data (app.getPath('userData')), computed without Electron. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** The data folder: `--data DIR`, else WORKSHOP_DATA, else "data" in the user data folder. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, userDataDir?: string): string {
  const flag = argv.findIndex((a) => a === '--data' || a.startsWith('--data='));
  if (flag >= 0) {
    const value = argv[flag].includes('=') ? argv[flag].slice('--data='.length) : argv[flag + 1];
    if (value) return value;
  }
  if (env.WORKSHOP_DATA) return env.WORKSHOP_DATA;
  return join(userDataDir ?? defaultUserDataDir(env), 'data');
}
