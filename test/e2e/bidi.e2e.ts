import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isolateLtrRuns, visualLayout } from '../../electron/platform/pdf/bidiText.js';
import { launchChromium } from './host.js';

/**
 * A Hebrew document's lines are laid out by bidi-js (electron/platform/pdf/bidiText.ts). The reference for what is
 * right is how a browser lays out the same text in a page with dir="rtl": Chromium here. Each line (with its Latin
 * runs isolated, as the documents set them) must put every character at the same place in both.
 */
const LINES = [
  'Samsung Galaxy A54 לא נטען',
  'מסך שבור (Samsung Galaxy A54) לא נטען',
  'טלפון: +972 54-777-1234',
  'התקבל 01.12.2026 10:30 אצל נועה',
  'מק"ט SM-A546B, כמות 2',
  'סה"כ 420.00 ₪',
  'דגם [A-12] {x} "ציטוט"',
  'הלקוח (מיכל) ביקשה החלפה',
  'כיסוי Samsung Galaxy A54 (black) case חדש',
  'Samsung Galaxy S23: ב-40% מהיחידות שנמכרו נמצא פגם ייצור (2 מתוך 5); סף 30%.',
  'FixPoint Ltd.',
  'הערה: "מסך" [שבור] (קל) {חשוב} <דחוף>',
];

describe('Hebrew lines laid out as Chromium lays them out with dir="rtl"', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('puts every character of every line at the place Chromium puts it', async () => {
    const page = await browser.newPage();
    const isolated = LINES.map(isolateLtrRuns);
    await page.setContent('<html><body style="font: 16px sans-serif"></body></html>');
    // The visual order of each line in the browser: its characters' logical indices sorted by their place.
    const browserOrder = await page.evaluate((lines: string[]) => {
      const controls = /[\u2066-\u2069]/;
      return lines.map((line) => {
        const div = document.createElement('div');
        div.dir = 'rtl';
        div.style.whiteSpace = 'pre';
        div.style.display = 'inline-block';
        div.textContent = line;
        document.body.appendChild(div);
        const text = div.firstChild as Text;
        const placed: Array<{ index: number; x: number }> = [];
        for (let i = 0; i < line.length; i++) {
          if (controls.test(line[i])) continue;
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const box = range.getBoundingClientRect();
          placed.push({ index: i, x: box.left + box.width / 2 });
        }
        document.body.removeChild(div);
        return placed.sort((a, b) => a.x - b.x).map((p) => p.index);
      });
    }, isolated);
    const ours = isolated.map((line) => visualLayout(line, 'rtl').map((c) => c.index));
    for (let i = 0; i < LINES.length; i++) expect(ours[i], LINES[i]).toEqual(browserOrder[i]);
    await page.close();
  });
});
