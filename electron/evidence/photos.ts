import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ChannelParsedInput } from '../../shared/channels.js';
import { PHOTO_LIMITS } from '../../shared/evidence/limits.js';
import type { OrderPhoto, PhotoStage } from '../../shared/evidence/schemas.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import { DomainError, type FieldErrors } from '../../shared/platform/result.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { type DurableFs, fsyncFolder, nodeFs, writeFileDurably } from '../platform/store/durableWrite.js';
import { getOrder } from '../orders/index.js';
import { dimensionsOf, type ImageType, imageTypeOf, stripJpegMetadata, stripPngMetadata } from './images.js';

/** The stage a photo is taken at, from where the order stands. */
export function stageOf(order: RepairOrder): PhotoStage {
  if (order.status === 'received') return 'intake';
  if (order.status === 'ready' || order.status === 'issued') return 'hand_back';
  return 'diagnosis';
}

/** An image as stored: its type read from its bytes, its metadata left out, its size in pixels; or why not. */
function checkedImage(base64: string, field: string, limits: { maxBytes: number; maxEdge: number }): { bytes: Buffer; type: ImageType; width: number; height: number } {
  const raw = Buffer.from(base64, 'base64');
  if (raw.byteLength > limits.maxBytes) throw new DomainError('validation', `The image may be at most ${Math.round(limits.maxBytes / 1024)} KB.`, { [field]: 'too_large' });
  const type = imageTypeOf(raw);
  const bytes = type === 'jpeg' ? stripJpegMetadata(raw) : type === 'png' ? stripPngMetadata(raw) : undefined;
  const size = type && bytes ? dimensionsOf(bytes, type) : undefined;
  if (!type || !bytes || !size) throw new DomainError('validation', 'Not a JPEG or PNG image.', { [field]: 'not_an_image' });
  if (Math.max(size.width, size.height) > limits.maxEdge) {
    throw new DomainError('validation', `The image may be at most ${limits.maxEdge} pixels on its long side.`, { [field]: 'too_large' });
  }
  return { bytes, type, ...size };
}

/**
 * Add a photo of an order's unit. Checked whole before anything is written (type by its bytes, size, pixels, the
 * order's count); the two files are written durably, then the record: a failure leaves no record, and files
 * without a record are removed. The files are named by the photo's id, never by the name of the file attached.
 */
export async function addPhoto(ctx: ServiceContext, caller: Caller, input: ChannelParsedInput<'evidence.photos.add'>, io: DurableFs = nodeFs): Promise<OrderPhoto> {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller);
    const order = getOrder(ctx, input.orderId);
    const problems: FieldErrors = {};
    const check = <T>(field: string, run: () => T): T | undefined => {
      try {
        return run();
      } catch (error) {
        if (!(error instanceof DomainError) || !error.fields) throw error;
        Object.assign(problems, error.fields);
        return undefined;
      }
    };
    const photo = check('photoBase64', () => checkedImage(input.photoBase64, 'photoBase64', PHOTO_LIMITS));
    const thumbnail = check('thumbnailBase64', () => checkedImage(input.thumbnailBase64, 'thumbnailBase64', { maxBytes: PHOTO_LIMITS.thumbMaxBytes, maxEdge: PHOTO_LIMITS.thumbEdge }));
    if (photosOf(ctx, order.id).length >= PHOTO_LIMITS.perOrder) problems.orderId = 'too_many';
    if (!photo || !thumbnail || Object.keys(problems).length) throw new DomainError('validation', 'The photo cannot be kept.', problems);

    const id = ctx.newId();
    const takenAt = nowIso(ctx);
    const folder = join('evidence', takenAt.slice(0, 4), takenAt.slice(5, 7));
    const extension = (type: ImageType) => (type === 'png' ? 'png' : 'jpg');
    const record: OrderPhoto = {
      id,
      orderId: order.id,
      stage: input.stage ?? stageOf(order),
      source: input.source,
      fileName: input.fileName || undefined,
      file: join(folder, `${id}.${extension(photo.type)}`),
      thumbnail: join(folder, `${id}-thumb.${extension(thumbnail.type)}`),
      sha256: createHash('sha256').update(photo.bytes).digest('hex'),
      bytes: photo.bytes.byteLength,
      width: photo.width,
      height: photo.height,
      takenAt,
      takenBy: caller.id,
    };
    const absolute = (file: string) => join(ctx.store.dataDir, file);
    try {
      await mkdir(absolute(folder), { recursive: true });
      await writeFileDurably(absolute(record.file), photo.bytes, io);
      await writeFileDurably(absolute(record.thumbnail), thumbnail.bytes, io);
      await fsyncFolder(dirname(absolute(record.file)), io);
      return await ctx.store.photos.insert(record);
    } catch (error) {
      // A full disk, a failing one: the files of a photo that was not kept go (the record was not written).
      await Promise.all([rm(absolute(record.file), { force: true }), rm(absolute(record.thumbnail), { force: true })]).catch(() => undefined);
      throw error;
    }
  });
}

/** An order's photos, oldest first. */
export function photosOf(ctx: ServiceContext, orderId: string): OrderPhoto[] {
  return ctx.store.photos.byKey('order', (p) => [p.orderId], orderId).slice().sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id));
}

/** A photo's thumbnail bytes, for the screen and the intake act's contact sheet; undefined when the file is gone. */
export function thumbnailOf(ctx: ServiceContext, photo: OrderPhoto): Buffer | undefined {
  try {
    return readFileSync(join(ctx.store.dataDir, photo.thumbnail));
  } catch {
    return undefined;
  }
}

/** A photo at full size, checked against the checksum it was stored with. */
export async function photoContent(ctx: ServiceContext, id: string): Promise<{ photo: OrderPhoto; jpegBase64: string }> {
  const photo = ctx.store.photos.get(id);
  if (!photo) throw new DomainError('not_found', 'No such photo.', { id: 'not_found' });
  const bytes = await readFile(join(ctx.store.dataDir, photo.file)).catch(() => undefined);
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== photo.sha256) {
    throw new DomainError('storage', 'The stored photo is missing, altered or damaged.');
  }
  return { photo, jpegBase64: bytes.toString('base64') };
}
