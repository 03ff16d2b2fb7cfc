import { describe, expect, it } from 'vitest';
import { REGISTRATION_LABELS } from '../../shared/rules/index.js';
import { documentTexts } from '../../electron/platform/pdf/texts.js';
import { intakeInput, openBackend, pdfText, staffedWorkshop } from '../platform/helpers.js';

const normalise = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');

describe("the workshop's registration numbers on its documents", () => {
  it.each([
    ['ru', 'ИНН 7701234567', 'ОГРН 1027700132195'],
    ['il', 'Номер плательщика НДС Израиля 515123456', 'Номер компании в Израиле 51-512345-6'],
    ['uk', 'Номер плательщика НДС 123456789', 'Номер компании 01234567'],
    ['eu', 'Номер плательщика НДС 123456789', 'Номер компании 01234567'],
  ] as const)('under the %s profile a Russian intake act names them as that law does', async (profile, taxLine, registrationLine) => {
    const t = await openBackend({ now: () => new Date('2026-03-10T09:30:00Z') });
    const { clerk, manager } = await staffedWorkshop(t);
    const [taxId, registration] = [taxLine, registrationLine].map((line) => line.split(' ').at(-1));
    await manager.ok('settings.update', { ruleProfile: profile, workshop: { name: 'FixPoint', taxId, registration } });
    const view = await clerk.ok('orders.create', intakeInput());
    const document = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'ru' });
    const text = normalise(await pdfText(Buffer.from((await clerk.ok('documents.content', { id: document.id })).pdfBase64, 'base64')));
    expect(text).toContain(taxLine);
    expect(text).toContain(registrationLine);
    // An Israeli, British or European company number is never called ИНН.
    if (profile !== 'ru') expect(text).not.toContain('ИНН');
  });

  it('keeps a registration number typed with its name as typed, and every label has its source and a text in each language', async () => {
    const t = await openBackend({ now: () => new Date('2026-03-10T09:30:00Z') });
    const { clerk, manager } = await staffedWorkshop(t);
    await manager.ok('settings.update', { ruleProfile: 'il', workshop: { name: 'FixPoint', taxId: '515123456', registration: 'Company No. 51-512345-6' } });
    const view = await clerk.ok('orders.create', intakeInput());
    const document = await clerk.ok('orders.intakeAct', { orderId: view.order.id, language: 'he' });
    const text = normalise(await pdfText(Buffer.from((await clerk.ok('documents.content', { id: document.id })).pdfBase64, 'base64')));
    expect(text).toContain('Company No. 51-512345-6');
    expect(text).not.toContain('ח.פ. Company');
    // (The label's last dot sits between the Hebrew and the number: pdftotext places it either side.)
    expect(text).toMatch(/ע\.מ\.? ?515123456/);
    expect(text).not.toContain(documentTexts('he')('common.taxId'));
    for (const labels of Object.values(REGISTRATION_LABELS)) {
      for (const { label, source } of [labels.taxId, ...(labels.registration ? [labels.registration] : [])]) {
        expect(source.length, label).toBeGreaterThan(10);
        for (const language of ['en', 'ru', 'he'] as const) expect(documentTexts(language)(`rules.registration.${label}`), `${label} in ${language}`).not.toMatch(/^rules\./);
      }
    }
  });
});
