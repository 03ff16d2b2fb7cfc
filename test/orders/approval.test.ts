import { describe, expect, it } from 'vitest';
import { intakeInput, type Member, openBackend, pdfText, staffedWorkshop, validImei } from '../platform/helpers.js';

const normalise = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
const HOUR = 3_600_000;

/** An Israeli workshop (VAT 18% inside the prices, shekels) whose clock the test moves, from 1 March 2026 09:00. */
async function workshop() {
  let now = new Date('2026-03-01T09:00:00Z').getTime();
  const t = await openBackend({ now: () => new Date(now) });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: 'il', currency: 'ILS', workshop: { name: 'Tikun Ltd', taxId: '514000000' } });
  const later = (hours: number) => (now += hours * HOUR);
  const storedOrder = (id: string) => JSON.stringify(t.backend.store.orders.get(id));
  return { t, ...staff, later, storedOrder, now: () => new Date(now) };
}
type Workshop = Awaited<ReturnType<typeof workshop>>;

/** Lines worth `work` + `part` (minor units, with VAT) on an order. */
const lines = (id: string, work: number, part = 0) => ({
  id,
  workLines: [{ description: 'Display replacement', quantity: 1, unitPrice: work, warrantyDays: 90 }],
  partLines: part ? [{ name: 'Display module', quantity: 1, unitPrice: part, warrantyDays: 90 }] : [],
});

/** A paid repair estimated at ₪1,000 with a ₪200 prepayment, diagnosed, its lines at the estimate, in repair. */
async function estimatedRepair(w: Workshop, intake: { estimate?: number; approvedMax?: number; warrantyBasis?: 'paid' | 'manufacturer' } = {}, imei = validImei()) {
  const base = intakeInput({ imei });
  const view = await w.clerk.ok('orders.create', { ...base, intake: { ...base.intake, warrantyBasis: 'paid', estimate: 100_000, prepayment: 20_000, ...intake } });
  const id = view.order.id;
  await w.technician.ok('orders.transition', { id, to: 'diagnosing' });
  await w.technician.ok('orders.setLines', lines(id, 80_000, 20_000));
  await w.technician.ok('orders.transition', { id, to: 'in_repair' });
  return id;
}

const refusal = async (member: Member, channel: Parameters<Member['call']>[0], input: unknown) => {
  const answer = await member.call(channel, input as never);
  return answer.ok ? 'accepted' : answer.error.fields;
};

describe('lines above what the customer agreed to stop the work', () => {
  it('lines that come to the estimate exactly go on; lines above it move the order to "awaiting approval" with the total and the limit on the timeline', async () => {
    const w = await workshop();
    const id = await estimatedRepair(w);
    expect((await w.clerk.ok('orders.get', { id })).order.status).toBe('in_repair');
    const stopped = await w.technician.ok('orders.setLines', lines(id, 110_000, 20_000));
    expect(stopped.order.status).toBe('awaiting_approval');
    expect(stopped.order.timeline.at(-1)).toMatchObject({ from: 'in_repair', to: 'awaiting_approval', by: w.technician.id, overLimit: { total: 130_000, limit: 100_000 } });
  });

  it('refuses the work-advancing moves (repair, parts, ready) with approval_needed until the answer is recorded; cancelling stays open', async () => {
    const w = await workshop();
    const id = await estimatedRepair(w);
    await w.technician.ok('orders.setLines', lines(id, 110_000, 20_000));
    for (const to of ['in_repair', 'awaiting_parts', 'ready', 'diagnosing', 'at_external_service']) {
      expect(await refusal(w.technician, 'orders.transition', { id, to }), to).toEqual({ to: 'approval_needed' });
    }
    expect((await w.clerk.ok('orders.get', { id })).order.status).toBe('awaiting_approval');
    expect((await w.clerk.ok('orders.transition', { id, to: 'cancelled', note: 'Customer declined the cost' })).order.status).toBe('cancelled');
  });

  it('the approved maximum given at intake is the limit when there is one (above the estimate)', async () => {
    const w = await workshop();
    const id = await estimatedRepair(w, { approvedMax: 150_000 });
    expect((await w.technician.ok('orders.setLines', lines(id, 130_000, 20_000))).order.status).toBe('in_repair');
    const stopped = await w.technician.ok('orders.setLines', lines(id, 130_000, 20_001));
    expect(stopped.order.timeline.at(-1)?.overLimit).toEqual({ total: 150_001, limit: 150_000 });
  });

  it('warranty lines are not the customer’s to pay: a manufacturer’s warranty repair above the estimate goes on', async () => {
    const w = await workshop();
    const id = await estimatedRepair(w, { warrantyBasis: 'manufacturer', estimate: 10_000 });
    expect((await w.technician.ok('orders.setLines', lines(id, 500_000, 200_000))).order.status).toBe('in_repair');
  });

  it('an order taken in without an estimate (or with an estimate of 0) has nothing to exceed', async () => {
    const w = await workshop();
    for (const [estimate, imei] of [[undefined, validImei('35290611100011')], [0, validImei('35290611100012')]] as const) {
      const id = await estimatedRepair(w, { estimate }, imei);
      expect((await w.technician.ok('orders.setLines', lines(id, 900_000))).order.status).toBe('in_repair');
    }
  });
});

