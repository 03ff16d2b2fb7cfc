// Bundles the main-process side (Electron main, preload, web host) from TypeScript into out/main.
// Packages stay external: they are installed in node_modules (and packaged by electron-builder).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'out/main/main.js', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['electron/web.ts'], outfile: 'out/main/web.js', format: 'esm', packages: 'external' }),
  // The worker threads (PDF rendering, spreadsheet parsing), each beside main.js and web.js: electron/platform/workers/pool.ts.
  ...['pdfWorker', 'registryWorker'].map((name) =>
    build({ ...common, entryPoints: [`electron/platform/workers/${name}.ts`], outfile: `out/main/${name}.mjs`, format: 'esm', packages: 'external' }),
  ),
  // A sandboxed preload must be one CommonJS file that requires nothing but electron.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'out/main/preload.cjs', format: 'cjs', external: ['electron'] }),
]);
