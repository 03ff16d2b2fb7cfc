import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface KeyUse {
  file: string;
  /** A literal key, or a pattern for a template key (`status.${s}` → /^status\.[\w-]+$/). */
  key: string;
  pattern?: RegExp;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'i18n' ? [] : files(path);
    return /\.tsx?$/.test(d.name) ? [path] : [];
  });
}

/** Reads a quoted string or a template from `at`; returns its text (templates with `${…}` kept) and where it ends. */
function literal(source: string, at: number): { text: string; end: number } {
  const quote = source[at];
  let i = at + 1;
  let text = '';
  while (i < source.length && source[i] !== quote) {
    if (source[i] === '\\') {
      text += source[i + 1];
      i += 2;
    } else if (quote === '`' && source.startsWith('${', i)) {
      let depth = 1;
      let j = i + 2;
      while (depth && j < source.length) {
        if (source[j] === '{') depth++;
        else if (source[j] === '}') depth--;
        j++;
      }
      text += '${}';
      i = j;
    } else text += source[i++];
  }
  return { text, end: i + 1 };
}

/** The strings of the first argument of a call that opens at `at` (the literals of a ternary included). */
function firstArgument(source: string, at: number): string[] {
  const found: string[] = [];
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === "'" || c === '"' || c === '`') {
      const { text, end } = literal(source, i);
      if (depth === 0) found.push(text);
      i = end - 1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) break;
  }
  return found;
}

/** Every key the screens and the documents look up with `t(…)`, as written in the code under `roots`. */
export function keysUsedInCode(roots: string[]): KeyUse[] {
  return roots.flatMap(files).flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    return [...source.matchAll(/(?<![\w.$])t\(/g)].flatMap((m) =>
      firstArgument(source, m.index + 2)
        .filter((text) => /^[a-z][\w-]*\./i.test(text))
        .map((text) =>
          text.includes('${}')
            ? { file, key: text, pattern: new RegExp(`^${text.split('${}').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\w-]+(?:\\.[\\w-]+)*')}$`) }
            : { file, key: text },
        ),
    );
  });
}

/** Every quoted string in the code under `roots` that looks like a key (a key handed on as a value: `key: 'nav.orders'`). */
export function keyLikeLiterals(roots: string[]): Set<string> {
  return new Set(roots.flatMap(files).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)].map((m) => m[1])));
}