describe('an estimate corrected below the lines, and a shipment, wait for the approval too', () => {
  it('an estimate corrected by orders.correct below what the lines already come to moves the order to "awaiting approval"', async () => {
    const w = await workshop();
    const id = await estimatedRepair(w);
    // The lines come to ₪1,000; the clerk corrects the estimate to ₪800 (the customer was quoted less).
    const corrected = await w.clerk.ok('orders.correct', { id, estimate: 80_000, reason: 'The customer was quoted ₪800' });
    expect(corrected.order.status).toBe('awaiting_approval');
    expect(corrected.order.timeline.at(-1)).toMatchObject({ from: 'in_repair', to: 'awaiting_approval', by: w.clerk.id, overLimit: { total: 100_000, limit: 80_000 } });
    expect(await refusal(w.technician, 'orders.transition', { id, to: 'ready' })).toEqual({ to: 'approval_needed' });
    // An estimate corrected up to the lines or above stops nothing.
    const other = await estimatedRepair(w, {}, validImei('35290611100021'));
    expect((await w.clerk.ok('orders.correct', { id: other, estimate: 100_000 + 50_000 })).order.status).toBe('in_repair');
  });

  it('an approved maximum corrected below the lines does the same; corrected back up, the work may go on', async () => {
    const w = await workshop();
    const id = await estimatedRepair(w, { approvedMax: 150_000 });
    const lowered = await w.clerk.ok('orders.correct', { id, approvedMax: 90_000 });
    expect(lowered.order.status).toBe('awaiting_approval');
    expect(lowered.order.timeline.at(-1)?.overLimit).toEqual({ total: 100_000, limit: 90_000 });
    await w.clerk.ok('orders.correct', { id, approvedMax: 120_000, reason: 'Typed wrong' });
    expect((await w.technician.ok('orders.transition', { id, to: 'in_repair' })).order.status).toBe('in_repair');
  });

  it('a shipment to an external service centre refuses an order awaiting approval, naming it, and changes nothing', async () => {
    const w = await workshop();
    const id = await estimatedRepair(w);
    const free = await estimatedRepair(w, {}, validImei('35290611100031'));
    await w.technician.ok('orders.setLines', lines(id, 110_000, 20_000));
    const before = [w.storedOrder(id), w.storedOrder(free)];
    expect(await refusal(w.clerk, 'shipments.create', { serviceCentre: 'Lab', orderIds: [free, id] })).toEqual({ 'orderIds.1': 'approval_needed' });
    expect([w.storedOrder(id), w.storedOrder(free)]).toEqual(before);
    expect(w.t.backend.store.shipments.size).toBe(0);
    // Approved, the same order goes out.
    await w.clerk.ok('orders.recordApproval', { id, answer: 'approved', approvedUpTo: 130_000, channel: 'phone' });
    const sent = await w.clerk.ok('shipments.create', { serviceCentre: 'Lab', orderIds: [free, id] });
    expect(sent.orders.map((o) => o.status)).toEqual(['at_external_service', 'at_external_service']);
  });
});

