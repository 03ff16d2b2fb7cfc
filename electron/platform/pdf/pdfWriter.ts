import PDFDocument from 'pdfkit';
import type { Language } from '../../../shared/platform/common.js';
import { type Direction, firstStrongDirection, visualOrder, wrapLogical } from './bidiText.js';
import { documentFonts } from './fonts.js';
import { documentTexts } from './texts.js';

export interface RenderOptions {
  /** A4, US Letter, or a label's own size in points [width, height]. */
  paperSize: 'A4' | 'LETTER' | [number, number];
  /** Page margins in points (40 unless told). */
  margin?: number;
  /** Fixed creation date: the same data gives the same bytes. */
  createdAt: Date;
  /** Tests read page content; production output is compressed. */
  compress?: boolean;
  title: string;
  /** Keep pages in memory so that page numbers can be written at the end. */
  bufferPages?: boolean;
}

interface TextStyle {
  size?: number;
  bold?: boolean;
  align?: 'start' | 'end' | 'center';
  color?: string;
  /**
   * 'auto' (default): a line takes the direction of its first strong letter, as HTML's dir="auto" does (left to
   * right when it has none, like a date), so a phone number or a Latin model name stays in order inside a Hebrew
   * document. 'document': the document's own direction.
   */
  base?: 'auto' | 'document';
}

type FontName = 'regular' | 'bold';

