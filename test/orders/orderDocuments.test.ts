import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCompletionAct } from '../../electron/orders/completionAct.js';
import { shortName } from '../../electron/orders/deviceLabel.js';
import { effectiveProfile } from '../../shared/rules/profiles.js';
import { checkWarranty } from '../../shared/warranty/warranty.js';
import { intakeInput, type Member, openBackend, pdfText, staffedWorkshop, validImei } from '../platform/helpers.js';
import { wordBoxes, wordsOutside } from '../platform/pdfLayout.js';

const normalise = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
const DAY = 86_400_000;

/** A Russian workshop whose clock the test moves: an order received on 1 March, repaired under warranty. */
async function workshop() {
  let now = new Date('2026-03-01T09:00:00Z').getTime();
  const t = await openBackend({ now: () => new Date(now) });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', {
    workshop: { name: 'Сервис-Центр «Ремонт»', address: 'Москва, ул. Ленина, 1', signatory: 'Сара Коэн' },
    currency: 'RUB',
    ruleProfile: 'ru',
  });
  const later = (days: number) => (now += days * DAY);
  return { t, ...staff, later };
}

async function repairedOrder(w: Awaited<ReturnType<typeof workshop>>, lines = 1) {
  const { technician, manager, clerk, later } = w;
  const input = intakeInput();
  const view = await clerk.ok('orders.create', { ...input, device: { ...input.device, purchaseDate: '2025-12-01', warrantyMonths: 12 } });
  const id = view.order.id;
  later(1);
  await technician.ok('orders.transition', { id, to: 'diagnosing' });
  await technician.ok('orders.diagnose', { id, notes: 'Display connector cracked at the solder joint (manufacturing defect)' });
  await technician.ok('orders.transition', { id, to: 'in_repair' });
  await technician.ok('orders.setLines', {
    id,
    workLines: Array.from({ length: lines }, (_, i) => ({ description: `Display replacement, step ${i + 1}`, quantity: 1, unitPrice: 150000, warrantyDays: 90 })),
    partLines: [{ name: 'Display module', sku: 'SM-S911-LCD', quantity: 1, unitPrice: 900000, warrantyDays: 30 }],
  });
  later(5);
  await technician.ok('orders.transition', { id, to: 'ready' });
  later(1);
  await manager.ok('orders.transition', { id, to: 'issued', outcome: 'repaired' });
  return manager.ok('orders.get', { id });
}

async function textOf(reader: Member, id: string) {
  return normalise(await pdfText(Buffer.from((await reader.ok('documents.content', { id })).pdfBase64, 'base64')));
}

