import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cashHeldFor } from '../../shared/payments/index.js';
import { intakeInput, openBackend, pdfText, staffedWorkshop, type TestBackend, validImei } from '../platform/helpers.js';

type Staff = Awaited<ReturnType<typeof staffedWorkshop>>;

/** A workshop whose clock the test moves: noon of 1 March 2026 unless moved on. */
async function workshop() {
  let now = new Date('2026-03-01T10:00:00Z');
  const t = await openBackend({ now: () => now });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: 'il', currency: 'ILS', workshop: { name: 'Tikun Ltd' } });
  const at = (iso: string) => (now = new Date(iso));
  return { t, staff, at };
}

async function order(staff: Staff, name = 'Ivan Petrov', imei = validImei()) {
  const base = intakeInput({ name, imei });
  const view = await staff.clerk.ok('orders.create', { ...base, intake: { ...base.intake, warrantyBasis: 'paid' } });
  await staff.technician.ok('orders.setLines', { id: view.order.id, workLines: [{ description: 'Display replacement', quantity: 1, unitPrice: 80_000, warrantyDays: 90 }], partLines: [] });
  return view.order;
}

/** Everything the cash book keeps, as stored: what must not change when a request is refused. */
const stored = (t: TestBackend) => JSON.stringify([t.backend.store.cashDays.all(), t.backend.store.cashMovements.all(), t.backend.store.payments.all()]);

