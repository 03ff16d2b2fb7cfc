import { resolve } from 'node:path';
import { renderSamples } from './samples.js';

/** npm run docs:samples -- --out DIR: every document kind in every language, from the demo data. */
const at = process.argv.indexOf('--out');
const out = at >= 0 ? process.argv[at + 1] : undefined;
if (!out) {
  console.error('Usage: npm run docs:samples -- --out DIR');
  process.exit(2);
}
const files = await renderSamples(resolve(out));
console.log(`${files.length} documents written to ${resolve(out)}`);
