// Where the Electron binary is, if npm install could download it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function electronBinary() {
  try {
    const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(electronDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
