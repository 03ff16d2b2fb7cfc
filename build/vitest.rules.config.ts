import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from '../test/vitest.config.js';

/**
 * The tests of the rules: every test file under test/ that reaches neither electron/ nor renderer/ through its
 * imports (a service test opens a backend on a temp folder; a component test renders a screen). The mutation run of
 * shared/ (build/stryker.config.mjs) uses these alone: each takes milliseconds, so every mutant is tried against all
 * of them, and a rule counts as tested only when a test of the rule itself states it.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /(?:import|export)[^'"]*?from\s+'([^']+)'|import\s*\(\s*'([^']+)'\s*\)/g;

function reachesBackendOrScreens(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2];
    if (!specifier.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier);
    const inRepo = relative(root, target).split(/[\\/]/)[0];
    if (inRepo === 'electron' || inRepo === 'renderer') return true;
    if (inRepo !== 'test') continue;
    const candidates = [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), `${target}.ts`, `${target}.tsx`, target];
    const local = candidates.find((candidate) => {
      try {
        readFileSync(candidate);
        return true;
      } catch {
        return false;
      }
    });
    if (local && reachesBackendOrScreens(local, seen)) return true;
  }
  return false;
}

/** A test of the documentation, not of a rule: it compares docs/api.md with what the channel table generates. */
const NOT_RULES = new Set(['test/platform/apiDocs.test.ts']);

function ruleTests(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'e2e' ? [] : ruleTests(path);
    const name = relative(root, path).split('\\').join('/');
    return /\.test\.tsx?$/.test(entry.name) && !NOT_RULES.has(name) && !reachesBackendOrScreens(path) ? [name] : [];
  });
}

export default defineConfig({
  ...base,
  test: { ...base.test, include: ruleTests(join(root, 'test')) },
});
