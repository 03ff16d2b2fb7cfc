import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINTED_KINDS, renderSamples, SAMPLE_LANGUAGES } from '../../build/samples.js';
import { DocumentKind } from '../../shared/documents/schemas.js';
import type { Language } from '../../shared/platform/common.js';
import { tempDir } from '../platform/helpers.js';
import { wordBoxes, wordsOutside } from '../platform/pdfLayout.js';
import { expectPageGeometry } from './pageChecks.js';

describe('npm run docs:samples', () => {
  it.each(['A4', 'LETTER'] as const)('renders every document kind in every language on %s; each passes qpdf --check, keeps its text inside the margins and has the page geometry of a signed document (furniture, body text, signatures with content)', async (paperSize) => {
    const out = await tempDir();
    await renderSamples(out, [], paperSize);
    const files = (await readdir(out)).sort();
    // Every kind of the documents register, and those printed from the parts screens and the device's certificate.
    const expected = [...DocumentKind.options, ...PRINTED_KINDS].flatMap((kind) => SAMPLE_LANGUAGES.map((language) => `${kind}.${language}.pdf`)).sort();
    expect(files).toEqual(expected);
    for (const file of files) {
      const path = join(out, file);
      // qpdf exits 0 with "No syntax or stream encoding errors found" for a sound file, and non-zero otherwise.
      expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' }), file).toContain('No syntax or stream encoding errors found');
      const outside = file.startsWith('device_label') ? wordsOutside(path, 5) : wordsOutside(path, 40, 24);
      expect(outside, file).toEqual([]);
      // Labels are their own small pages, without furniture or signatures.
      const [kind, language] = file.split('.') as [string, Language];
      if (kind !== 'device_label') expectPageGeometry(`${file} on ${paperSize}`, kind, language, path);
    }
  }, 120_000);
});

describe('every document kind, in every language', () => {
  let out = '';
  let files: string[] = [];
  // One rendering for the checks below (a temporary folder of the test's own: tempDir's go after each check).
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'workshop-samples-check-'));
    files = (await renderSamples(out, [], 'A4')).map((file) => basename(file)).sort();
  }, 180_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('names in its properties the workshop that issues it (Author), what it is (Title) and what it concerns (Subject)', () => {
    expect(files).toHaveLength((DocumentKind.options.length + PRINTED_KINDS.length) * SAMPLE_LANGUAGES.length);
    for (const file of files) {
      const info = Object.fromEntries(
        execFileSync('pdfinfo', ['-enc', 'UTF-8', join(out, file)], { encoding: 'utf8' })
          .split('\n')
          .map((line) => /^(\w+):\s+(.*)$/.exec(line))
          .filter((match) => match !== null)
          .map((match) => [match[1], match[2]]),
      );
      // The demo workshop's legal name; the title carries the document's (or, for labels, the orders') number.
      expect(info.Author, file).toBe('FixPoint Ltd.');
      // A statement over a period (the reimbursement statement) has no number of its own: it names its period.
      const period = file.startsWith('reimbursement_statement');
      expect(info.Title, file).toMatch(period ? /2026-01-01 – 2026-11-30/ : /[A-Z]{1,2}-2026-\d{5}/);
      expect(info.Subject, file).toMatch(file.startsWith('device_label') ? /\S/ : period ? /2026/ : /[A-Z]{1,2}-2026-\d{5}/);
    }
  });

  it('writes the shekel sign on the side its language reads it: left of the digits in Hebrew and English, right in Russian, apart from the digits in Hebrew and Russian', () => {
    const amount = /^-?\d{1,3}(?:[,\u00a0\u202f ]?\d{3})*[.,]\d{2}$/;
    let signs = 0;
    for (const file of files) {
      for (const page of wordBoxes(join(out, file))) {
        const words = page.words.map((w) => ({ ...w, text: w.text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '') })).filter((w) => w.text);
        for (const sign of words.filter((w) => w.text.includes('₪'))) {
          signs++;
          const sameLine = words.filter((w) => w !== sign && Math.abs(w.yMax - sign.yMax) < 1.5);
          if (file.endsWith('.en.pdf')) {
            expect(sign.text, file).toMatch(/^-?₪[\d,]+\.\d{2}$/);
            continue;
          }
          expect(sign.text, `${file}: ${sign.text}`).toBe('₪');
          const next = file.endsWith('.he.pdf')
            ? sameLine.filter((w) => w.xMin >= sign.xMax).sort((a, b) => a.xMin - b.xMin)[0]
            : sameLine.filter((w) => w.xMax <= sign.xMin).sort((a, b) => b.xMax - a.xMax)[0];
          expect(next?.text, `${file}: the amount beside ₪`).toMatch(amount);
          const gap = file.endsWith('.he.pdf') ? next.xMin - sign.xMax : sign.xMin - next.xMax;
          expect(gap, file).toBeLessThan(6);
        }
      }
    }
    expect(signs).toBeGreaterThan(50);
  });
});
