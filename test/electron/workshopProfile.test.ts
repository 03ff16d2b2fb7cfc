import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logoPng } from '../../build/samplePng.js';
import { intakeInput, openBackend, pdfText, staffedWorkshop } from '../helpers.js';

async function workshop() {
  const t = await openBackend({ now: () => new Date('2026-06-01T08:00:00Z') });
  const staff = await staffedWorkshop(t);
  return { t, ...staff };
}

describe('the workshop profile on documents', () => {
  it('prints the legal details, contacts and the per-language texts the workshop wrote on the intake act', async () => {
    const { t, manager, clerk } = await workshop();
    await t.ok('settings.update', {
      actorId: manager.id,
      workshop: {
        name: 'Сервис «Ремонт»',
        legalName: 'ООО «Ремонт»',
        taxId: '7701234567',
        registration: 'ОГРН 1027700132195',
        address: 'Москва, ул. Ленина, 1',
        phone: '+7 495 555-01-01',
        email: 'service@remont.example',
        website: 'remont.example',
        bankDetails: 'р/с 40702810900000000001, БИК 044525225',
        signatory: 'И. И. Иванов',
      },
      intakeTerms: { ru: 'Диагностика бесплатна при ремонте в сервисе.' },
      storageTerms: { ru: 'Невостребованное изделие хранится 60 дней.' },
      dataLossTerms: { ru: 'Сервис не восстанавливает данные.' },
    });
    const order = await t.ok('orders.create', intakeInput(clerk.id));
    const act = await t.ok('documents.intakeAct', { actorId: clerk.id, orderId: order.order.id, language: 'ru' });
    const text = (await pdfText(Buffer.from((await t.ok('documents.content', { id: act.id })).pdfBase64, 'base64'))).replace(/\s+/g, ' ');
    for (const expected of [
      'ОГРН 1027700132195',
      'remont.example',
      'БИК 044525225',
      'Диагностика бесплатна',
      'Хранение невостребованных изделий: Невостребованное изделие хранится 60 дней.',
      'Данные на изделии: Сервис не восстанавливает данные.',
      'И. И. Иванов',
    ]) {
      expect(text).toContain(expected);
    }
    // Another language keeps its default texts.
    const en = await t.ok('documents.intakeAct', { actorId: clerk.id, orderId: order.order.id, language: 'en' });
    expect(await pdfText(Buffer.from((await t.ok('documents.content', { id: en.id })).pdfBase64, 'base64'))).toContain('90 days after notifying');
  });

  it('keeps a logo in the data folder and draws it on new documents', async () => {
    const { t, manager, clerk } = await workshop();
    const settings = await t.ok('settings.setLogo', { actorId: manager.id, imageBase64: logoPng(40, 20).toString('base64') });
    expect(settings.logo).toMatchObject({ type: 'png', file: expect.stringMatching(/^profile\/logo-[0-9a-f]{12}\.png$/) });
    const order = await t.ok('orders.create', intakeInput(clerk.id));
    const act = await t.ok('documents.intakeAct', { actorId: clerk.id, orderId: order.order.id, language: 'he' });
    const images = execFileSync('pdfimages', ['-list', join(t.dataDir, act.file)], { encoding: 'utf8' }).trim().split('\n').slice(2);
    // The logo on each of the two copies, 40 × 20 pixels.
    expect(images.length).toBeGreaterThanOrEqual(2);
    expect(images[0]).toMatch(/\s40\s+20\s/);

    const removed = await t.ok('settings.setLogo', { actorId: manager.id, imageBase64: '' });
    expect(removed.logo).toBeUndefined();
  });

  it('refuses what is not a PNG or JPEG, a file too large, and a clerk', async () => {
    const { t, manager, clerk } = await workshop();
    const gif = Buffer.from('GIF89a\u0001\u0000\u0001\u0000', 'latin1').toString('base64');
    expect(await t.call('settings.setLogo', { actorId: manager.id, imageBase64: gif })).toMatchObject({ ok: false, error: { fields: { imageBase64: 'not_an_image' } } });
    const broken = Buffer.concat([logoPng(40, 20).subarray(0, 30)]).toString('base64');
    expect(await t.call('settings.setLogo', { actorId: manager.id, imageBase64: broken })).toMatchObject({ ok: false, error: { fields: { imageBase64: 'not_an_image' } } });
    const huge = Buffer.concat([logoPng(40, 20), Buffer.alloc(300 * 1024)]).toString('base64');
    expect(await t.call('settings.setLogo', { actorId: manager.id, imageBase64: huge })).toMatchObject({ ok: false, error: { code: 'validation', fields: { imageBase64: 'too_large' } } });
    expect(await t.call('settings.setLogo', { actorId: clerk.id, imageBase64: logoPng(40, 20).toString('base64') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await t.ok('settings.get', {})).logo).toBeUndefined();
  });
});
