import { resolve } from 'node:path';
import { renderMaximalSamples } from './maximalSamples.js';
import { renderSamples, type SampleTiming } from './samples.js';

/**
 * npm run docs:samples -- --out DIR [--letter] [--timings]: every document kind in every language, from the demo
 * data, as `<kind>.<lang>.pdf`, and the maximal-content variants of the documents a customer, supplier or
 * manufacturer signs or keeps (build/maximalSamples.ts MAXIMAL_KINDS) as `<kind>.max.<lang>.pdf`.
 */
const at = process.argv.indexOf('--out');
const out = at >= 0 ? process.argv[at + 1] : undefined;
if (!out) {
  console.error('Usage: npm run docs:samples -- --out DIR');
  process.exit(2);
}
const timings: SampleTiming[] = [];
const paperSize = process.argv.includes('--letter') ? 'LETTER' : 'A4';
const files = [...(await renderSamples(resolve(out), timings, paperSize)), ...(await renderMaximalSamples(resolve(out), paperSize))];
console.log(`${files.length} documents written to ${resolve(out)}`);
if (process.argv.includes('--timings')) {
  console.log('| Kind | First (ms) | Warm (ms, each further language) |\n|---|---:|---:|');
  for (const t of timings) console.log(`| ${t.kind} | ${t.first.toFixed(0)} | ${t.warm.map((w) => w.toFixed(0)).join(' / ')} |`);
}