describe("recording the customer's answer (orders.recordApproval)", () => {
  it('approved by phone up to ₪1,500: recorded with who took it and when, the order goes back to where the work stood, and lines up to the new limit go on', async () => {
    const w = await workshop();
    const id = await estimatedRepair(w);
    await w.technician.ok('orders.setLines', lines(id, 110_000, 20_000));
    w.later(2);
    const answeredAt = new Date(w.now().getTime() - HOUR).toISOString();
    const approved = await w.clerk.ok('orders.recordApproval', { id, answer: 'approved', approvedUpTo: 150_000, channel: 'phone', at: answeredAt, note: 'Spoke with the customer' });
    expect(approved.order.status).toBe('in_repair');
    expect(approved.order.approvals).toEqual([
      { answer: 'approved', approvedUpTo: 150_000, channel: 'phone', at: answeredAt, by: w.clerk.id, recordedAt: w.now().toISOString(), total: 130_000, limit: 100_000, note: 'Spoke with the customer' },
    ]);
    expect(approved.order.timeline.at(-1)).toMatchObject({ from: 'awaiting_approval', to: 'in_repair', by: w.clerk.id });
    expect((await w.technician.ok('orders.setLines', lines(id, 130_000, 20_000))).order.status).toBe('in_repair');
    // Above the approval the work stops again, now against the customer's approved amount.
    const again = await w.technician.ok('orders.setLines', lines(id, 140_000, 20_000));
    expect(again.order.timeline.at(-1)).toMatchObject({ to: 'awaiting_approval', overLimit: { total: 160_000, limit: 150_000 } });
  });

  it('an approval when the lines stopped the work straight from intake moves the order on to the diagnosis', async () => {
    const w = await workshop();
    const base = intakeInput();
    const { order } = await w.clerk.ok('orders.create', { ...base, intake: { ...base.intake, warrantyBasis: 'paid', estimate: 10_000 } });
    expect((await w.clerk.ok('orders.setLines', lines(order.id, 20_000))).order.status).toBe('awaiting_approval');
    expect((await w.clerk.ok('orders.recordApproval', { id: order.id, answer: 'approved', approvedUpTo: 20_000, channel: 'in_person' })).order.status).toBe('diagnosing');
  });

  it('declined: recorded, the order keeps waiting; lines brought down to the estimate let the work go on', async () => {
    const w = await workshop();
    const id = await estimatedRepair(w);
    await w.technician.ok('orders.setLines', lines(id, 110_000, 20_000));
    const declined = await w.clerk.ok('orders.recordApproval', { id, answer: 'declined', channel: 'in_writing' });
    expect(declined.order.status).toBe('awaiting_approval');
    expect(declined.order.approvals?.[0]).toMatchObject({ answer: 'declined', channel: 'in_writing', total: 130_000, limit: 100_000, by: w.clerk.id });
    expect(await refusal(w.technician, 'orders.transition', { id, to: 'in_repair' })).toEqual({ to: 'approval_needed' });
    await w.technician.ok('orders.setLines', lines(id, 80_000, 20_000));
    expect((await w.technician.ok('orders.transition', { id, to: 'in_repair' })).order.status).toBe('in_repair');
  });

  it('refuses bad answers with the field named, and nothing stored changes', async () => {
    const w = await workshop();
    const id = await estimatedRepair(w);
    await w.technician.ok('orders.setLines', lines(id, 110_000, 20_000));
    const before = w.storedOrder(id);
    const approve = (fields: Record<string, unknown>) => ({ id, answer: 'approved', channel: 'phone', approvedUpTo: 150_000, ...fields });
    expect(await refusal(w.clerk, 'orders.recordApproval', approve({ approvedUpTo: -100 }))).toEqual({ approvedUpTo: 'negative' });
    expect(await refusal(w.clerk, 'orders.recordApproval', approve({ approvedUpTo: 100_000_000_001 }))).toEqual({ approvedUpTo: 'too_large' });
    expect(await refusal(w.clerk, 'orders.recordApproval', approve({ approvedUpTo: 150_000.5 }))).toEqual({ approvedUpTo: 'invalid_number' });
    expect(await refusal(w.clerk, 'orders.recordApproval', approve({ approvedUpTo: undefined }))).toEqual({ approvedUpTo: 'required' });
    // Less than the lines come to is not an approval of these lines.
    expect(await refusal(w.clerk, 'orders.recordApproval', approve({ approvedUpTo: 129_999 }))).toEqual({ approvedUpTo: 'below_total' });
    expect(await refusal(w.clerk, 'orders.recordApproval', { id, answer: 'declined', channel: 'phone', approvedUpTo: 1 })).toEqual({ approvedUpTo: 'not_allowed' });
    expect(await refusal(w.clerk, 'orders.recordApproval', approve({ channel: 'email' }))).toEqual({ channel: 'invalid_choice' });
    expect(await refusal(w.clerk, 'orders.recordApproval', approve({ at: '2026-03-02T09:00:00Z' }))).toEqual({ at: 'in_future' });
    expect(await refusal(w.clerk, 'orders.recordApproval', approve({ at: '2026-02-28T09:00:00Z' }))).toEqual({ at: 'before_intake' });
    expect(await refusal(w.clerk, 'orders.recordApproval', approve({ at: 'yesterday' }))).toEqual({ at: 'invalid_date' });
    expect(await refusal(w.clerk, 'orders.recordApproval', approve({ by: w.manager.id }))).toEqual({ by: 'unknown_field' });
    // Taking the customer's answer is the counter's: a technician is refused.
    expect(await refusal(w.technician, 'orders.recordApproval', approve({}))).toEqual({ _: 'role' });
    expect(w.storedOrder(id)).toBe(before);
  });

  it('refuses an answer for an order that is not awaiting approval', async () => {
    const w = await workshop();
    const id = await estimatedRepair(w);
    expect(await refusal(w.clerk, 'orders.recordApproval', { id, answer: 'approved', approvedUpTo: 100_000, channel: 'phone' })).toEqual({ id: 'not_awaiting_approval' });
  });
});