describe('the work completion act', () => {
  it('states the dates, the work and parts with their warranties, nothing to pay and the warranty extended by the days out of use', async () => {
    const w = await workshop();
    const view = await repairedOrder(w);
    const act = await w.clerk.ok('orders.completionAct', { orderId: view.order.id, language: 'en' });
    expect(act.number).toBe('CA-2026-00001');
    const text = await textOf(w.clerk, act.id);
    for (const expected of [
      'Work completion act',
      view.order.number,
      "Customer's demand presented 01/03/2026",
      'Repair completed 07/03/2026',
      'Device returned to the customer 08/03/2026',
      'Days from the demand to the return 7',
      'Display connector cracked',
      'Display replacement, step 1',
      'SM-S911-LCD',
      // The work: 90 days from the hand-back; the part: the unit's 12 months from the hand-back (Art. 20 p.4).
      '06/06/2026',
      '08/03/2027',
      'Covered by the warranty',
      'extended by 7 days',
      // 1 Dec 2025 + 12 months + 7 days in repair.
      'now ends on 08/12/2026',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toMatch(/To pay RUB 0\.00|To pay 0\.00/);
  });

  it('reads back in logical order in Hebrew and in Russian, with the same number in every language', async () => {
    const w = await workshop();
    const view = await repairedOrder(w);
    const he = await w.clerk.ok('orders.completionAct', { orderId: view.order.id, language: 'he' });
    const ru = await w.clerk.ok('orders.completionAct', { orderId: view.order.id, language: 'ru' });
    expect(ru.number).toBe(he.number);
    const heText = await textOf(w.clerk, he.id);
    expect(heText).toContain('אישור ביצוע עבודות תיקון');
    expect(heText).toContain('האחריות מסתיימת כעת בתאריך 08.12.2026');
    expect(heText).toContain('לאחריות המוצר נוספו 7');
    expect(heText).toContain('Display replacement, step 1');
    expect(await textOf(w.clerk, ru.id)).toContain('Гарантийный срок изделия продлён на 7 дней');
  });

  it('reprints the same act, and refuses one while the work is not finished', async () => {
    const w = await workshop();
    const view = await repairedOrder(w);
    const first = await w.clerk.ok('orders.completionAct', { orderId: view.order.id, language: 'en' });
    w.later(3);
    expect(await w.clerk.ok('orders.completionAct', { orderId: view.order.id, language: 'en' })).toEqual(first);
    const open = await w.clerk.ok('orders.create', intakeInput({ imei: validImei('35391711987654') }));
    expect(await w.clerk.call('orders.completionAct', { orderId: open.order.id, language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { orderId: 'not_completed' } },
    });
  });

  it('flows 80 work lines onto further pages with the table header and letterhead repeated, nothing outside the margins', async () => {
    const w = await workshop();
    const view = await repairedOrder(w, 80);
    const act = await w.clerk.ok('orders.completionAct', { orderId: view.order.id, language: 'he' });
    const pdf = Buffer.from((await w.manager.ok('documents.content', { id: act.id })).pdfBase64, 'base64');
    const pages = wordBoxes(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages.slice(0, -1)) {
      // Every page opens with the letterhead's barcode text and shows the table's header row ("אחריות עד", reversed).
      expect(page.words.some((word) => word.text === view.order.number)).toBe(true);
    }
    const text = normalise(await pdfText(pdf));
    expect(text.split('אחריות עד').length - 1).toBeGreaterThanOrEqual(pages.length - 1);
    expect(text).toContain('Display replacement, step 80');
    expect(wordsOutside(pdf, 40, 24)).toEqual([]);
  });

  it('keeps unbroken long words and long texts inside the page, on A4 and US Letter, in every language', { timeout: 30_000 }, async () => {
    const w = await workshop();
    const view = await repairedOrder(w);
    const long = {
      ...view,
      order: {
        ...view.order,
        intake: { ...view.order.intake, statedDefect: 'מסך '.repeat(400) + 'X'.repeat(300) },
        diagnosis: { ...view.order.diagnosis!, notes: 'Разъём_дисплея_'.repeat(30) },
        workLines: [{ ...view.order.workLines[0], description: 'W'.repeat(300), quantity: 10000, unitPrice: 10_000_000_000 }],
      },
    };
    const profile = effectiveProfile('ru', {});
    const warranty = checkWarranty({ purchaseDate: '2025-12-01', warrantyMonths: 12 }, [], profile, '2026-03-09');
    for (const paperSize of ['A4', 'LETTER'] as const) {
      for (const language of ['en', 'ru', 'he'] as const) {
        const pdf = await renderCompletionAct(
          { documentNumber: 'CA-2026-00001', issuedAt: new Date('2026-03-09T10:00:00Z'), workshop: { name: 'Ремонт '.repeat(20) }, currency: 'RUB', view: long, staffNames: {}, warranty, profile },
          language,
          { paperSize },
        );
        expect(wordsOutside(pdf, 40, 24), `${paperSize} ${language}`).toEqual([]);
      }
    }
  });

  it('renders the same bytes from the same data', async () => {
    const w = await workshop();
    const view = await repairedOrder(w);
    const profile = effectiveProfile('ru', {});
    const data = {
      documentNumber: 'CA-2026-00009',
      issuedAt: new Date('2026-03-09T10:00:00Z'),
      workshop: { name: 'Ремонт' },
      currency: 'RUB' as const,
      view,
      staffNames: {},
      warranty: checkWarranty({ purchaseDate: '2025-12-01', warrantyMonths: 12 }, [], profile, '2026-03-09'),
      profile,
    };
    const [a, b] = [await renderCompletionAct(data, 'ru', { paperSize: 'A4' }), await renderCompletionAct(data, 'ru', { paperSize: 'A4' })];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('the technical condition act', () => {
  const findings = {
    defectConfirmed: true,
    defect: 'Traces of liquid under the keyboard, corrosion on connector J3',
    cause: 'external_damage' as const,
    repairability: 'repairable' as const,
    recommendation: 'Paid repair: keyboard and cleaning',
  };

  it('concludes from the findings and the warranty whether it is a warranty case', async () => {
    const w = await workshop();
    const view = await w.clerk.ok('orders.create', intakeInput());
    const refusal = await w.technician.ok('orders.conditionAct', { orderId: view.order.id, language: 'en', findings });
    const text = await textOf(w.clerk, refusal.id);
    expect(text).toContain('Technical condition act');
    expect(text).toContain('External damage (impact, liquid, foreign objects)');
    expect(text).toContain('is not a manufacturing defect');
    expect(text).toContain('Алексей Смирнов');

    const confirmed = await w.technician.ok('orders.conditionAct', {
      orderId: view.order.id,
      language: 'ru',
      findings: { ...findings, cause: 'manufacturing' },
    });
    expect(confirmed.number).not.toBe(refusal.number);
    // No purchase date was given: the warranty cannot be confirmed yet.
    expect(await textOf(w.clerk, confirmed.id)).toContain('Дата покупки не подтверждена');
    expect(await w.technician.ok('orders.conditionAct', { orderId: view.order.id, language: 'en', findings })).toEqual(refusal);
  });

  it('refuses findings without a description of the defect, naming the field', async () => {
    const w = await workshop();
    const view = await w.clerk.ok('orders.create', intakeInput());
    const result = await w.technician.call('orders.conditionAct', { orderId: view.order.id, findings: { ...findings, defect: ' ' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'findings.defect': 'required' } } });
  });

  it('is issued by a technician or a manager, not by a clerk', async () => {
    const w = await workshop();
    const view = await w.clerk.ok('orders.create', intakeInput());
    expect(await w.clerk.call('orders.conditionAct', { orderId: view.order.id, findings })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await w.manager.ok('documents.forOrder', { orderId: view.order.id })).toEqual([]);
    await w.manager.ok('orders.conditionAct', { orderId: view.order.id, findings });
  });
});

describe('device labels', () => {
  it('prints one 62 × 29 mm label a page for a batch of orders, with a vector barcode, found again with each order', async () => {
    const w = await workshop();
    const orders = [];
    for (const [i, name] of ['Иван Петров', 'דנה כהן', 'Emily Clarke'].entries()) {
      orders.push(await w.clerk.ok('orders.create', intakeInput({ name, imei: validImei(`3529061112345${i}`) })));
    }
    const labels = await w.clerk.ok('orders.labels', { orderIds: orders.map((o) => o.order.id), language: 'he' });
    const file = join(w.t.dataDir, labels.file);
    const pages = wordBoxes(file);
    expect(pages).toHaveLength(3);
    expect(pages[0].width).toBeCloseTo(175.75, 1);
    expect(pages[0].height).toBeCloseTo(82.2, 1);
    const text = normalise(await pdfText(Buffer.from((await w.manager.ok('documents.content', { id: labels.id })).pdfBase64, 'base64')));
    for (const expected of [...orders.map((o) => o.order.number), 'Иван П.', 'דנה כ׳', 'Emily C.', 'Samsung Galaxy S23', '01.03.2026']) {
      expect(text).toContain(expected);
    }
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').length).toBeLessThanOrEqual(3); // header lines only: no bitmap
    expect(wordsOutside(file, 5)).toEqual([]);
    for (const order of orders) {
      expect((await w.manager.ok('documents.forOrder', { orderId: order.order.id })).map((d) => d.id)).toContain(labels.id);
    }
    expect(await w.clerk.ok('orders.labels', { orderIds: orders.map((o) => o.order.id), language: 'he' })).toEqual(labels);
  });

  it('names the unknown order in a batch', async () => {
    const w = await workshop();
    const view = await w.clerk.ok('orders.create', intakeInput());
    const result = await w.clerk.call('orders.labels', { orderIds: [view.order.id, '01J00000000000000000000000'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', fields: { 'orderIds.1': 'not_found' } } });
  });

  it('shortens a person to the first name and an initial', () => {
    expect(shortName('Ivan Petrov')).toBe('Ivan P.');
    expect(shortName('מיכל בת אברהם')).toBe('מיכל א׳');
    expect(shortName('FixPoint Ltd.', 'company')).toBe('FixPoint Ltd.');
    expect(shortName('Cher')).toBe('Cher');
  });
});

describe('numbering under concurrent requests', () => {
  it('gives ten acts asked for at once ten consecutive numbers, none reused or skipped', async () => {
    const w = await workshop();
    const orders = [];
    for (let i = 0; i < 10; i++) orders.push(await w.clerk.ok('orders.create', intakeInput({ imei: validImei(`3529061112340${i}`) })));
    const issued = await Promise.all(
      orders.map((o, i) =>
        w.technician.ok('orders.conditionAct', {
          orderId: o.order.id,
          language: (['en', 'ru', 'he'] as const)[i % 3],
          findings: { defectConfirmed: false, defect: 'No fault found after 24 h test', cause: 'no_fault_found', repairability: 'repairable' },
        }),
      ),
    );
    expect(issued.map((d) => d.number).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `TC-2026-${String(i + 1).padStart(5, '0')}`));
  });
});
