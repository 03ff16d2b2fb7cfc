import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { Language } from '../../../shared/platform/common.js';
import { type Direction, firstStrongDirection, isolateLtrRuns, mirrorOf, type PlacedChar, visualLayout, wrapLogical } from './bidiText.js';
import { documentFonts } from './fonts.js';
import { writePageFurniture } from './pageFurniture.js';

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
  /**
   * Pages are always kept in memory until the end, so that the page furniture can be written on every page; the
   * option is still accepted and ignored.
   */
  bufferPages?: boolean;
  /**
   * The furniture at the foot of every page: the document's title and number (its `title`) and "page n of N".
   * On by default for A4 and Letter; off for labels and receipt rolls (a page size in points).
   */
  furniture?: boolean;
}

interface TextStyle {
  size?: number;
  bold?: boolean;
  align?: 'start' | 'end' | 'center';
  color?: string;
  /**
   * 'document' (default): the document's own direction, as a page with dir="rtl" lays out a Hebrew document, with
   * each run of Latin text, numbers, SKUs and phones isolated (bidiText.ts isolateLtrRuns): "Samsung Galaxy A54 לא
   * נטען" is a Hebrew sentence that starts with a Latin name. 'auto': the direction of the text's first strong letter,
   * as dir="auto" does.
   */
  base?: 'auto' | 'document';
}

