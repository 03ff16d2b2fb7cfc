import { describe, expect, it } from 'vitest';
import { type Member, openBackend, pdfText, staffedWorkshop, validImei } from '../platform/helpers.js';

const clean = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');

async function repairedUnit() {
  const clock = { now: new Date('2026-03-01T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const { manager, clerk, technician } = await staffedWorkshop(t);
  await manager.ok('settings.update', { ruleProfile: 'ru', workshop: { name: 'FixPoint Service Centre' } });
  const view = await clerk.ok('orders.create', {
    customer: { name: 'Иван Петров', phones: ['+7 912 555-01-02'] },
    device: { category: 'Washing machine', brand: 'Bosch', model: 'WAN28281', serial: 'FD9807-123456', imei: validImei(), purchaseDate: '2025-06-01', warrantyMonths: 12 },
    intake: { statedDefect: 'Не сливает воду', warrantyBasis: 'manufacturer' },
  });
  const id = view.order.id;
  for (const to of ['diagnosing', 'in_repair', 'ready'] as const) await technician.ok('orders.transition', { id, to });
  await technician.ok('orders.setLines', {
    id,
    workLines: [{ description: 'Замена насоса', unitPrice: 0, warrantyDays: 90 }],
    partLines: [{ name: 'Насос сливной', sku: 'PMP-281', unitPrice: 0, warrantyDays: 180 }],
  });
  clock.now = new Date('2026-03-20T12:00:00Z');
  await clerk.ok('orders.transition', { id, to: 'issued', outcome: 'repaired' });
  return { t, clock, manager, clerk, view };
}

async function text(reader: Member, id: string) {
  const { pdfBase64 } = await reader.ok('documents.content', { id });
  return clean(await pdfText(Buffer.from(pdfBase64, 'base64')));
}

describe('warranty certificate', () => {
  it('states the period, the end with its basis, in Russian, English and Hebrew', async () => {
    const { clerk, view } = await repairedUnit();
    const expected = {
      ru: ['Гарантийный талон', 'покупка 01.06.2025 + 12 месяцев + 19 дней в ремонте', '20.06.2026'],
      en: ['Warranty certificate', 'purchase 01/06/2025 + 12 months + 19 days in repair', '20/06/2026'],
      he: ['תעודת אחריות', 'סוף האחריות', '20.06.2026'],
    };
    for (const language of ['ru', 'en', 'he'] as const) {
      const doc = await clerk.ok('warranty.certificate', { deviceId: view.device.id, language });
      const content = await text(clerk, doc.id);
      for (const part of [...expected[language], 'FD9807-123456', 'Иван Петров', 'FixPoint Service Centre', doc.number]) {
        expect(content, `${language}: ${part}`).toContain(part);
      }
    }
  });

  it('is the same document on a reprint, and a new one when the warranty end changes', async () => {
    const { clerk, manager, view } = await repairedUnit();
    const first = await clerk.ok('warranty.certificate', { deviceId: view.device.id, language: 'en' });
    expect(await clerk.ok('warranty.certificate', { deviceId: view.device.id, language: 'en' })).toEqual(first);
    await manager.ok('devices.update', { id: view.device.id, extendedUntil: '2028-06-01' });
    const second = await clerk.ok('warranty.certificate', { deviceId: view.device.id, language: 'en' });
    expect(second.number).not.toBe(first.number);
    expect(await text(clerk, second.id)).toContain('01/06/2028');
  });

  it('for a repair, lists the work and parts with their own warranty from hand-back', async () => {
    const { clerk, view } = await repairedUnit();
    const doc = await clerk.ok('warranty.certificate', { deviceId: view.device.id, orderId: view.order.id, language: 'ru' });
    const content = await text(clerk, doc.id);
    expect(content).toContain('Гарантийный талон на ремонт');
    expect(content).toContain('Замена насоса');
    expect(content).toContain('18.06.2026'); // 20.03.2026 + 90 days
    expect(content).toContain('Насос сливной (PMP-281)');
    // A part replaced in a warranty repair: the unit's 12 months from hand-back (Art. 20 p.4), longer than its 180 days.
    expect(content).toContain('20.03.2027');
  });
});

describe('warranty void notice', () => {
  it('prints the reason and the evidence, only while the warranty is void', async () => {
    const { clerk, manager, view } = await repairedUnit();
    const notVoid = await clerk.call('warranty.voidNotice', { deviceId: view.device.id, language: 'en' });
    expect(notVoid).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await manager.ok('warranty.void', { deviceId: view.device.id, reason: 'liquid_damage', note: 'Следы жидкости на плате управления' });
    for (const [language, words] of [
      ['ru', ['Уведомление о снятии с гарантии', 'Попадание жидкости']],
      ['he', ['הודעה על ביטול אחריות', 'חדירת נוזלים']],
      ['en', ['Notice of warranty void', 'Liquid damage']],
    ] as const) {
      const doc = await clerk.ok('warranty.voidNotice', { deviceId: view.device.id, language });
      const content = await text(clerk, doc.id);
      for (const word of [...words, 'Следы жидкости на плате управления', 'Sarah Cohen', 'FD9807-123456']) expect(content, `${language}: ${word}`).toContain(word);
    }
    expect((await manager.ok('documents.forDevice', { deviceId: view.device.id })).map((d) => d.kind)).toEqual(['void_notice', 'void_notice', 'void_notice']);
  });
});
