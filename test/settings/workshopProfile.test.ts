import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { logoPng } from '../../build/samplePng.js';
import { intakeInput, openBackend, pdfText, staffedWorkshop } from '../platform/helpers.js';

/** An all-transparent RGBA PNG: 7000 × 7000 pixels deflate to under 200 KB. */
function transparentPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(8 + data.length + 4);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(crc32(body), 8 + data.length);
    return frame;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(height * (1 + width * 4)), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function workshop() {
  const t = await openBackend({ now: () => new Date('2026-06-01T08:00:00Z') });
  const staff = await staffedWorkshop(t);
  return { t, ...staff };
}

describe('the workshop profile on documents', () => {
  it('prints the legal details, contacts and the per-language texts the workshop wrote on the intake act', async () => {
    const { manager, clerk } = await workshop();
    await manager.ok('settings.update', {
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
    const order = await clerk.ok('orders.create', intakeInput());
    const act = await clerk.ok('orders.intakeAct', { orderId: order.order.id, language: 'ru' });
    const text = (await pdfText(Buffer.from((await manager.ok('documents.content', { id: act.id })).pdfBase64, 'base64'))).replace(/\s+/g, ' ');
    for (const expected of [
      'ОГРН 1027700132195',
      'remont.example',
      'БИК 044525225',
      'Диагностика бесплатна',
      'Хранение невостребованных изделий: Невостребованное изделие хранится 60 дней.',
      'Данные на изделии: Сервис не восстанавливает данные.',
      // The intake act is signed for the workshop by who took the unit in, by name and position (Decree 1514 asks
      // for both: docs/required-content.md); the workshop's signatory signs the completion and loan acts.
      'Приёмщик',
    ]) {
      expect(text).toContain(expected);
    }
    // Another language keeps its default texts.
    const en = await clerk.ok('orders.intakeAct', { orderId: order.order.id, language: 'en' });
    expect(await pdfText(Buffer.from((await manager.ok('documents.content', { id: en.id })).pdfBase64, 'base64'))).toContain('90 days after notifying');
  });

  it('keeps a logo in the data folder and draws it on new documents', async () => {
    const { t, manager, clerk } = await workshop();
    const settings = await manager.ok('settings.setLogo', { imageBase64: logoPng(40, 20).toString('base64') });
    expect(settings.logo).toMatchObject({ type: 'png', file: expect.stringMatching(/^profile\/logo-[0-9a-f]{12}\.png$/) });
    const order = await clerk.ok('orders.create', intakeInput());
    const act = await clerk.ok('orders.intakeAct', { orderId: order.order.id, language: 'he' });
    const images = execFileSync('pdfimages', ['-list', join(t.dataDir, act.file)], { encoding: 'utf8' }).trim().split('\n').slice(2);
    // The logo on each of the two copies, 40 × 20 pixels.
    expect(images.length).toBeGreaterThanOrEqual(2);
    expect(images[0]).toMatch(/\s40\s+20\s/);

    // A new logo replaces the old one's file; removing the logo removes its file.
    const replaced = await manager.ok('settings.setLogo', { imageBase64: logoPng(60, 30).toString('base64') });
    expect(existsSync(join(t.dataDir, settings.logo!.file))).toBe(false);
    expect(existsSync(join(t.dataDir, replaced.logo!.file))).toBe(true);
    const removed = await manager.ok('settings.setLogo', { imageBase64: '' });
    expect(removed.logo).toBeUndefined();
    expect(readdirSync(join(t.dataDir, 'profile'))).toEqual([]);
    // The act issued with the first logo still shows it.
    expect(execFileSync('pdfimages', ['-list', join(t.dataDir, act.file)], { encoding: 'utf8' })).toMatch(/\s40\s+20\s/);
  });

  it('refuses what is not a PNG or JPEG, a file too large, and a clerk', async () => {
    const { t, manager, clerk } = await workshop();
    const gif = Buffer.from('GIF89a\u0001\u0000\u0001\u0000', 'latin1').toString('base64');
    expect(await manager.call('settings.setLogo', { imageBase64: gif })).toMatchObject({ ok: false, error: { fields: { imageBase64: 'not_an_image' } } });
    const broken = Buffer.concat([logoPng(40, 20).subarray(0, 30)]).toString('base64');
    expect(await manager.call('settings.setLogo', { imageBase64: broken })).toMatchObject({ ok: false, error: { fields: { imageBase64: 'not_an_image' } } });
    const huge = Buffer.concat([logoPng(40, 20), Buffer.alloc(300 * 1024)]).toString('base64');
    expect(await manager.call('settings.setLogo', { imageBase64: huge })).toMatchObject({ ok: false, error: { code: 'validation', fields: { imageBase64: 'too_large' } } });
    // A few kilobytes may hold millions of pixels, decoded for every document: refused by the header's size.
    for (const [width, height] of [[1501, 40], [300, 601]]) {
      expect(await manager.call('settings.setLogo', { imageBase64: logoPng(width, height).toString('base64') })).toMatchObject({
        ok: false,
        error: { code: 'validation', fields: { imageBase64: 'too_many_pixels' } },
      });
    }
    const transparent = transparentPng(7000, 7000);
    expect(transparent.byteLength).toBeLessThan(256 * 1024);
    expect(await manager.call('settings.setLogo', { imageBase64: transparent.toString('base64') })).toMatchObject({
      error: { fields: { imageBase64: 'too_many_pixels' } },
    });
    // A JPEG's size is in its start-of-frame marker (here after an APP0 segment).
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x1b, 0x58, 0x1b, 0x58, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9]);
    expect(await manager.call('settings.setLogo', { imageBase64: jpeg.toString('base64') })).toMatchObject({
      error: { fields: { imageBase64: 'too_many_pixels' } },
    });
    await manager.ok('settings.setLogo', { imageBase64: logoPng(1500, 600).toString('base64') });
    await manager.ok('settings.setLogo', { imageBase64: '' });
    expect(await clerk.call('settings.setLogo', { imageBase64: logoPng(40, 20).toString('base64') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await t.public.ok('settings.get', {})).logo).toBeUndefined();
  });
});
