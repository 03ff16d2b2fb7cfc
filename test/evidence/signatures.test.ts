import { describe, expect, it } from 'vitest';
import type { Member } from '../platform/helpers.js';
import { issuedText } from '../documents/issuedText.js';
import { DRAWN, photoInput, workshopWithOrder } from './evidence.js';
import { pdfPages, pixelsNear, SIGNATURE_INK } from './pages.js';

const pdfOf = async (member: Member, id: string) =>
  Buffer.from((await member.ok('documents.content', { id })).pdfBase64, 'base64');

describe('signatures on screen', () => {
  it('the customer signs the intake act on the pad: the act is issued with the signature in place of the blank line, with the photos listed', async () => {
    const w = await workshopWithOrder();
    await w.clerk.ok('evidence.photos.add', photoInput(w.order.id));
    await w.clerk.ok('evidence.photos.add', photoInput(w.order.id));
    const paper = await w.clerk.ok('orders.intakeAct', { orderId: w.order.id, language: 'en' });
    const { signature, document } = await w.clerk.ok('evidence.sign', { orderId: w.order.id, act: 'intake_act', language: 'en', drawn: DRAWN });
    expect(signature).toMatchObject({ orderId: w.order.id, act: 'intake_act', method: 'drawn', witnessedBy: w.clerk.id });
    // The signed copy is a copy of the same act: same number, same date; the copy for paper signing stays.
    expect(document).toMatchObject({ kind: 'intake_act', number: paper.number, issuedAt: paper.issuedAt, signatureId: signature.id });
    expect(document.id).not.toBe(paper.id);
    expect(document.file).toMatch(/-en-signed\.pdf$/);

    const text = await issuedText(w.clerk, document.id, 'signed-intake-en');
    expect(text).toContain('Signed on screen at');
    expect(text).toContain('2 photos taken at intake');
    expect(text).toContain('Photos at intake (workshop copy)');
    expect(text).toContain('1. at intake');

    // As a person sees it: the strokes are on the customer's line of both copies, the blank act has none.
    const signed = await pdfPages(await pdfOf(w.clerk, document.id));
    const blank = await pdfPages(await pdfOf(w.clerk, paper.id));
    expect(signed.map((page) => pixelsNear(page, SIGNATURE_INK, 30)).filter((n) => n > 20)).toHaveLength(2);
    expect(blank.map((page) => pixelsNear(page, SIGNATURE_INK, 30)).every((n) => n === 0)).toBe(true);
    // The contact sheet (the photos' blue) is on the workshop copy only (the customer's is the first page here).
    const photoBlue: [number, number, number] = [0x3a, 0x6e, 0xa5];
    const sheets = signed.map((page) => pixelsNear(page, photoBlue, 25));
    expect(sheets[0]).toBeLessThan(10);
    expect(Math.max(...sheets.slice(1))).toBeGreaterThan(50);

    // Reprinting gives the signed copy again; a signature once given is not given again.
    expect((await w.clerk.ok('orders.intakeAct', { orderId: w.order.id, language: 'en' })).id).toBe(document.id);
    const again = await w.clerk.call('evidence.sign', { orderId: w.order.id, act: 'intake_act', drawn: DRAWN });
    expect(again.ok ? undefined : again.error.fields).toEqual({ orderId: 'already_signed' });
  });

  it('a corrected act is a new version, signed again; the keyboard way is a typed name the customer confirms', async () => {
    const w = await workshopWithOrder();
    const first = await w.clerk.ok('evidence.sign', { orderId: w.order.id, act: 'intake_act', language: 'he', typed: { name: 'דנה לוי', confirmed: true } });
    expect(first.signature.method).toBe('typed');
    const text = await issuedText(w.clerk, first.document.id, 'typed-intake-he');
    expect(text).toContain('דנה לוי');
    expect(text).toContain('השם הוקלד ואושר על המסך');

    await w.clerk.ok('orders.correct', { id: w.order.id, appearance: 'Scratch on the back cover', reason: 'Seen after intake' });
    const second = await w.clerk.ok('evidence.sign', { orderId: w.order.id, act: 'intake_act', language: 'he', drawn: DRAWN });
    expect(second.document).toMatchObject({ number: first.document.number, revision: 2 });
    expect((await w.clerk.ok('evidence.forOrder', { orderId: w.order.id })).signatures).toHaveLength(2);
  });

  it('an empty pad, a tap, strokes off the pad or a name not confirmed sign nothing', async () => {
    const w = await workshopWithOrder();
    const refusals: Array<[Record<string, unknown>, Record<string, string>]> = [
      [{}, { drawn: 'empty_signature' }],
      [{ drawn: { width: 400, height: 150, strokes: [] } }, { drawn: 'empty_signature' }],
      [{ drawn: { width: 400, height: 150, strokes: [[10, 10, 11, 11]] } }, { drawn: 'empty_signature' }],
      [{ drawn: { width: 400, height: 150, strokes: [[10, 10, 20, 20, 30, 30, 40, 40, 500, 50, 60, 60, 70, 70, 80, 80]] } }, { drawn: 'out_of_range' }],
      [{ typed: { name: 'Dana Levi', confirmed: false } }, { 'typed.confirmed': 'confirm' }],
    ];
    for (const [changes, fields] of refusals) {
      const result = await w.clerk.call('evidence.sign', { orderId: w.order.id, act: 'intake_act', ...changes } as never);
      expect(result.ok ? 'signed' : result.error.fields, JSON.stringify(changes)).toEqual(fields);
    }
    expect((await w.clerk.ok('evidence.forOrder', { orderId: w.order.id })).signatures).toEqual([]);
    expect(await w.clerk.ok('documents.forOrder', { orderId: w.order.id })).toEqual([]);
  });
});
