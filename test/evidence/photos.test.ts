import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot } from '../platform/helpers.js';
import { evidenceFiles, photoInput, UNIT_JPEG, UNIT_PNG, UNIT_THUMB, withExifLocation, workshopWithOrder } from './evidence.js';

describe('photos of the unit', () => {
  it('a camera photo is stored as files in the data folder, hashed, stamped and listed on the order with its thumbnail', async () => {
    const w = await workshopWithOrder();
    const photo = await w.clerk.ok('evidence.photos.add', photoInput(w.order.id));
    expect(photo).toMatchObject({ orderId: w.order.id, stage: 'intake', source: 'camera', width: 640, height: 480, takenBy: w.clerk.id, bytes: UNIT_JPEG.length });
    expect(photo.file).toMatch(/^evidence\/\d{4}\/\d{2}\/[0-9A-Z]{26}\.jpg$/);
    const stored = await readFile(join(w.t.dataDir, photo.file));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(photo.sha256);
    expect(await evidenceFiles(w.t.dataDir)).toEqual([photo.file, photo.thumbnail].sort());
    // Not in the JSON: the record names the files, it holds none of their bytes.
    await w.t.backend.store.flush();
    const json = [...(await snapshot(w.t.dataDir)).values()].join('');
    expect(json).toContain(photo.sha256);
    expect(json).not.toContain(UNIT_JPEG.toString('base64').slice(0, 200));

    const evidence = await w.technician.ok('evidence.forOrder', { orderId: w.order.id });
    expect(evidence.photos).toHaveLength(1);
    expect(Buffer.from(evidence.photos[0].thumbnailBase64, 'base64').equals(UNIT_THUMB)).toBe(true);
    const full = await w.technician.ok('evidence.photos.content', { id: photo.id });
    expect(Buffer.from(full.jpegBase64, 'base64').equals(UNIT_JPEG)).toBe(true);

    // Later stages are stamped by where the order stands.
    await w.technician.ok('orders.transition', { id: w.order.id, to: 'diagnosing' });
    expect((await w.technician.ok('evidence.photos.add', photoInput(w.order.id))).stage).toBe('diagnosis');
    await w.technician.ok('orders.transition', { id: w.order.id, to: 'ready' });
    expect((await w.clerk.ok('evidence.photos.add', photoInput(w.order.id, { source: 'file', fileName: 'back cover.png', photoBase64: UNIT_PNG.toString('base64') }))).stage).toBe('hand_back');
  });

  it('the location a camera wrote into an attached file is not kept', async () => {
    const w = await workshopWithOrder();
    const located = withExifLocation(UNIT_JPEG);
    expect(located.toString('latin1')).toContain('GPSLatitude');
    const photo = await w.clerk.ok('evidence.photos.add', photoInput(w.order.id, { source: 'file', fileName: 'IMG_2041.jpg', photoBase64: located.toString('base64') }));
    const stored = await readFile(join(w.t.dataDir, photo.file));
    expect(stored.toString('latin1')).not.toContain('GPS');
    expect(stored.equals(UNIT_JPEG)).toBe(true);
  });

  it('a huge file, a non-image with an image name, a name that is a path, a wrong thumbnail: refused on their field, nothing stored', async () => {
    const w = await workshopWithOrder();
    await w.t.backend.store.flush();
    const before = await snapshot(w.t.dataDir);
    const refusals: Array<[Parameters<typeof photoInput>[1], Record<string, string>]> = [
      // 3 MB and one byte more than a stored photo may be.
      [{ photoBase64: Buffer.concat([UNIT_JPEG, Buffer.alloc(3 * 1024 * 1024)]).toString('base64') }, { photoBase64: 'too_large' }],
      [{ source: 'file', fileName: 'photo.jpg', photoBase64: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n').toString('base64') }, { photoBase64: 'not_an_image' }],
      [{ photoBase64: UNIT_JPEG.subarray(0, 300).toString('base64') }, { photoBase64: 'not_an_image' }],
      [{ source: 'file', fileName: '../../settings.json.jpg' }, { fileName: 'unsafe_name' }],
      [{ source: 'file', fileName: 'C:\\Windows\\evil.jpg' }, { fileName: 'unsafe_name' }],
      [{ source: 'file', fileName: 'invoice\u202Egpj.exe' }, { fileName: 'unsafe_name' }],
      [{ thumbnailBase64: UNIT_JPEG.toString('base64') }, { thumbnailBase64: 'too_large' }],
    ];
    for (const [changes, fields] of refusals) {
      const result = await w.clerk.call('evidence.photos.add', photoInput(w.order.id, changes));
      expect(result.ok ? 'stored' : result.error.fields, JSON.stringify(fields)).toEqual(fields);
    }
    await w.t.backend.store.flush();
    expect(await snapshot(w.t.dataDir)).toEqual(before);
    expect(await evidenceFiles(w.t.dataDir)).toEqual([]);
    expect((await w.clerk.ok('evidence.forOrder', { orderId: w.order.id })).photos).toEqual([]);
  });

  it('an order takes at most 30 photos', async () => {
    const w = await workshopWithOrder();
    for (let i = 0; i < 30; i++) await w.clerk.ok('evidence.photos.add', photoInput(w.order.id));
    const result = await w.clerk.call('evidence.photos.add', photoInput(w.order.id));
    expect(result.ok ? undefined : result.error.fields).toEqual({ orderId: 'too_many' });
    expect(await evidenceFiles(w.t.dataDir)).toHaveLength(60);
  });
});
