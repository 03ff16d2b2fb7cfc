import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage, OrderPage } from './pages.js';
import { callHost, closeSession, documentContent, openSession, type startWebHost } from './host.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown) => callHost<T>(host, channel, input);

const CUSTOMERS = {
  en: { phone: '+44 7911 654321', name: 'Oliver Grant', serial: 'EV-EN-0001', category: 'Smartphone', brand: 'Google', model: 'Pixel 8', defect: 'Cracked screen, touch dead at the top' },
  he: { phone: '+972 54 777 2233', name: 'יעל כהן', serial: 'EV-HE-0002', category: 'טלפון', brand: 'Samsung', model: 'Galaxy A54', defect: 'המסך סדוק והמגע לא עובד למעלה' },
} as const;

beforeAll(async () => {
  // Chromium's fake camera: a moving test picture, and the permission granted without asking.
  ({ host, browser, page } = await openSession({ chromiumArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] }));
});
afterAll(() => closeSession({ host, browser }));

/** Take a photo with the camera dialog and wait until the order shows one more thumbnail. */
async function cameraPhoto(app: AppPage): Promise<void> {
  const { m } = app;
  const before = await page.locator('.thumbnails li').count();
  await page.getByRole('button', { name: m.evidence.photos.takePhoto }).click();
  const dialog = page.getByRole('dialog', { name: m.evidence.photos.camera });
  const capture = dialog.getByRole('button', { name: m.evidence.photos.capture });
  // The button comes alive once the camera's picture plays.
  await page.waitForFunction(() => (document.querySelector('video.camera-view') as HTMLVideoElement | null)?.videoWidth ?? 0 > 0);
  await expect.poll(() => capture.isEnabled()).toBe(true);
  await capture.click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.thumbnails li').nth(before).waitFor();
}

/** Sign on the pad with the mouse: a few strokes across it. */
async function drawSignature(): Promise<void> {
  const box = (await page.locator('canvas.signature-pad').boundingBox())!;
  const at = (x: number, y: number) => [box.x + x * box.width, box.y + y * box.height] as const;
  for (const stroke of [
    [[0.08, 0.7], [0.15, 0.3], [0.22, 0.65], [0.3, 0.25], [0.38, 0.7]],
    [[0.45, 0.6], [0.55, 0.35], [0.62, 0.6], [0.7, 0.4], [0.9, 0.5]],
  ]) {
    await page.mouse.move(...at(stroke[0][0], stroke[0][1]));
    await page.mouse.down();
    for (const [x, y] of stroke.slice(1)) await page.mouse.move(...at(x, y), { steps: 6 });
    await page.mouse.up();
  }
}

