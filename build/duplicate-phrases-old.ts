// Measures the phrases written twice in the old layout of strings (issue 13, part 3): screen strings
// (renderer/app/i18n/en.ts with the feature files it includes), the PDF text tables (electron/*/*Texts.ts) and
// shared/warranty/warrantyText.ts. A phrase is an English value of two words or more; it is written twice when two
// keys hold it. Functions are called with their parameter names as placeholders.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Entry = [key: string, value: string];

function placeholderCall(fn: (...args: unknown[]) => unknown): string {
  const params = /^\(?([^)=]*)\)?\s*=>/.exec(fn.toString())?.[1] ?? '';
  const names = params.split(',').map((p) => p.split(':')[0].trim()).filter(Boolean);
  return String(fn(...names.map((n) => `{{${n}}}`)));
}

function leaves(value: unknown, prefix: string, out: Entry[]): Entry[] {
  if (typeof value === 'string') out.push([prefix, value]);
  else if (typeof value === 'function') out.push([prefix, placeholderCall(value as never)]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

export function normalise(value: string): string {
  return process.env.LOOSE ? value.replace(/\{\{[^}]*\}\}/g, '{{}}').toLowerCase().replace(/[.:;,!]+$/, '').trim() : value.replace(/\{\{[^}]*\}\}/g, '{{}}').trim();
}
export function isPhrase(value: string): boolean {
  return (value.replace(/\{\{[^}]*\}\}/g, ' ').match(/\p{L}+/gu) ?? []).length >= 2;
}
export function duplicates(entries: Entry[]): Map<string, string[]> {
  const byValue = new Map<string, string[]>();
  for (const [key, value] of entries) {
    if (!isPhrase(value)) continue;
    const norm = normalise(value);
    byValue.set(norm, [...(byValue.get(norm) ?? []), key]);
  }
  return new Map([...byValue].filter(([, keys]) => keys.length > 1));
}

const language = (process.env.LANG_OF ?? 'en') as 'en' | 'ru' | 'he';
const entries: Entry[] = [];
await import(pathToFileURL("renderer/app/i18n/en.ts").href);
const screens = await import(pathToFileURL(`renderer/app/i18n/${language}.ts`).href);
leaves(screens[language], 'screen', entries);
for (const feature of readdirSync('electron')) {
  let files: string[] = [];
  try { files = readdirSync(join('electron', feature)).filter((f) => f.endsWith('Texts.ts')); } catch { continue; }
  for (const file of files) {
    const mod = await import(pathToFileURL(join('electron', feature, file)).href);
    for (const [name, table] of Object.entries(mod)) {
      if (table && typeof table === 'object' && 'en' in table) leaves((table as Record<string, unknown>)[language], `pdf:${name}`, entries);
    }
  }
}
// warrantyText.ts keeps its words private: measure a copy that exports them.
const source = readFileSync('shared/warranty/warrantyText.ts', 'utf8').replace('const WORDS', 'export const WORDS').replace(/^import .*$/gm, '');
writeFileSync('/tmp/i18nold/warrantyText.ts', source);
const { WORDS } = await import('/tmp/i18nold/warrantyText.ts');
leaves(WORDS[language], 'shared:warrantyText', entries);

const found = duplicates(entries);
const extra = [...found.values()].reduce((n, keys) => n + keys.length - 1, 0);
if (process.argv.includes('--json')) { console.log(JSON.stringify(Object.fromEntries(entries))); process.exit(0); }
if (process.argv.includes('--list')) for (const [value, keys] of found) console.log(`${JSON.stringify(value)}\n    ${keys.join('\n    ')}`);
console.log(`${entries.length} English strings, ${entries.filter(([, v]) => isPhrase(v)).length} phrases of two words or more`);
console.log(`${found.size} phrases written under two keys or more (${extra} extra copies)`);
