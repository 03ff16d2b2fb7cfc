import { resolve } from 'node:path';
import { renderSamples, type SampleTiming } from './samples.js';

/** npm run docs:samples -- --out DIR [--letter] [--timings]: every document kind in every language, from the demo data. */
const at = process.argv.indexOf('--out');
const out = at >= 0 ? process.argv[at + 1] : undefined;
if (!out) {
  console.error('Usage: npm run docs:samples -- --out DIR');
  process.exit(2);
}
const timings: SampleTiming[] = [];
const files = await renderSamples(resolve(out), timings, process.argv.includes('--letter') ? 'LETTER' : 'A4');
console.log(`${files.length} documents written to ${resolve(out)}`);
if (process.argv.includes('--timings')) {
  console.log('| Kind | First (ms) | Warm (ms, each further language) |\n|---|---:|---:|');
  for (const t of timings) console.log(`| ${t.kind} | ${t.first.toFixed(0)} | ${t.warm.map((w) => w.toFixed(0)).join(' / ')} |`);
}
