// `npm run mutate [-- --target shared|boundary] [stryker options]`: runs StrykerJS with build/stryker.config.mjs on
// one target (the rules in shared/ by default). Every other argument goes to `stryker run` as it is, e.g.
// `npm run mutate -- --force` to mutate everything again instead of only what changed since the last run.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
let target = 'shared';
const rest = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--target') target = args[++i] ?? '';
  else if (arg.startsWith('--target=')) target = arg.slice('--target='.length);
  else rest.push(arg);
}
if (!['shared', 'boundary'].includes(target)) {
  console.error(`--target must be "shared" or "boundary", not "${target}"`);
  process.exit(2);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const stryker = join(dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
const child = spawn(process.execPath, [stryker, 'run', 'build/stryker.config.mjs', ...rest], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, MUTATE_TARGET: target },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