type FontName = 'regular' | 'bold' | 'regular-mirrored' | 'bold-mirrored';

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
  /** While a block is measured (measureHeight) nothing is drawn and no page is added. */
  private measuring = false;
  /** Where the content of the last fresh page began (below its letterhead): the room a whole page offers. */
  private pageContentTop: number;
  /** The first page (0-based) of each part numbered on its own (the two copies of an intake act). */
  private readonly numberingStarts: number[] = [0];
  private readonly furniture: boolean;
  private furnished = false;
  private readonly title: string;
  /** Every piece of text drawn, in order: what names this file's font subsets (tagSubsets()). */
  private readonly drawn = createHash('sha256');
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
      bufferPages: true,
      autoFirstPage: true,
    });
    const fonts = documentFonts();
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
    // The same faces once more, for brackets drawn mirrored in right-to-left text (see font()).
    this.doc.registerFont('regular-mirrored', fonts.regularMirrored);
    this.doc.registerFont('bold-mirrored', fonts.boldMirrored);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.left = this.doc.page.margins.left;
    this.right = this.doc.page.width - this.doc.page.margins.right;
    this.bottom = this.doc.page.height - this.doc.page.margins.bottom;
    this.y = this.doc.page.margins.top;
    this.pageContentTop = this.y;
    this.title = options.title;
    this.furniture = options.furniture ?? !Array.isArray(options.paperSize);
    this.font('regular', 10);
  }

  /** True while a block is measured: nothing is drawn, no page is added. */
  get isMeasuring(): boolean {
    return this.measuring;
  }

  /** The height a fresh continuation page offers below its letterhead. */
  get pageRoom(): number {
    return this.bottom - this.pageContentTop;
  }

  get width(): number {
    return this.right - this.left;
  }

  /**
   * Select a font. Text reaches fontkit already in visual order, so fontkit must not reverse Hebrew runs again:
   * its layout is told the direction is left-to-right. The mirrored faces draw a paired character as its mirror
   * image ("(" as ")") while the file's text layer keeps the character itself, so that copying, searching and
   * screen readers get the bracket the clerk typed: each face has its own glyph-to-text table in the PDF.
   */
  font(name: FontName, size: number): void {
    this.doc.font(name).fontSize(size);
    if (this.patched.has(name)) return;
    type Glyph = { codePoints: number[] };
    const fontkitFont = (this.doc as unknown as { _font: { font: { layout: (...args: unknown[]) => { glyphs: Glyph[] } } } })._font.font;
    const layout = fontkitFont.layout.bind(fontkitFont);
    const mirrored = name.endsWith('-mirrored');
    fontkitFont.layout = (text: unknown, features: unknown, script: unknown, language: unknown) => {
      if (!mirrored || typeof text !== 'string') return layout(text, features, script, language, 'ltr');
      const chars = [...text];
      const run = layout(chars.map(mirrorOf).join(''), features, script, language, 'ltr');
      // One glyph per character here (brackets): the glyph of the mirror, the text of the character.
      run.glyphs.forEach((glyph, i) => {
        if (chars[i]) glyph.codePoints = [chars[i].codePointAt(0)!];
      });
      return run;
    };
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
    return this.drawLines(this.lines(text, width, style), text, x, y, width, style);
  }

  /** Lines already wrapped (of `text`) drawn from y down; returns the height used. */
  private drawLines(lines: string[], text: string, x: number, y: number, width: number, style: TextStyle): number {
    const size = style.size ?? 10;
    // A paragraph has one direction: the document's (or, asked for, its first strong letter's), for every line.
    if (this.measuring) return lines.length * this.lineHeight(size);
    const dir = style.base === 'auto' ? (firstStrongDirection(clean(text)) ?? 'ltr') : this.dir;
    this.doc.fillColor(style.color ?? '#000000');
    lines.forEach((line, i) => {
      const segments = this.segments(dir === 'rtl' ? isolateLtrRuns(line) : line, dir, style);
      const w = segments.reduce((sum, segment) => sum + segment.width, 0);
      const align = style.align ?? 'start';
      const atRight = (align === 'start' && this.dir === 'rtl') || (align === 'end' && this.dir === 'ltr');
      const startX = align === 'center' ? x + (width - w) / 2 : atRight ? x + width - w : x;
      const lineY = y + i * this.lineHeight(size);
      // Drawn in logical order, each piece at its place in the visual line: a reader of the file (copy, search,
      // pdftotext) meets the characters in the order they were typed.
      for (const segment of [...segments].sort((a, b) => a.first - b.first)) {
        // A space between right-to-left words is a gap, not a glyph: readers find the word break from it.
        if (segment.text === ' ') continue;
        this.font(`${style.bold ? 'bold' : 'regular'}${segment.mirrored ? '-mirrored' : ''}`, size);
        this.fragment(segment.text, startX + segment.x, lineY);
      }
    });
    this.font(style.bold ? 'bold' : 'regular', size);
    this.doc.fillColor('#000000');
    return lines.length * this.lineHeight(size);
  }

  /**
   * One piece of text at (x, y), y its top: what doc.text() does for a line that does not wrap, without its option
   * handling, which a Hebrew page drawn piece by piece would otherwise pay a thousand times.
   */
  private fragment(text: string, x: number, y: number): void {
    this.drawn.update(text).update('\0');
    (this.doc as unknown as { _fragment(text: string, x: number, y: number, options: object): void })._fragment(text, x, y, {});
  }

  /**
   * A line in pieces, left to right: a left-to-right run whose characters follow each other in the text is one piece;
   * a right-to-left character, and a mirrored one, is a piece of its own (drawn where it goes, in the text's order).
   */
  private segments(line: string, dir: Direction, style: TextStyle): Array<{ text: string; first: number; x: number; width: number; mirrored: boolean }> {
    const placed = visualLayout(line, dir).filter((c) => !isLowSurrogate(c.char) || !isHighSurrogate(line[c.index - 1] ?? ''));
    const pieces: Array<{ chars: PlacedChar[]; mirrored: boolean }> = [];
    for (const c of placed) {
      const last = pieces.at(-1);
      const previous = last?.chars.at(-1);
      const joins = last && previous && !last.mirrored && !c.mirrored && !c.rtl && !previous.rtl && c.index === previous.index + charLength(line, previous.index);
      if (joins) last.chars.push(c);
      else pieces.push({ chars: [c], mirrored: c.mirrored });
    }
    let x = 0;
    return pieces.map(({ chars, mirrored }) => {
      const text = chars.map((c) => line.slice(c.index, c.index + charLength(line, c.index)).replace(/[\u00a0\u202f]/g, '\u00a0')).join('');
      const width = this.measure(text, style);
      const piece = { text, first: chars[0].index, x, width, mirrored };
      x += width;
      return piece;
    });
  }

  /**
   * Draw a paragraph across the full width at the cursor, moving the cursor down. A paragraph that does not fit
   * flows onto the next page line by line, never leaving one line alone on either page; `keepWithNext` is the
   * height of what must follow its last lines on the same page (a signature block).
   */
  paragraph(text: string, style: TextStyle = {}, gap = 4, keepWithNext = 0): void {
    const lineHeight = this.lineHeight(style.size);
    const lines = this.lines(text, this.width, style);
    if (this.measuring || this.y + lines.length * lineHeight + keepWithNext <= this.bottom) {
      this.y += this.drawLines(lines, text, this.left, this.y, this.width, style) + gap;
      return;
    }
    let at = 0;
    while (at < lines.length) {
      const left = lines.length - at;
      const room = Math.floor((this.bottom - this.y + 0.01) / lineHeight);
      let take: number;
      if (room >= left && this.y + left * lineHeight + keepWithNext <= this.bottom) take = left;
      // The last two lines go with what follows them, onto the next page.
      else if (room >= left) take = left - 2;
      // The next page gets two lines at least.
      else take = left - room < 2 ? left - 2 : room;
      if (take < 2 && take < left) {
        // One line (or none) would stand alone here: the paragraph starts on the next page, unless this page is fresh.
        if (this.y > this.pageContentTop + 1) {
          this.addPage();
          continue;
        }
        take = Math.max(1, Math.min(left, room));
      }
      this.y += this.drawLines(lines.slice(at, at + take), text, this.left, this.y, this.width, style);
      at += take;
      if (at < lines.length) this.addPage();
    }
    this.y += gap;
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
    this.line(this.left, this.y, this.right, this.y, 0.5, color);
    this.y += 4;
  }

  /** A straight line (nothing while a block is measured). */
  line(x1: number, y1: number, x2: number, y2: number, width: number, color: string): void {
    if (this.measuring) return;
    this.doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).stroke(color);
  }

  /** A filled rectangle (nothing while a block is measured). */
  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    if (this.measuring) return;
    this.doc.rect(x, y, width, height).fill(color);
  }

  ensureSpace(height: number): void {
    if (this.measuring || this.y + height <= this.bottom) return;
    this.addPage();
  }

  /** A continuation page: its letterhead (onNewPage) first. */
  private addPage(): void {
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
    this.onNewPage?.();
    this.pageContentTop = this.y;
  }

  /**
   * The height a block takes when drawn at the cursor, without drawing it. The block must draw through the writer
   * (textAt, paragraph, field, heading, rule, line, fillRect, table, signatures), not on `doc` itself.
   */
  measureHeight(draw: () => void): number {
    const wasMeasuring = this.measuring;
    const y = this.y;
    this.measuring = true;
    try {
      draw();
      return this.y - y;
    } finally {
      this.y = y;
      this.measuring = wasMeasuring;
    }
  }

  /**
   * Keep a block on one page: a signature block with the terms it signs, totals with the lines they sum. A block
   * that does not fit in what is left of the page moves whole to the next one; a block taller than a page flows.
   */
  keepTogether(draw: () => void): void {
    if (this.measuring) return draw();
    const height = this.measureHeight(draw);
    const fitsAPage = height <= this.bottom - this.pageContentTop;
    if (this.y + height > this.bottom && fitsAPage && this.y > this.pageContentTop + 1) this.addPage();
    draw();
  }

  /**
   * A new page that is not a continuation: no letterhead is drawn by the writer. `restartNumbering` starts a part
   * numbered on its own ("page 1 of 2" again), as each copy of an act handed to a different party.
   */
  newPage(options: { restartNumbering?: boolean } = {}): void {
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
    this.pageContentTop = this.y;
    if (options.restartNumbering) this.numberingStarts.push(this.doc.bufferedPageRange().count - 1);
  }

  /**
   * The page furniture (pageFurniture.ts), on every page at its foot. finish() writes it; calling it earlier is
   * allowed (older documents did) and it is written once.
   */
  pageNumbers(): void {
    if (this.furnished || !this.furniture) return;
    this.furnished = true;
    writePageFurniture(this, this.title, this.numberingStarts);
  }

  /**
   * Each font subset is named after this file (the text it draws): pdfkit derives the six-letter subset
   * tag ("BZZZZZ+DejaVuSans") from the font's resource id, the same in every file, and a reader or a merge tool that
   * finds two files' subsets under one name may take one for the other. pdfkit reads the id for the tag only when it
   * embeds the font at end(); the pages keep the resource names they drew with. The same file gets the same tags.
   */
  private tagSubsets(): void {
    const families = (this.doc as unknown as { _fontFamilies: Record<string, { id: string }> })._fontFamilies;
    const drawn = this.drawn.digest('hex');
    for (const [index, font] of [...new Set(Object.values(families))].entries()) {
      const digest = createHash('sha256').update(`${drawn}\0${index}`).digest();
      // pdfkit turns each character of the id after the first into a letter (its code + 17): digits give A to J.
      // The first digit is the font's place, so that two subsets of one file never share a tag.
      font.id = `F${index % 10}${Array.from(digest.subarray(0, 5), (byte) => byte % 10).join('')}`;
    }
  }

  async finish(): Promise<Uint8Array> {
    this.pageNumbers();
    const ended = new Promise<void>((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    this.tagSubsets();
    this.doc.end();
    await ended;
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}

/** Tabs and stray control characters would print as boxes. */
function clean(text: string): string {
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const isHighSurrogate = (char: string) => /[\ud800-\udbff]/.test(char);
const isLowSurrogate = (char: string) => /[\udc00-\udfff]/.test(char);
/** Characters outside the first plane (emoji) take two code units: they are drawn whole. */
const charLength = (line: string, index: number) => (isHighSurrogate(line[index] ?? '') ? 2 : 1);
