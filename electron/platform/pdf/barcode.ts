import bwipjs from 'bwip-js';

export interface BarcodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Draws a barcode (e.g. Code 128 or QR) as vector paths: bwip-js renders SVG, whose paths pdfkit draws natively.
 * The human-readable text is printed by the caller, in the document's font.
 */
export function drawBarcode(doc: PDFKit.PDFDocument, bcid: 'code128' | 'qrcode', text: string, box: BarcodeBox): void {
  const svg = bwipjs.toSVG({ bcid, text, scale: 1, height: bcid === 'qrcode' ? undefined : 10, includetext: false, paddingwidth: 0, paddingheight: 0 });
  const viewBox = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  if (!viewBox) throw new Error('bwip-js returned SVG without a viewBox');
  const [svgWidth, svgHeight] = [Number(viewBox[1]), Number(viewBox[2])];
  doc.save();
  doc.translate(box.x, box.y).scale(box.width / svgWidth, box.height / svgHeight);
  for (const match of svg.matchAll(/<path ([^>]*)\/>/g)) {
    const attributes = match[1];
    const d = /\sd="([^"]+)"|^d="([^"]+)"/.exec(attributes);
    const path = d?.[1] ?? d?.[2];
    if (!path) continue;
    const stroke = /stroke-width="([\d.]+)"/.exec(attributes);
    if (stroke) doc.path(path).lineWidth(Number(stroke[1])).stroke('#000000');
    else doc.path(path).fill('#000000');
  }
  doc.restore();
}