/** The page of a PDF as PNG under test-results/documents, to look at. */
function pagesAsPng(pdf: Buffer, name: string): void {
  mkdirSync('test-results/documents', { recursive: true });
  writeFileSync(`test-results/documents/${name}.pdf`, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', `test-results/documents/${name}.pdf`, `test-results/documents/${name}`]);
}

describe('intake evidence, end to end in Chromium', () => {
  for (const language of ['en', 'he'] as const) {
    it(`intake in ${language} with consent, an unlock pattern, two camera photos and a signature on screen: the act shows both`, async () => {
      const app = new AppPage(page);
      if (language === 'en') {
        await page.goto(host.url);
        await page.getByRole('heading', { name: app.m.firstRun.title }).waitFor();
        await app.startEmptyWorkshop('Sarah Cohen');
      } else await app.detectLanguage();
      await app.setLanguage(language);
      const { m } = app;
      const data = CUSTOMERS[language];

      // Intake: the customer says yes to messages by e-mail in their language; the pattern is drawn on the grid.
      await app.nav('intake');
      await page.getByLabel(m.intake.phone, { exact: true }).fill(data.phone);
      await page.getByLabel(m.intake.name, { exact: true }).fill(data.name);
      await page.getByLabel(m.notifications.consent, { exact: true }).selectOption('yes');
      await page.getByLabel(m.notifications.preferred, { exact: true }).selectOption('sms');
      await page.getByLabel(m.notifications.language, { exact: true }).selectOption(language);
      await page.getByLabel(m.device.serial, { exact: true }).fill(data.serial);
      await page.getByLabel(m.intake.category, { exact: true }).fill(data.category);
      await page.getByLabel(m.intake.brand, { exact: true }).fill(data.brand);
      await page.getByLabel(m.intake.model, { exact: true }).fill(data.model);
      await page.getByLabel(m.order.statedDefect, { exact: true }).fill(data.defect);
      await page.getByLabel(m.evidence.unlock.title, { exact: true }).selectOption('pattern');
      for (const dot of [1, 5, 9, 6]) await page.getByRole('button', { name: m.evidence.unlock.dot.replace('{{n}}', String(dot)), exact: true }).click();
      await expect.poll(() => page.getByLabel(m.evidence.unlock.pattern, { exact: true }).inputValue()).toBe('1-5-9-6');
      await app.screenshot(`evidence-intake-${language}`);
      await page.getByRole('button', { name: m.intake.submit }).click();
      const heading = page.locator('section.order h1 .mono');
      await heading.waitFor();
      const number = (await heading.textContent())!.trim();
      const { id } = await api<{ id: string }>('orders.find', { code: number });
      const { customer } = await api<{ customer: { notifyConsent?: boolean; notifyChannel?: string; notifyLanguage?: string } }>('orders.get', { id });
      expect(customer).toMatchObject({ notifyConsent: true, notifyChannel: 'sms', notifyLanguage: language });

      // Two photos with the PC's camera (Chromium's fake one).
      await cameraPhoto(app);
      await cameraPhoto(app);
      expect(await page.locator('.thumbnails li').count()).toBe(2);

      // A file that is not an image, named as one: refused in words, nothing added.
      await page.locator('.evidence-photos input[type=file]').setInputFiles({ name: 'scratch.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture at all') });
      await page.locator('.evidence-photos .field-error', { hasText: m.errors.reasons.not_an_image }).waitFor();
      expect(await page.locator('.thumbnails li').count()).toBe(2);

      if (language === 'en') {
        // A 3 MB photo from the PC's files: from picking it to its thumbnail on the order (measured, not asserted).
        const big = Buffer.from(
          await page.evaluate(async () => {
            const canvas = document.createElement('canvas');
            [canvas.width, canvas.height] = [2048, 1536];
            const context = canvas.getContext('2d')!;
            const pixels = context.createImageData(2048, 1536);
            let seed = 7;
            for (let i = 0; i < pixels.data.length; i += 4) {
              seed = (seed * 1103515245 + 12345) & 0x7fffffff;
              pixels.data[i] = ((i / 4) % 2048) / 8 + (seed & 31);
              pixels.data[i + 1] = 90 + ((seed >> 5) & 63);
              pixels.data[i + 2] = 160 - ((seed >> 11) & 31);
              pixels.data[i + 3] = 255;
            }
            context.putImageData(pixels, 0, 0);
            const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.98));
            return [...new Uint8Array(await blob.arrayBuffer())];
          }),
        );
        const started = Date.now();
        await page.locator('.evidence-photos input[type=file]').setInputFiles({ name: 'back-cover.jpg', mimeType: 'image/jpeg', buffer: big });
        await page.locator('.thumbnails li').nth(2).waitFor();
        console.log(`[evidence] a ${(big.length / 1024 / 1024).toFixed(1)} MB JPEG picked → stored with its thumbnail and shown: ${Date.now() - started} ms`);
      }

      // Full size on click.
      await page.getByRole('button', { name: m.evidence.photos.openFull.replace('{{n}}', '1') }).click();
      const full = page.getByRole('dialog');
      await full.locator('img.photo-full-image').waitFor();
      await app.screenshot(`evidence-photo-${language}`);
      await full.getByRole('button', { name: m.evidence.photos.close }).click();

      // The manager may see the unlock code; each showing is counted.
      await page.getByRole('button', { name: m.evidence.unlock.show }).click();
      await page.locator('.unlock-revealed', { hasText: '1-5-9-6' }).waitFor();
      await page.getByRole('button', { name: m.evidence.unlock.hide }).click();

      // The customer signs the intake act on the pad: the act opens with the signature.
      await page.getByRole('button', { name: m.evidence.signature.signIntake }).click();
      await page.getByRole('dialog', { name: m.evidence.signature.signIntake }).waitFor();
      await drawSignature();
      await app.screenshot(`evidence-signature-${language}`);
      const popup = page.waitForEvent('popup');
      await page.getByRole('button', { name: m.evidence.signature.sign }).click();
      const tab = await popup;
      expect(tab.url().startsWith('blob:')).toBe(true);
      await tab.close();
      await page.locator('[data-signed]').waitFor();
      await app.screenshot(`evidence-order-${language}`);

      const documents = await api<Array<{ id: string; kind: string; signatureId?: string; language: string }>>('documents.forOrder', { orderId: id });
      const signed = documents.find((d) => d.kind === 'intake_act' && d.signatureId)!;
      expect(signed.language).toBe(language);
      // The file's text in its own order, spaces left out (a Hebrew line as written, not as pdftotext guesses it).
      const text = await documentContent(host, signed.id);
      const bare = (phrase: string) => phrase.split('{{')[0].replace(/\s/g, '');
      expect(text).toContain(bare(m.evidence.act.signedOnScreen));
      expect(text).toContain(language === 'en' ? '3photostakenatintake' : 'בקבלהצולמושתיתמונות');
      expect(text).not.toContain('1-5-9-6');
      const { pdfBase64 } = await api<{ pdfBase64: string }>('documents.content', { id: signed.id });
      pagesAsPng(Buffer.from(pdfBase64, 'base64'), `evidence-act-${language}`);

      // Handed back, the unlock code is erased.
      const order = new OrderPage(app);
      await order.moveTo('diagnosing');
      await order.moveTo('ready');
      await order.handBack('repaired', '0');
      await page.locator('.evidence-unlock').getByText(m.evidence.unlock.erased.split('{{date}}')[0].trim()).waitFor();
      // A whole intake with its evidence, a PDF rendered twice and a hand-back: on a loaded 2-core machine, minutes.
    }, 240_000);
  }
});
