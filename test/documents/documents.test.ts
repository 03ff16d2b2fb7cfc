import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visualOrder } from '../../electron/platform/pdf/bidiText.js';
import { renderIntakeAct } from '../../electron/orders/intakeAct.js';
import { intakeInput, openBackend, pdfText, staffedWorkshop, validImei } from '../platform/helpers.js';

const normalise = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');

describe('right-to-left lines', () => {
  it('puts a Hebrew line in visual order and keeps numbers and Latin names readable', () => {
    // Logical: "המסך מהבהב (Galaxy S23, 2 חודשים)". Visual, left to right: the Hebrew words reversed, the
    // Latin run "Galaxy S23, 2" kept left to right (the 2 follows a Latin letter, rule W7), brackets mirrored.
    const visual = visualOrder('המסך מהבהב (Galaxy S23, 2 חודשים)', 'rtl');
    expect(visual).toBe('(םישדוח Galaxy S23, 2) בהבהמ ךסמה');
    expect(visualOrder('מחיר 120 ש״ח', 'rtl')).toBe('ח״ש 120 ריחמ');
  });

  it('leaves a left-to-right line as it is', () => {
    expect(visualOrder('Samsung Galaxy S23 (2 months)', 'ltr')).toBe('Samsung Galaxy S23 (2 months)');
  });
});

describe('the intake act', () => {
  async function orderWithAct() {
    const t = await openBackend({ now: () => new Date('2026-03-10T09:30:00Z') });
    const { clerk, manager } = await staffedWorkshop(t);
    await manager.ok('settings.update', {
      workshop: { name: 'FixPoint Service Centre', legalName: 'FixPoint Ltd.', taxId: '515123456', address: '12 Herzl St., Tel Aviv', signatory: 'Sarah Cohen' },
      currency: 'ILS',
    });
    const view = await clerk.ok('orders.create', {
      customer: { name: 'דנה כהן', phones: ['052-555-0101'] },
      device: { category: 'Smartphone', brand: 'Samsung', model: 'Galaxy S23', serial: 'R58N12ABC', imei: validImei() },
      intake: { statedDefect: 'המסך מהבהב ולא נטען (Galaxy S23, 2 חודשים)', accessories: ['כבל USB-C'], estimate: 25000, prepayment: 5000, warrantyBasis: 'paid' },
    });
    return { t, clerk, view };
  }

  it('prints the order number, customer, device and workshop in Hebrew, Russian and English', async () => {
    const { clerk, view } = await orderWithAct();
    const words = {
      en: ['Intake receipt', 'Customer copy', 'Workshop copy', 'Signatures'],
      ru: ['Квитанция', 'Экземпляр клиента', 'Экземпляр сервиса', 'Подписи'],
      he: ['קבלה', 'העתק ללקוח', 'העתק למעבדה', 'חתימות'],
    } as const;
    for (const language of ['en', 'ru', 'he'] as const) {
      const document = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language });
      const { pdfBase64 } = await clerk.ok('documents.content', { id: document.id });
      const text = normalise(await pdfText(Buffer.from(pdfBase64, 'base64')));
      for (const expected of [view.order.number, 'R58N12ABC', view.device.imei!, 'FixPoint Service Centre', 'דנה כהן', ...words[language]]) {
        expect(text, `${language}: ${expected}`).toContain(expected);
      }
    }
  });

  it('reads back in logical order from a Hebrew act, mixed lines included', async () => {
    const { clerk, view } = await orderWithAct();
    const document = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'he' });
    const text = normalise(await pdfText(Buffer.from((await clerk.ok('documents.content', { id: document.id })).pdfBase64, 'base64')));
    expect(text).toContain('המסך מהבהב ולא נטען');
    expect(text).toContain('Galaxy S23, 2');
    expect(text).toContain('תעודת קבלת מוצר לתיקון');
    expect(text).toContain('12 Herzl St., Tel Aviv');
  });

  it('gives the same document and number on a reprint, and numbers acts of other orders in sequence', async () => {
    const { t, clerk, view } = await orderWithAct();
    const first = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'en' });
    const reprint = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'en' });
    expect(reprint).toEqual(first);
    expect(first.number).toBe('IA-2026-00001');
    const translation = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'ru' });
    expect(translation.number).toBe(first.number);
    const other = await clerk.ok('orders.create', intakeInput({ imei: validImei('35391711987654') }));
    const next = await clerk.ok('orders.intakeAct', { orderId: other.order.id, language: 'en' });
    expect(next.number).toBe('IA-2026-00002');
    const onDisk = await readFile(join(t.dataDir, first.file));
    expect(onDisk.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await clerk.ok('documents.forOrder', { orderId: view.order.id })).map((d) => d.language).sort()).toEqual(['en', 'ru']);
  });

  it('notices when a stored PDF has been altered', async () => {
    const { t, clerk, view } = await orderWithAct();
    const document = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'en' });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(t.dataDir, document.file), 'tampered');
    expect(await clerk.call('documents.content', { id: document.id })).toMatchObject({ ok: false, error: { code: 'storage' } });
  });

  it('renders the same bytes from the same data, embedding a subset of the font', async () => {
    const { clerk, view } = await orderWithAct();
    const data = {
      documentNumber: 'IA-2026-00009',
      issuedAt: new Date('2026-03-10T10:00:00Z'),
      view: await clerk.ok('orders.get', { id: view.order.id }),
      workshop: { name: 'FixPoint' },
      currency: 'ILS' as const,
      staffNames: {},
    };
    const a = await renderIntakeAct(data, 'he', { paperSize: 'A4' });
    const b = await renderIntakeAct(data, 'he', { paperSize: 'A4' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const raw = Buffer.from(await renderIntakeAct(data, 'ru', { paperSize: 'LETTER', compress: false })).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(raw).toContain('/MediaBox [0 0 612 792]');
    expect(a.byteLength).toBeLessThan(120_000);
  });

  it('names the font subsets of each file on their own: two acts share no subset name, a reprint keeps its names', async () => {
    const { clerk, view } = await orderWithAct();
    const act = async (documentNumber: string) =>
      Buffer.from(
        await renderIntakeAct(
          { documentNumber, issuedAt: new Date('2026-03-10T10:00:00Z'), view: await clerk.ok('orders.get', { id: view.order.id }), workshop: { name: 'FixPoint' }, currency: 'ILS', staffNames: {} },
          'he',
          { paperSize: 'A4', compress: false },
        ),
      );
    const subsets = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/FontName \/([A-Z]{6})\+/g)].map((m) => m[1]);
    const [first, second] = [await act('IA-2026-00011'), await act('IA-2026-00012')];
    // Regular and bold, and the faces with mirrored brackets: each subset of a file has a tag of its own.
    expect(new Set(subsets(first)).size).toBe(subsets(first).length);
    expect(subsets(first).length).toBeGreaterThanOrEqual(2);
    expect(subsets(first).filter((tag) => subsets(second).includes(tag))).toEqual([]);
    expect(subsets(first)).not.toContain('BZZZZZ');
    expect(subsets(await act('IA-2026-00011'))).toEqual(subsets(first));
    // The text still reads with its fonts: the pages draw with the names they were given.
    expect(normalise(await pdfText(first))).toContain('FixPoint');
  });

  it('refuses to issue an act for an unknown order', async () => {
    const { clerk } = await orderWithAct();
    const result = await clerk.call('orders.intakeAct', { orderId: '01J00000000000000000000000', language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
