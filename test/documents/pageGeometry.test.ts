import { describe, expect, it } from 'vitest';
import { MAXIMAL_KINDS, type MaximalKind, renderMaximalSamples } from '../../build/maximalSamples.js';
import type { Language } from '../../shared/platform/common.js';
import { tempDir } from '../platform/helpers.js';
import { expectPageGeometry, type RunningTable } from './pageChecks.js';

const LANGUAGES: Language[] = ['he', 'ru', 'en'];

/** The tables that run over pages: a text of their header row, and what only their rows print. */
const TABLES: Partial<Record<MaximalKind, RunningTable>> = {
  completion_act: { header: 'completionAct.warrantyUntil', row: /Operation\d+:|GH82-3/ },
  tax_invoice: { header: 'invoice.description', row: /Operation\d+:|Sparepart\d+/ },
  requisition: { header: 'requisitionDoc.sku', row: /SP-1\d{3}-/ },
  sale_receipt: { header: 'saleReceipt.sku', row: /SP-1\d{3}-/ },
  waybill_out: { header: 'waybill.accessories', row: /R9TW7|R5CT2/ },
};

// The ordinary samples (every kind, three languages) are checked the same way in documentSamples.test.ts.
describe('page geometry of the documents a customer signs, with maximal content', () => {
  it.each([
    ['A4', 0],
    ['LETTER', 1],
  ] as const)(
    'on %s: every page has body text, the title, number and "page n of N"; signatures share a page with the content; table headers repeat',
    async (paperSize, shift) => {
      const out = await tempDir();
      // A language each, a different one on the other paper: Hebrew, Russian and English across the kinds.
      const languageOf = (kind: MaximalKind) => LANGUAGES[(MAXIMAL_KINDS.indexOf(kind) + shift) % LANGUAGES.length];
      const samples = await renderMaximalSamples(out, paperSize, (kind) => [languageOf(kind)]);
      expect(samples.map((s) => s.kind)).toEqual([...MAXIMAL_KINDS]);
      for (const { kind, language, file } of samples) expectPageGeometry(`${kind}.${language} on ${paperSize}`, kind, language, file, TABLES[kind]);
    },
    90_000,
  );
});
