import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChannelInput } from '../../shared/channels.js';
import { intakeInput, type Member, openBackend, staffedWorkshop } from '../platform/helpers.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));

/** A 640 × 480 JPEG as Chromium's canvas makes it, and its 160 × 120 thumbnail. */
export const UNIT_JPEG = fixture('unit.jpg');
export const UNIT_THUMB = fixture('unit-thumb.jpg');
export const UNIT_PNG = fixture('unit.png');

/** A JPEG with an EXIF segment naming where it was taken, as a phone's camera writes it. */
export function withExifLocation(jpeg: Buffer): Buffer {
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.from('GPSLatitude=32.0853;GPSLongitude=34.7818', 'latin1')]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

export function photoInput(orderId: string, changes: Partial<ChannelInput<'evidence.photos.add'>> = {}): ChannelInput<'evidence.photos.add'> {
  return { orderId, source: 'camera', photoBase64: UNIT_JPEG.toString('base64'), thumbnailBase64: UNIT_THUMB.toString('base64'), ...changes };
}

/** A workshop with its staff and one order just taken in by the clerk. */
export async function workshopWithOrder(input: Partial<ChannelInput<'orders.create'>> = {}) {
  const t = await openBackend();
  const staff = await staffedWorkshop(t);
  const { order } = await staff.clerk.ok('orders.create', { ...intakeInput({ name: 'Dana Levi', phone: '054-777-1234' }), ...input });
  return { t, ...staff, order };
}

/** Every file under the data folder's evidence/ (relative). */
export async function evidenceFiles(dataDir: string): Promise<string[]> {
  const entries = await readdir(join(dataDir, 'evidence'), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dataDir.length + 1)).sort();
}

/** A signature of a few strokes on a 400 × 150 pad. */
export const DRAWN = {
  width: 400,
  height: 150,
  strokes: [
    [20, 100, 40, 60, 60, 40, 80, 60, 90, 100, 110, 70, 130, 50, 150, 90],
    [170, 110, 200, 40, 230, 110, 260, 40, 290, 110],
    [300, 80, 380, 80],
  ],
};

export type { Member };