describe('the completion act states the approval', () => {
  it("in en, ru and he: approved up to ₪1,500 by phone on the day, taken by the clerk", async () => {
    const w = await workshop();
    const id = await estimatedRepair(w);
    await w.technician.ok('orders.setLines', lines(id, 110_000, 20_000));
    await w.clerk.ok('orders.recordApproval', { id, answer: 'approved', approvedUpTo: 150_000, channel: 'phone' });
    await w.technician.ok('orders.transition', { id, to: 'ready' });
    const text = async (language: 'en' | 'ru' | 'he') => {
      const act = await w.clerk.ok('orders.completionAct', { orderId: id, language });
      return normalise(await pdfText(Buffer.from((await w.clerk.ok('documents.content', { id: act.id })).pdfBase64, 'base64')));
    };
    expect(await text('en')).toContain('Approved by the customer up to ₪1,500.00 by phone on 01/03/2026, taken by נועה פרץ.');
    const ru = await text('ru');
    expect(ru).toContain('Стоимость согласована клиентом до 1 500,00 ₪ по телефону 01.03.2026; согласование принял(а): נועה פרץ.');
    const he = await text('he');
    expect(he).toContain('אישור הלקוח');
    expect(he).toContain('בטלפון');
    expect(he).toContain('1,500.00');
  });
});
