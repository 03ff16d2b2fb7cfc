import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, validImei } from '../platform/helpers.js';

async function workshop() {
  const clock = { now: new Date('2026-04-01T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  const a = await staff.clerk.ok('orders.create', intakeInput());
  const b = await staff.clerk.ok('orders.create', intakeInput({ imei: validImei('35391711987654') }));
  return { t, clock, a, b, ...staff };
}

describe('a claim against a counterparty', () => {
  it('covers warranty repairs by order number, is sent, answered and settled with the amount received', async () => {
    const { clock, manager, a, b } = await workshop();
    const draft = await manager.ok('claims.counterparty.save', {
      kind: 'warranty_reimbursement',
      counterpartyName: 'Samsung Electronics Rus',
      subject: 'Reimbursement of warranty repairs, March 2026',
      orderNumbers: [a.order.number, b.order.number],
      amountClaimed: 1_250_000,
      answerDueOn: '2026-04-30',
    });
    expect(draft).toMatchObject({ number: 'CC-2026-00001', status: 'draft', orderNumbers: [a.order.number, b.order.number], overdue: false });
    await manager.ok('claims.counterparty.setStatus', { id: draft.id, to: 'sent' });
    clock.now = new Date('2026-05-02T09:00:00Z');
    expect((await manager.ok('claims.counterparty.list', {}))[0]).toMatchObject({ status: 'sent', sentOn: '2026-04-01', overdue: true });
    await manager.ok('claims.counterparty.setStatus', { id: draft.id, to: 'partly_accepted', note: 'Two repairs out of warranty' });
    expect(await manager.call('claims.counterparty.setStatus', { id: draft.id, to: 'settled' })).toMatchObject({
      ok: false,
      error: { fields: { amountSettled: 'required' } },
    });
    const settled = await manager.ok('claims.counterparty.setStatus', { id: draft.id, to: 'settled', amountSettled: 900_000 });
    expect(settled).toMatchObject({ status: 'settled', settledOn: '2026-05-02', amountSettled: 900_000 });
    expect(settled.history.map((h) => h.to)).toEqual(['draft', 'sent', 'partly_accepted', 'settled']);
    expect(await manager.ok('claims.counterparty.list', {})).toEqual([]);
    expect(await manager.call('claims.counterparty.setStatus', { id: draft.id, to: 'withdrawn' })).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
  });

  it('refuses an unknown order by its position, a clerk, and an answer due before sending; nothing is stored', async () => {
    const { manager, clerk, a } = await workshop();
    const input = { kind: 'defective_batch' as const, counterpartyName: 'PartsCo', subject: 'Batch 42 of displays', amountClaimed: 100 };
    expect(await manager.call('claims.counterparty.save', { ...input, orderNumbers: [a.order.number, 'R-2026-99999'] })).toMatchObject({
      ok: false,
      error: { fields: { 'orderNumbers.1': 'not_found' } },
    });
    expect(await clerk.call('claims.counterparty.save', { ...input })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await manager.call('claims.counterparty.save', { ...input, sentOn: '2026-04-01', answerDueOn: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { fields: { answerDueOn: 'before_sent' } },
    });
    expect(await manager.call('claims.counterparty.save', { ...input, counterpartyName: ' ' })).toMatchObject({ ok: false, error: { fields: { counterpartyName: 'required' } } });
    expect(await manager.ok('claims.counterparty.list', { filter: 'all' })).toEqual([]);
  });
});

describe('an independent examination', () => {
  it('refers a unit of an order or a claim with the question, and records the result, cost and who pays', async () => {
    const { clock, clerk, manager, a } = await workshop();
    const { claim } = await clerk.ok('claims.save', { orderId: a.order.id, receivedOn: '2026-04-01', demand: 'refund', statement: 'Экран сам погас' });
    const referral = await clerk.ok('claims.examinations.save', {
      orderNumber: a.order.number,
      claimId: claim.id,
      lab: 'Независимая экспертиза «Эксперт-Сервис»',
      sentOn: '2026-04-01',
      question: 'Является ли недостаток производственным?',
      cost: 500_000,
    });
    expect(referral).toMatchObject({ number: 'EX-2026-00001', orderNumber: a.order.number, claimNumber: claim.number, paidBy: 'undecided' });
    expect(await manager.call('claims.examinations.result', { id: referral.id, resultOn: '2026-03-20', conclusion: 'manufacturing_defect', result: 'x' })).toMatchObject({
      ok: false,
      error: { fields: { resultOn: 'before_sent' } },
    });
    clock.now = new Date('2026-04-15T09:00:00Z');
    const done = await manager.ok('claims.examinations.result', {
      id: referral.id,
      resultOn: '2026-04-14',
      conclusion: 'manufacturing_defect',
      result: 'Отказ контроллера питания, следов нарушения эксплуатации нет.',
      cost: 550_000,
      paidBy: 'seller',
    });
    expect(done).toMatchObject({ conclusion: 'manufacturing_defect', cost: 550_000, paidBy: 'seller', resultOn: '2026-04-14' });
    expect((await manager.ok('claims.examinations.list', { claimId: claim.id })).map((e) => e.id)).toEqual([referral.id]);
    expect(await clerk.call('claims.examinations.save', { lab: 'Lab', sentOn: '2026-04-01', question: 'q' })).toMatchObject({
      ok: false,
      error: { fields: { orderNumber: 'required' } },
    });
  });
});