describe('the cash book', () => {
  it('opens the day with a float, reads the cash payments and refunds from the payments (not card), adds cash put in and taken out, and expects float + in − out', async () => {
    const { staff } = await workshop();
    const o = await order(staff);
    expect((await staff.clerk.ok('payments.cashDay', {})).state).toBe('not_opened');
    await staff.clerk.ok('payments.record', { orderId: o.id, amount: 30_000, method: 'cash' });
    const opened = await staff.clerk.ok('payments.openDay', { float: 50_000 });
    // Cash taken before the day was opened is the day's: the book reads the payments of its date.
    expect(opened).toMatchObject({ state: 'open', totals: { float: 50_000, cashIn: 30_000, cashOut: 0, expected: 80_000, counted: null } });
    await staff.clerk.ok('payments.record', { orderId: o.id, amount: 20_000, method: 'card' });
    await staff.clerk.ok('payments.refund', { orderId: o.id, amount: 5_000, method: 'cash', reason: 'Part cheaper than quoted' });
    await staff.clerk.ok('payments.cashMovement', { direction: 'in', amount: 10_000, reason: 'Change added' });
    const day = await staff.clerk.ok('payments.cashMovement', { direction: 'out', amount: 40_000, reason: 'Taken to the bank' });
    expect(day.entries.map((e) => [e.kind, e.amount, e.label ?? e.reason])).toEqual([
      ['payment', 30_000, o.number],
      ['refund', -5_000, o.number],
      ['in', 10_000, 'Change added'],
      ['out', -40_000, 'Taken to the bank'],
    ]);
    expect(day.totals).toEqual({ float: 50_000, cashIn: 40_000, cashOut: 45_000, expected: 45_000, counted: null, difference: null });
  });

  it('opens a day once: a second opening is refused and nothing stored changes', async () => {
    const { t, staff } = await workshop();
    await staff.clerk.ok('payments.openDay', { float: 10_000 });
    const before = stored(t);
    expect((await staff.clerk.call('payments.openDay', { float: 20_000 })).ok).toBe(false);
    expect(stored(t)).toBe(before);
  });

  it('refuses a float or movement of more than 2 decimals, above 10^9 or negative, naming the field, and stores nothing', async () => {
    const { t, staff } = await workshop();
    const before = stored(t);
    for (const [input, reason] of [[{ float: 12.5 }, 'invalid_amount'], [{ float: 1_000_000_001 }, 'too_large'], [{ float: -1 }, 'negative']] as const) {
      const answer = await staff.clerk.call('payments.openDay', input);
      expect(answer.ok || answer.error.fields).toEqual({ float: reason });
    }
    expect(stored(t)).toBe(before);
    await staff.clerk.ok('payments.openDay', { float: 0 });
    const opened = stored(t);
    for (const [amount, reason] of [[0.001, 'invalid_amount'], [1_000_000_001, 'too_large']] as const) {
      const answer = await staff.clerk.call('payments.cashMovement', { direction: 'in', amount, reason: 'Change added' });
      expect(answer.ok || answer.error.fields).toEqual({ amount: reason });
    }
    const noReason = await staff.clerk.call('payments.cashMovement', { direction: 'in', amount: 100, reason: ' ' });
    expect(noReason.ok || noReason.error.fields).toEqual({ reason: 'required' });
    const overdrawn = await staff.clerk.call('payments.cashMovement', { direction: 'out', amount: 100, reason: 'To the bank' });
    expect(overdrawn.ok || overdrawn.error.fields).toEqual({ amount: 'too_large' });
    const counted = await staff.clerk.call('payments.closeDay', { counted: 10.555 });
    expect(counted.ok || counted.error.fields).toEqual({ counted: 'invalid_amount' });
    expect(stored(t)).toBe(opened);
  });

  it('closes a day whose count matches (a clerk); a count that differs needs a manager and a reason, and keeps the difference', async () => {
    const { t, staff } = await workshop();
    const o = await order(staff);
    await staff.clerk.ok('payments.openDay', { float: 10_000 });
    await staff.clerk.ok('payments.record', { orderId: o.id, amount: 25_000, method: 'cash' });
    const before = stored(t);
    const byClerk = await staff.clerk.call('payments.closeDay', { counted: 34_000, reason: 'Short' });
    expect(byClerk.ok || byClerk.error.fields).toEqual({ _: 'role' });
    const noReason = await staff.manager.call('payments.closeDay', { counted: 34_000 });
    expect(noReason.ok || noReason.error.fields).toEqual({ reason: 'required' });
    expect(stored(t)).toBe(before);
    const closed = await staff.manager.ok('payments.closeDay', { counted: 34_000, reason: 'Change given twice' });
    expect(closed.state).toBe('closed');
    expect(closed.totals).toMatchObject({ expected: 35_000, counted: 34_000, difference: -1_000 });
    expect(closed.day).toMatchObject({ expected: 35_000, difference: -1_000, reason: 'Change given twice', closedBy: staff.manager.id });
  });

  it('changes a closed day no more: a cash payment, a cash refund, a movement and a second close are refused with the field named; a card payment is taken', async () => {
    const { t, staff } = await workshop();
    const o = await order(staff);
    await staff.clerk.ok('payments.openDay', { float: 10_000 });
    await staff.clerk.ok('payments.record', { orderId: o.id, amount: 5_000, method: 'cash' });
    await staff.clerk.ok('payments.closeDay', { counted: 15_000 });
    const before = stored(t);
    const cash = await staff.clerk.call('payments.record', { orderId: o.id, amount: 1_000, method: 'cash' });
    expect(cash.ok || cash.error.fields).toEqual({ method: 'day_closed' });
    const refund = await staff.clerk.call('payments.refund', { orderId: o.id, amount: 1_000, method: 'cash', reason: 'Overpaid' });
    expect(refund.ok || refund.error.fields).toEqual({ method: 'day_closed' });
    const movement = await staff.clerk.call('payments.cashMovement', { direction: 'in', amount: 1_000, reason: 'Change' });
    expect(movement.ok || movement.error.fields).toEqual({ _: 'day_closed' });
    const again = await staff.clerk.call('payments.closeDay', { counted: 15_000 });
    expect(again.ok || again.error.fields).toEqual({ _: 'day_closed' });
    const reopen = await staff.clerk.call('payments.openDay', { float: 0 });
    expect(reopen.ok || reopen.error.fields).toEqual({ _: 'day_closed' });
    expect(stored(t)).toBe(before);
    await staff.clerk.ok('payments.record', { orderId: o.id, amount: 1_000, method: 'card' });
    expect((await staff.clerk.ok('payments.cashDay', {})).totals).toMatchObject({ expected: 15_000, counted: 15_000 });
  });


  it("counts a prepayment taken in cash at intake in the day's cash, and a correction of it as cash in or out of the drawer; a card prepayment stays out; cash at intake on a closed day is refused on its field", async () => {
    const { t, staff, at } = await workshop();
    await staff.clerk.ok('payments.openDay', { float: 10_000 });
    const base = intakeInput({ name: 'Noa Levi', imei: validImei('35290611100001') });
    const cash = await staff.clerk.ok('orders.create', { ...base, intake: { ...base.intake, prepayment: 5_000, prepaymentMethod: 'cash' } });
    const card = intakeInput({ name: 'Dana Cohen', imei: validImei('35290611100002') });
    await staff.clerk.ok('orders.create', { ...card, intake: { ...card.intake, prepayment: 7_000, prepaymentMethod: 'card' } });
    expect((await staff.clerk.ok('payments.cashDay', {})).totals).toMatchObject({ float: 10_000, cashIn: 5_000, expected: 15_000 });
    // The customer had given ₪80 in cash, not ₪50: the ₪30 more went into the drawer.
    at('2026-03-01T11:00:00Z');
    await staff.clerk.ok('orders.correct', { id: cash.order.id, prepayment: 8_000, reason: 'Typed ₪50 for ₪80' });
    expect((await staff.clerk.ok('payments.cashDay', {})).totals).toMatchObject({ cashIn: 8_000, cashOut: 0, expected: 18_000 });
    // ₪20 of it handed back from the drawer: the prepayment is now ₪60 and the drawer holds ₪20 less.
    await staff.clerk.ok('orders.correct', { id: cash.order.id, prepayment: 6_000, reason: 'Gave back the change' });
    const day = await staff.clerk.ok('payments.cashDay', {});
    expect(day.totals).toMatchObject({ cashIn: 8_000, cashOut: 2_000, expected: 16_000 });
    expect(day.entries.map((e) => [e.kind, e.amount])).toEqual([['payment', 5_000], ['payment', 3_000], ['refund', -2_000]]);
    await staff.clerk.ok('payments.closeDay', { counted: 16_000 });
    // The day is closed: cash at intake is refused where the clerk chose it, and nothing is stored; a card is taken.
    const before = JSON.stringify([t.backend.store.orders.all(), stored(t)]);
    const late = intakeInput({ name: 'Avi Mizrahi', imei: validImei('35290611100003') });
    const refused = await staff.clerk.call('orders.create', { ...late, intake: { ...late.intake, prepayment: 1_000, prepaymentMethod: 'cash' } });
    expect(refused.ok || refused.error.fields).toEqual({ 'intake.prepaymentMethod': 'day_closed' });
    expect(JSON.stringify([t.backend.store.orders.all(), stored(t)])).toBe(before);
    await staff.clerk.ok('orders.create', { ...late, intake: { ...late.intake, prepayment: 1_000, prepaymentMethod: 'card' } });
  });
  it('corrects a closed day by a manager\'s entry on the next day that names it; the closed day stays as it was', async () => {
    const { staff, at } = await workshop();
    await staff.clerk.ok('payments.openDay', { float: 10_000 });
    const first = await staff.manager.ok('payments.closeDay', { counted: 9_000, reason: 'Missing 10.00' });
    at('2026-03-02T08:00:00Z');
    await staff.clerk.ok('payments.openDay', { float: 9_000 });
    const today = await staff.clerk.ok('payments.cashDay', {});
    expect(today.lastClosed).toEqual({ id: first.day!.id, date: '2026-03-01' });
    const byClerk = await staff.clerk.call('payments.cashMovement', { direction: 'in', amount: 1_000, reason: 'Found under the drawer', corrects: first.day!.id });
    expect(byClerk.ok || byClerk.error.fields).toEqual({ _: 'role' });
    const notClosed = await staff.manager.call('payments.cashMovement', { direction: 'in', amount: 1_000, reason: 'x', corrects: today.day!.id });
    expect(notClosed.ok || notClosed.error.fields).toEqual({ corrects: 'not_a_closed_day' });
    const corrected = await staff.manager.ok('payments.cashMovement', { direction: 'in', amount: 1_000, reason: 'Found under the drawer', corrects: first.day!.id });
    expect(corrected.entries).toMatchObject([{ kind: 'in', amount: 1_000, corrects: '2026-03-01' }]);
    expect(await staff.clerk.ok('payments.cashDay', { date: '2026-03-01' })).toEqual(first);
  });

  it('prints the X report of the open day and the Z report of the closed day, the Z in its own series and once per day', async () => {
    const { t, staff, at } = await workshop();
    const o = await order(staff);
    await staff.clerk.ok('payments.openDay', { float: 10_000 });
    await staff.clerk.ok('payments.record', { orderId: o.id, amount: 12_345, method: 'cash' });
    const early = await staff.clerk.call('payments.zReport', {});
    expect(early.ok || early.error.fields).toEqual({ date: 'day_not_open' });
    const x = await staff.clerk.ok('payments.xReport', { language: 'en' });
    expect(x).toMatchObject({ kind: 'cash_x_report', number: 'XR-2026-00001' });
    expect(await staff.clerk.ok('payments.xReport', { language: 'en' })).toEqual(x);
    await staff.clerk.ok('payments.closeDay', { counted: 22_345 });
    const z = await staff.clerk.ok('payments.zReport', { language: 'en' });
    expect(z).toMatchObject({ kind: 'cash_z_report', number: 'ZR-2026-00001' });
    expect((await staff.clerk.ok('payments.zReport', { language: 'he' })).number).toBe('ZR-2026-00001');
    const afterClose = await staff.clerk.call('payments.xReport', {});
    expect(afterClose.ok || afterClose.error.fields).toEqual({ date: 'day_closed' });
    at('2026-03-02T08:00:00Z');
    await staff.clerk.ok('payments.openDay', { float: 22_345 });
    await staff.clerk.ok('payments.closeDay', { counted: 22_345 });
    expect((await staff.clerk.ok('payments.zReport', { language: 'en' })).number).toBe('ZR-2026-00002');
    const text = (await pdfText(new Uint8Array(await readFile(join(t.dataDir, z.file))))).replace(/\s+/g, ' ');
    expect(text).toContain('Z report: cash day closed');
    expect(text).toContain(o.number);
  });

  it('prints the Z report in Hebrew (right to left) and Russian, on A4 (every entry) and an 80 mm roll (payments counted), with the float, the count, the difference and its reason', { timeout: 120_000 }, async () => {
    const { t, staff } = await workshop();
    const o = await order(staff, 'דנה לוי');
    await staff.clerk.ok('payments.openDay', { float: 50_000 });
    await staff.clerk.ok('payments.record', { orderId: o.id, amount: 12_345, method: 'cash' });
    await staff.clerk.ok('payments.cashMovement', { direction: 'out', amount: 20_000, reason: 'הופקד בבנק' });
    await staff.manager.ok('payments.closeDay', { counted: 41_845, reason: 'חסר עודף' });
    const out = process.env.PAYMENTS_PDF_DIR;
    for (const paper of ['A4', 'roll80'] as const) {
      for (const language of ['he', 'ru'] as const) {
        const z = await staff.clerk.ok('payments.zReport', { language, paper });
        expect(z.number).toBe('ZR-2026-00001');
        const pdf = new Uint8Array(await readFile(join(t.dataDir, z.file)));
        if (out) await writeFile(join(out, `z-${language}-${paper}.pdf`), pdf);
        const text = (await pdfText(pdf)).replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
        // A4 lists every entry; the roll counts the cash payments and lists what went out or was moved by hand.
        if (paper === 'A4') expect(text).toContain(o.number);
        else expect(text.replaceAll(z.number, '')).not.toContain(o.number);
        if (language === 'he') {
          for (const words of ['דוח', 'סגירת יום קופה', 'קרן עודף בפתיחה', 'צפוי במגירה', 'נספר', 'הפרש', 'חסר עודף', 'הופקד בבנק', 'תשלומים במזומן (אחד)']) expect(text).toContain(words);
        } else {
          for (const words of ['Z-отчёт', 'закрытие кассового дня', 'Размен на начало дня', 'Должно быть в кассе', 'Пересчитано', 'Расхождение', 'Изъятие', 'Оплаты наличными (1)']) expect(text).toContain(words);
        }
        // The amounts as the Russian locale writes them: expected 423,45, counted 418,45, difference −5,00.
        if (language === 'ru') for (const amount of ['423,45', '418,45', '5,00']) expect(text).toContain(amount);
      }
    }
  });

  it("counts a cash payment taken at 22:30 UTC in a Jerusalem workshop on the next day, the workshop's, and prints its time there", async () => {
    const { t, staff, at } = await workshop();
    await staff.manager.ok('settings.update', { timeZone: 'Asia/Jerusalem' });
    const o = await order(staff);
    at('2026-03-01T22:30:00Z');
    await staff.clerk.ok('payments.record', { orderId: o.id, amount: 12_345, method: 'cash' });
    expect((await staff.clerk.ok('payments.cashDay', { date: '2026-03-01' })).entries).toEqual([]);
    const day = await staff.clerk.ok('payments.openDay', { float: 10_000 });
    expect([day.date, day.totals.cashIn]).toEqual(['2026-03-02', 12_345]);
    const x = await staff.clerk.ok('payments.xReport', { language: 'he' });
    const text = (await pdfText(new Uint8Array(await readFile(join(t.dataDir, x.file))))).replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('02.03.2026');
    expect(text).toContain('00:30');
    expect(text).not.toContain('22:30');
    // Nothing was taken out: the line says 0.00, not -0.00.
    expect(text).not.toMatch(/-0[.,]00/);
  });

  it('lists the earlier days for a manager with their close (expected, counted, difference, reason, who), opens one as it was, and reprints its Z report; a day left open shows its X report', async () => {
    const { t, staff, at } = await workshop();
    const o = await order(staff);
    // 1 March: a ₪100 float, ₪150 cash taken, ₪240 counted (₪10 short), closed by the manager with the reason.
    await staff.clerk.ok('payments.openDay', { float: 10_000 });
    await staff.clerk.ok('payments.record', { orderId: o.id, amount: 15_000, method: 'cash' });
    const first = await staff.manager.ok('payments.closeDay', { counted: 24_000, reason: 'Change given twice' });
    const z = await staff.manager.ok('payments.zReport', { language: 'en' });
    // 2 March: opened and never closed (the clerk forgot).
    at('2026-03-02T08:00:00Z');
    await staff.clerk.ok('payments.openDay', { float: 24_000 });
    await staff.clerk.ok('payments.record', { orderId: o.id, amount: 5_000, method: 'cash' });
    // 3 March: today; it is not an earlier day.
    at('2026-03-03T08:00:00Z');
    await staff.clerk.ok('payments.openDay', { float: 29_000 });
    const days = await staff.manager.ok('payments.cashDays', {});
    expect(days.map((d) => [d.date, d.state])).toEqual([['2026-03-02', 'open'], ['2026-03-01', 'closed']]);
    expect(days[1]).toMatchObject({ float: 10_000, expected: 25_000, counted: 24_000, difference: -1_000, reason: 'Change given twice', closedBy: staff.manager.id, openedBy: staff.clerk.id });
    expect(days[0]).toMatchObject({ expected: 29_000, counted: null, difference: null, closedBy: null });
    expect((await staff.manager.ok('payments.cashDays', { before: '2026-03-02' })).map((d) => d.date)).toEqual(['2026-03-01']);
    expect((await staff.manager.ok('payments.cashDays', { limit: 1 })).map((d) => d.date)).toEqual(['2026-03-02']);
    // The earlier day opens as it was closed, and its Z report is the same document, not a new number.
    expect(await staff.manager.ok('payments.cashDay', { date: '2026-03-01' })).toEqual(first);
    expect(await staff.manager.ok('payments.zReport', { date: '2026-03-01', language: 'en' })).toEqual(z);
    const x = await staff.manager.ok('payments.xReport', { date: '2026-03-02', language: 'ru', paper: 'roll80' });
    expect(x).toMatchObject({ kind: 'cash_x_report', number: 'XR-2026-00001' });
    const text = (await pdfText(new Uint8Array(await readFile(join(t.dataDir, x.file))))).replace(/\s+/g, ' ');
    expect(text).toContain('02.03.2026');
    // The list is a manager's; bad paging is refused with the field named.
    const byClerk = await staff.clerk.call('payments.cashDays', {});
    expect(byClerk.ok || byClerk.error.fields).toEqual({ _: 'role' });
    for (const [input, fields] of [[{ limit: 0 }, { limit: 'not_positive' }], [{ limit: 401 }, { limit: 'too_large' }], [{ before: '2026-02-30' }, { before: 'invalid_date' }]] as const) {
      const answer = await staff.manager.call('payments.cashDays', input as never);
      expect(answer.ok || answer.error.fields, JSON.stringify(input)).toEqual(fields);
    }
  });

  it('lets a technician read the day but not open it', async () => {
    const { staff } = await workshop();
    expect((await staff.technician.ok('payments.cashDay', {})).state).toBe('not_opened');
    const answer = await staff.technician.call('payments.openDay', { float: 0 });
    expect(answer.ok || answer.error.fields).toEqual({ _: 'role' });
  });
});

