import { createHash } from 'node:crypto';
import { workshopCountry } from '../../shared/customers/index.js';
import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { writeFileDurably } from '../platform/store/durableWrite.js';
import { DomainError } from '../../shared/platform/result.js';
import { LOGO_MAX_BYTES, LOGO_MAX_PIXELS, type Settings } from '../../shared/settings/schemas.js';
import type { LetterheadProfile } from '../platform/pdf/letterhead.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { fsyncFolder } from '../platform/store/durableJsonFile.js';
import type { SettingsRecord } from '../platform/store/store.js';
import { type ServiceContext, requireRole } from '../platform/context.js';
import { currentSettings } from './settings.js';

/** PNG and JPEG by their first bytes; anything else is refused. */
function imageType(bytes: Buffer): 'png' | 'jpeg' | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

/**
 * The width and height an image's header gives: PNG from its IHDR chunk, JPEG from its first start-of-frame
 * marker. Undefined when the header cannot be read.
 */
export function imageSize(bytes: Buffer, type: 'png' | 'jpeg'): { width: number; height: number } | undefined {
  if (type === 'png') {
    if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return undefined;
}

/** The workshop profile as the letterhead draws it: with the logo's bytes when there is a logo. */
export function letterheadProfile(ctx: ServiceContext, settings: Settings = currentSettings(ctx)): LetterheadProfile {
  const workshop = { ...settings.workshop, phoneCountry: workshopCountry(settings), ruleProfile: settings.ruleProfile, dates: { formatEn: settings.dateFormatEn, timeZone: settings.timeZone } };
  if (!settings.logo) return workshop;
  try {
    const logo = readFileSync(join(ctx.store.dataDir, settings.logo.file));
    if (createHash('sha256').update(logo).digest('hex') !== settings.logo.sha256) return workshop;
    return { ...workshop, logo };
  } catch {
    // A missing or damaged logo must not stop a document from being printed.
    return workshop;
  }
}

export function workshopLogoHandlers(ctx: ServiceContext): Pick<Handlers, 'settings.setLogo'> {
  return {
    'settings.setLogo': ({ imageBase64 }, caller) =>
      ctx.store.exclusive(async () => {
        requireRole(ctx, caller, 'settings.change');
        const current = currentSettings(ctx);
        let logo: Settings['logo'];
        if (imageBase64) {
          const bytes = Buffer.from(imageBase64, 'base64');
          if (bytes.byteLength > LOGO_MAX_BYTES) throw new DomainError('validation', `The logo may be at most ${LOGO_MAX_BYTES / 1024} KB.`, { imageBase64: 'too_large' });
          const type = imageType(bytes);
          if (!type) throw new DomainError('validation', 'The logo must be a PNG or JPEG image.', { imageBase64: 'not_an_image' });
          const size = imageSize(bytes, type);
          if (!size) throw new DomainError('validation', 'The image cannot be read.', { imageBase64: 'not_an_image' });
          // Every document decodes the logo: a few kilobytes may hold millions of pixels.
          if (size.width > LOGO_MAX_PIXELS.width || size.height > LOGO_MAX_PIXELS.height) {
            throw new DomainError('validation', `The logo may be at most ${LOGO_MAX_PIXELS.width} × ${LOGO_MAX_PIXELS.height} pixels.`, { imageBase64: 'too_many_pixels' });
          }
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
          await writeFileDurably(absolute, bytes);
          await fsyncFolder(dirname(absolute));
          logo = { file, type, sha256, bytes: bytes.byteLength };
        }
        const record: SettingsRecord = { ...current, logo, id: 'settings' };
        if (ctx.store.settings.get('settings')) await ctx.store.settings.replace(record);
        else await ctx.store.settings.insert(record);
        // The logo replaced is no longer drawn anywhere (issued PDFs hold their own copy): its file goes.
        if (current.logo && current.logo.file !== logo?.file) await rm(join(ctx.store.dataDir, current.logo.file), { force: true }).catch(() => undefined);
        return currentSettings(ctx);
      }),
  };
}
