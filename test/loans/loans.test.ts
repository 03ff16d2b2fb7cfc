import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, pdfText, staffedWorkshop, validImei } from '../platform/helpers.js';

async function workshopWithLoaner() {
  const clock = { now: new Date('2026-03-02T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: 'ru' });
  const unit = await staff.manager.ok('loans.loaners.save', {
    inventoryNumber: 'LN-001',
    category: 'Smartphone',
    model: 'Samsung Galaxy A15',
    serial: 'R58T000111',
    value: 1500000,
    condition: 'Good, light scratches on the back',
  });
  const view = await staff.clerk.ok('orders.create', {
    ...intakeInput(),
    device: { category: 'Smartphone', brand: 'Samsung', model: 'Galaxy S23', imei: validImei(), purchaseDate: '2025-10-01', warrantyMonths: 12 },
    intake: { statedDefect: 'Dead', warrantyBasis: 'manufacturer' },
  });
  return { t, clock, unit, view, ...staff };
}

const issueInput = (orderId: string, unitId: string) => ({
  orderId,
  unitId,
  dueBack: '2026-03-20',
  conditionOut: 'Good, light scratches on the back',
  accessoriesOut: ['Charger', 'Case'],
  depositTaken: 500000,
});

describe('the loaner clock', () => {
  it('starts when the customer demands a loaner and stops when one is issued', async () => {
    const { clock, clerk, unit, view } = await workshopWithLoaner();
    const demanded = await clerk.ok('loans.demand', { orderId: view.order.id });
    expect(demanded.order.loanerDemandedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(demanded.deadlines.find((d) => d.kind === 'loaner')).toEqual({ kind: 'loaner', due: '2026-03-05', daysLeft: 3, state: 'on_time' });
    clock.now = new Date('2026-03-06T09:00:00Z');
    expect((await clerk.ok('orders.dashboard', { today: '2026-03-06' })).legalOverdue.map((r) => r.id)).toEqual([view.order.id]);
    await clerk.ok('loans.issue', issueInput(view.order.id, unit.id));
    const after = await clerk.ok('orders.get', { id: view.order.id });
    expect(after.deadlines.map((d) => d.kind)).toEqual(['repair']);
  });
});

describe('lending a unit', () => {
  it('puts the unit on loan and never on two loans, even when two requests arrive together', async () => {
    const { t, clerk, manager, unit, view } = await workshopWithLoaner();
    const other = await manager.ok('orders.create', { ...intakeInput({ imei: validImei('35391711987654'), phone: '+7 900 123-45-67' }) });
    const [a, b] = await Promise.all([
      clerk.call('loans.issue', issueInput(view.order.id, unit.id)),
      manager.call('loans.issue', issueInput(other.order.id, unit.id)),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const refused = a.ok ? b : a;
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', fields: { unitId: 'not_available' } } });
    expect(t.backend.store.loans.all()).toHaveLength(1);
    const [pool] = await manager.ok('loans.loaners.list', {});
    expect(pool.state).toBe('on_loan');
    // The unit is on loan to the order whose request won, not merely to some order.
    expect(pool.currentLoan?.orderNumber).toBe((a.ok ? view.order : other.order).number);
  });

  it('refuses a due date before the issue date and a negative deposit, changing nothing', async () => {
    const { t, clerk, unit, view } = await workshopWithLoaner();
    const early = await clerk.call('loans.issue', { ...issueInput(view.order.id, unit.id), dueBack: '2026-03-01' });
    expect(early).toMatchObject({ ok: false, error: { code: 'validation', fields: { dueBack: 'before_issue' } } });
    const negative = await clerk.call('loans.issue', { ...issueInput(view.order.id, unit.id), depositTaken: -1 });
    expect(negative).toMatchObject({ ok: false, error: { code: 'validation', fields: { depositTaken: 'negative' } } });
    expect((await clerk.ok('loans.loaners.list', {}))[0].state).toBe('available');
    expect(t.backend.store.loans.all()).toHaveLength(0);
  });

  it('does not lend a unit in maintenance, and does not retire a unit on loan', async () => {
    const { clerk, unit, view } = await workshopWithLoaner();
    await clerk.ok('loans.loaners.setState', { id: unit.id, state: 'in_maintenance', note: 'Battery swap' });
    expect(await clerk.call('loans.issue', issueInput(view.order.id, unit.id))).toMatchObject({ ok: false, error: { fields: { unitId: 'not_available' } } });
    await clerk.ok('loans.loaners.setState', { id: unit.id, state: 'available' });
    await clerk.ok('loans.issue', issueInput(view.order.id, unit.id));
    expect(await clerk.call('loans.loaners.setState', { id: unit.id, state: 'retired' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('keeps inventory numbers unique', async () => {
    const { clerk } = await workshopWithLoaner();
    const twin = await clerk.call('loans.loaners.save', { inventoryNumber: 'ln-001', category: 'Phone', model: 'X', value: 0, condition: 'New' });
    expect(twin).toMatchObject({ ok: false, error: { code: 'conflict', fields: { inventoryNumber: 'duplicate' } } });
  });
});

describe('hand-back and return', () => {
  it('blocks hand-back while the loan is open; a manager may override with a reason, recorded in the timeline', async () => {
    const { clerk, manager, technician, unit, view } = await workshopWithLoaner();
    const id = view.order.id;
    await clerk.ok('loans.issue', issueInput(id, unit.id));
    for (const to of ['diagnosing', 'in_repair', 'ready'] as const) await technician.ok('orders.transition', { id, to });
    const blocked = await clerk.call('orders.transition', { id, to: 'issued', outcome: 'repaired' });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'conflict', fields: { loan: 'open_loan' } } });
    const byClerk = await clerk.call('orders.transition', { id, to: 'issued', outcome: 'repaired', loanOverrideReason: 'Customer will bring it tomorrow' });
    expect(byClerk).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const overridden = await manager.ok('orders.transition', { id, to: 'issued', outcome: 'repaired', loanOverrideReason: 'Customer will bring it tomorrow' });
    expect(overridden.order.timeline.at(-1)?.note).toMatch(/^Handed back with loan L-2026-00001 open: Customer will bring it tomorrow$/);
  });

  it('takes the loaner back once, settles the deposit with a reason for what is withheld, and frees the unit', async () => {
    const { clock, clerk, unit, view } = await workshopWithLoaner();
    const issued = await clerk.ok('loans.issue', issueInput(view.order.id, unit.id));
    clock.now = new Date('2026-03-12T09:00:00Z');
    const noReason = await clerk.call('loans.return', { loanId: issued.loan.id, conditionIn: 'Cracked corner', depositReturned: 300000 });
    expect(noReason).toMatchObject({ ok: false, error: { fields: { withheldReason: 'required' } } });
    const tooMuch = await clerk.call('loans.return', { loanId: issued.loan.id, conditionIn: 'Fine', depositReturned: 900000 });
    expect(tooMuch).toMatchObject({ ok: false, error: { fields: { depositReturned: 'more_than_taken' } } });
    const returned = await clerk.ok('loans.return', {
      loanId: issued.loan.id,
      conditionIn: 'Cracked corner',
      depositReturned: 300000,
      withheldReason: 'Cracked corner of the screen',
      unitTo: 'in_maintenance',
    });
    expect(returned.state).toBe('returned');
    expect(await clerk.call('loans.return', { loanId: issued.loan.id, conditionIn: 'x', depositReturned: 0, withheldReason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { loanId: 'already_returned' } },
    });
    const [pool] = await clerk.ok('loans.loaners.list', {});
    expect(pool).toMatchObject({ state: 'in_maintenance', condition: 'Cracked corner', loans: 1 });
    const history = await clerk.ok('loans.list', { filter: 'all', unitId: unit.id });
    expect(history.map((h) => [h.loan.number, h.state, h.loan.depositReturned])).toEqual([[issued.loan.number, 'returned', 300000]]);
    expect(pool.utilisation).toBeCloseTo(1, 1);
  });

  it('shows overdue loans on the dashboard', async () => {
    const { clock, clerk, unit, view } = await workshopWithLoaner();
    await clerk.ok('loans.issue', issueInput(view.order.id, unit.id));
    clock.now = new Date('2026-03-19T09:00:00Z');
    expect((await clerk.ok('orders.dashboard', { today: '2026-03-19' })).loansAttention.map((l) => l.state)).toEqual(['due_soon']);
    clock.now = new Date('2026-03-25T09:00:00Z');
    const [late] = (await clerk.ok('orders.dashboard', { today: '2026-03-25' })).loansAttention;
    expect(late).toMatchObject({ state: 'overdue', daysLeft: -5 });
  });
});

describe('loan acts', () => {
  it('print the unit, condition, deposit and due date, in Russian, Hebrew and English', async () => {
    const { clerk, unit, view } = await workshopWithLoaner();
    const issued = await clerk.ok('loans.issue', issueInput(view.order.id, unit.id));
    const words = { ru: 'Акт выдачи подменного изделия', he: 'תעודת מסירת מוצר חלופי', en: 'Replacement device issue act' } as const;
    for (const language of ['ru', 'he', 'en'] as const) {
      const act = await clerk.ok('loans.act', { loanId: issued.loan.id, kind: 'issue', language });
      const { pdfBase64 } = await clerk.ok('documents.content', { id: act.id });
      const text = (await pdfText(Buffer.from(pdfBase64, 'base64'))).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
      for (const part of [words[language], 'LN-001', 'R58T000111', issued.loan.number, view.order.number, 'Ivan Petrov']) expect(text, `${language} ${part}`).toContain(part);
    }
    expect(await clerk.call('loans.act', { loanId: issued.loan.id, kind: 'return', language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
