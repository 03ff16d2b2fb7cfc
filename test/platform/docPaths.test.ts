import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The documentation names files to read ("the rule is in `shared/warranty/warranty.ts`, its tests in
 * `test/warranty/warrantyRules.test.ts`"). After files move, a name that no longer exists sends a newcomer nowhere:
 * every path in backticks that starts with a top-level folder must exist. Placeholders (`<feature>`, `*`) and the
 * worked example of a new feature (the architecture page's `visits`) are not claims about the tree.
 */
const TOP = /`((?:electron|renderer|shared|test|build|docs)\/[^`\s]*)`/g;
const EXAMPLE_FEATURE = /^(?:electron|renderer|shared|test)\/visits\//;

function pathsIn(file: string): string[] {
  const found: string[] = [];
  for (const match of readFileSync(file, 'utf8').matchAll(TOP)) {
    const path = match[1].replace(/[:#].*$/, '').replace(/[.,;)]+$/, '');
    if (/[<*{]/.test(path) || EXAMPLE_FEATURE.test(path)) continue;
    found.push(path);
  }
  return found;
}

describe('the documentation names files that exist', () => {
  const pages = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => join('docs', name))];

  it.each(pages)('%s', (page) => {
    const missing = pathsIn(page).filter((path) => !existsSync(path));
    expect(missing).toEqual([]);
  });
});