/**
 * A pdfkit document that writes every string through the bidi algorithm, mirrors the layout for right-to-left
 * languages, and moves to a new page (repeating the header) when a block does not fit.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly dir: Direction;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  y: number;
  private readonly chunks: Buffer[] = [];
  private readonly patched = new Set<FontName>();
  onNewPage: (() => void) | undefined;

  constructor(
    readonly language: Language,
    options: RenderOptions,
  ) {
    this.dir = language === 'he' ? 'rtl' : 'ltr';
    this.doc = new PDFDocument({
      size: options.paperSize,
      margins: { top: options.margin ?? 40, bottom: options.margin ?? 40, left: options.margin ?? 40, right: options.margin ?? 40 },
      compress: options.compress ?? true,
      info: { Title: options.title, Producer: 'Workshop Service', Creator: 'Workshop Service', CreationDate: options.createdAt, ModDate: options.createdAt },
      lang: { en: 'en-GB', ru: 'ru-RU', he: 'he-IL' }[language],
      displayTitle: true,
      bufferPages: options.bufferPages ?? false,
      autoFirstPage: true,
    });
    const fonts = documentFonts();
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.left = this.doc.page.margins.left;
    this.right = this.doc.page.width - this.doc.page.margins.right;
    this.bottom = this.doc.page.height - this.doc.page.margins.bottom;
    this.y = this.doc.page.margins.top;
    this.font('regular', 10);
  }

  get width(): number {
    return this.right - this.left;
  }

  /**
   * Select a font. Text reaches fontkit already in visual order, so fontkit must not reverse Hebrew runs again:
   * its layout is told the direction is left-to-right.
   */
  font(name: FontName, size: number): void {
    this.doc.font(name).fontSize(size);
    if (this.patched.has(name)) return;
    const fontkitFont = (this.doc as unknown as { _font: { font: { layout: (...args: unknown[]) => unknown } } })._font.font;
    const layout = fontkitFont.layout.bind(fontkitFont);
    fontkitFont.layout = (text: unknown, features: unknown, script: unknown, language: unknown) =>
      layout(text, features, script, language, 'ltr');
    this.patched.add(name);
  }

  measure(text: string, style: TextStyle = {}): number {
    this.font(style.bold ? 'bold' : 'regular', style.size ?? 10);
    return this.doc.widthOfString(text);
  }

  lineHeight(size = 10): number {
    return size * 1.35;
  }

  /** Wrapped lines of a text at a width, in logical order. */
  lines(text: string, width: number, style: TextStyle = {}): string[] {
    return wrapLogical(clean(text), width, (s) => this.measure(s, style));
  }

  /** Height a text block takes. */
  heightOf(text: string, width: number, style: TextStyle = {}): number {
    return this.lines(text, width, style).length * this.lineHeight(style.size);
  }

  /**
   * Draw text in a box [x, x + width] starting at y; returns the height used. "start" is the reading start:
   * the left edge in English and Russian, the right edge in Hebrew.
   */
  textAt(text: string, x: number, y: number, width: number, style: TextStyle = {}): number {
    const size = style.size ?? 10;
    const lines = this.lines(text, width, style);
    // A paragraph has one direction, taken from its first strong letter: a wrapped line that starts with a Latin
    // model name stays part of its Hebrew sentence.
    const dir = style.base === 'document' ? this.dir : (firstStrongDirection(clean(text)) ?? 'ltr');
    this.doc.fillColor(style.color ?? '#000000');
    lines.forEach((line, i) => {
      const visual = visualOrder(line, dir).replace(/[\u00a0\u202f]/g, '\u00a0');
      const w = this.measure(visual, style);
      const align = style.align ?? 'start';
      const atRight = (align === 'start' && this.dir === 'rtl') || (align === 'end' && this.dir === 'ltr');
      const drawX = align === 'center' ? x + (width - w) / 2 : atRight ? x + width - w : x;
      this.doc.text(visual, drawX, y + i * this.lineHeight(size), { lineBreak: false });
    });
    this.doc.fillColor('#000000');
    return lines.length * this.lineHeight(size);
  }

  /** Draw a paragraph across the full width at the cursor, moving the cursor down. */
  paragraph(text: string, style: TextStyle = {}, gap = 4): void {
    const height = this.heightOf(text, this.width, style);
    this.ensureSpace(height);
    this.y += this.textAt(text, this.left, this.y, this.width, style) + gap;
  }

  /** x of a column given in reading order: in Hebrew, the first column is at the right. */
  columnX(offsetFromStart: number, columnWidth: number): number {
    return this.dir === 'rtl' ? this.right - offsetFromStart - columnWidth : this.left + offsetFromStart;
  }

  /** A label and its value side by side; long values wrap. */
  field(label: string, value: string, labelWidth = 150): void {
    const valueWidth = this.width - labelWidth - 8;
    const height = Math.max(this.heightOf(label, labelWidth, { bold: true }), this.heightOf(value || '—', valueWidth));
    this.ensureSpace(height);
    this.textAt(label, this.columnX(0, labelWidth), this.y, labelWidth, { bold: true, color: '#333333' });
    this.textAt(value || '—', this.columnX(labelWidth + 8, valueWidth), this.y, valueWidth);
    this.y += height + 3;
  }

  heading(text: string, size = 12): void {
    // A heading is never the last thing on a page: it keeps at least two lines of what it heads.
    this.ensureSpace(this.lineHeight(size) + 10 + 2 * this.lineHeight(10));
    this.y += 6;
    this.textAt(text, this.left, this.y, this.width, { bold: true, size });
    this.y += this.lineHeight(size);
    this.rule();
  }

  rule(color = '#999999'): void {
    this.doc.moveTo(this.left, this.y).lineTo(this.right, this.y).lineWidth(0.5).stroke(color);
    this.y += 4;
  }

  ensureSpace(height: number): void {
    if (this.y + height <= this.bottom) return;
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
    this.onNewPage?.();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
  }

  /** Number every page at its foot ("Page 2 of 3"); needs the pages kept in memory until the end. */
  pageNumbers(): void {
    const t = documentTexts(this.language);
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const y = this.bottom + 12;
      // Written below the bottom margin: pdfkit must not start a new page for it.
      const margin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.textAt(t('pdf.page', { n: i + 1, pages: range.count }), this.left, y, this.width, { size: 7.5, align: 'center', color: '#555555', base: 'document' });
      this.doc.page.margins.bottom = margin;
    }
  }

  async finish(): Promise<Uint8Array> {
    const ended = new Promise<void>((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    this.doc.end();
    await ended;
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}

/** Tabs and stray control characters would print as boxes. */
function clean(text: string): string {
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}