describe('the cash book and the orders agree', () => {
  it('for any cash payments and refunds on orders, paid − refunded in cash is what the cash book holds for each order', { timeout: 180_000 }, async () => {
    const { staff } = await workshop();
    const orders = [await order(staff, 'Dana Levi'), await order(staff, 'Ivan Petrov', validImei('35290611123457'))];
    await staff.clerk.ok('payments.openDay', { float: 0 });
    const step = fc.record({ which: fc.integer({ min: 0, max: 1 }), refund: fc.boolean(), amount: fc.integer({ min: 1, max: 50_000 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        for (const s of steps) {
          const orderId = orders[s.which].id;
          if (s.refund) await staff.clerk.call('payments.refund', { orderId, amount: s.amount, method: 'cash', reason: 'Back' });
          else await staff.clerk.ok('payments.record', { orderId, amount: s.amount, method: 'cash' });
        }
        const book = await staff.clerk.ok('payments.cashDay', {});
        for (const o of orders) {
          const { balance } = await staff.clerk.ok('payments.of', { orderId: o.id });
          expect(cashHeldFor(book.entries, o.id)).toBe(balance.paid - balance.refunded);
        }
        expect(book.totals.expected).toBe(book.entries.reduce((sum, e) => sum + e.amount, 0));
      }),
      { numRuns: 15 },
    );
  });
});
