import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import writeFileAtomic from 'write-file-atomic';
import { DomainError } from '../../shared/result.js';
import { LOGO_MAX_BYTES, type Settings } from '../../shared/schemas/settings.js';
import type { LetterheadProfile } from '../documents/letterhead.js';
import type { Handlers } from '../ipc/handlers.js';
import { fsyncFolder } from '../store/durableJsonFile.js';
import type { SettingsRecord } from '../store/store.js';
import { type ServiceContext, requireActor } from './context.js';
import { currentSettings } from './settings.js';

/** PNG and JPEG by their first bytes; anything else is refused. */
function imageType(bytes: Buffer): 'png' | 'jpeg' | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

/** The workshop profile as the letterhead draws it: with the logo's bytes when there is a logo. */
export function letterheadProfile(ctx: ServiceContext, settings: Settings = currentSettings(ctx)): LetterheadProfile {
  if (!settings.logo) return settings.workshop;
  try {
    const logo = readFileSync(join(ctx.store.dataDir, settings.logo.file));
    if (createHash('sha256').update(logo).digest('hex') !== settings.logo.sha256) return settings.workshop;
    return { ...settings.workshop, logo };
  } catch {
    // A missing or damaged logo must not stop a document from being printed.
    return settings.workshop;
  }
}

export function workshopLogoHandlers(ctx: ServiceContext): Pick<Handlers, 'settings.setLogo'> {
  return {
    'settings.setLogo': ({ actorId, imageBase64 }) =>
      ctx.store.exclusive(async () => {
        requireActor(ctx, actorId, ['manager']);
        const current = currentSettings(ctx);
        let logo: Settings['logo'];
        if (imageBase64) {
          const bytes = Buffer.from(imageBase64, 'base64');
          if (bytes.byteLength > LOGO_MAX_BYTES) throw new DomainError('validation', `The logo may be at most ${LOGO_MAX_BYTES / 1024} KB.`, { imageBase64: 'too_large' });
          const type = imageType(bytes);
          if (!type) throw new DomainError('validation', 'The logo must be a PNG or JPEG image.', { imageBase64: 'not_an_image' });
          try {
            // pdfkit must be able to draw it: a damaged file is refused now, not at the next print.
            (new PDFDocument() as unknown as { openImage(src: Buffer): unknown }).openImage(bytes);
          } catch {
            throw new DomainError('validation', 'The image cannot be read.', { imageBase64: 'not_an_image' });
          }
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          const file = join('profile', `logo-${sha256.slice(0, 12)}.${type === 'png' ? 'png' : 'jpg'}`);
          const absolute = join(ctx.store.dataDir, file);
          await mkdir(dirname(absolute), { recursive: true });
          await writeFileAtomic(absolute, bytes, { fsync: true });
          await fsyncFolder(dirname(absolute));
          logo = { file, type, sha256, bytes: bytes.byteLength };
        }
        const record: SettingsRecord = { ...current, logo, id: 'settings' };
        if (ctx.store.settings.get('settings')) await ctx.store.settings.replace(record);
        else await ctx.store.settings.insert(record);
        return currentSettings(ctx);
      }),
  };
}
