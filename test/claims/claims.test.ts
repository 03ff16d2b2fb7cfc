import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop, validImei } from '../platform/helpers.js';
import { issuedText } from '../documents/issuedText.js';

async function russianWorkshop() {
  const clock = { now: new Date('2026-03-01T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', {
    ruleProfile: 'ru',
    currency: 'RUB',
    workshop: { name: 'Сервис-Плюс', legalName: 'ООО «Сервис-Плюс»', address: 'Москва, ул. Ленина, 1', signatory: 'О. Иванова' },
  });
  const order = await staff.clerk.ok('orders.create', intakeInput({ name: 'Пётр Сидоров' }));
  return { t, clock, order, ...staff };
}

const refundClaim = (orderId: string) => ({
  orderId,
  receivedOn: '2026-03-01',
  demand: 'refund' as const,
  goodsPrice: 5_000_000,
  amountClaimed: 5_000_000,
  statement: 'Телефон сломался второй раз за месяц, прошу вернуть деньги.',
});

describe('a consumer claim', () => {
  it('takes customer and goods from the order and gets the Art. 22 deadline of 10 days', async () => {
    const { clerk, order } = await russianWorkshop();
    const view = await clerk.ok('claims.save', refundClaim(order.order.id));
    expect(view.claim).toMatchObject({ number: 'CL-2026-00001', customerName: 'Пётр Сидоров', goods: expect.stringContaining('Samsung Galaxy S23'), status: 'received' });
    expect(view).toMatchObject({ orderNumber: order.order.number, state: 'on_time', daysLeft: 10, deadline: { due: '2026-03-11', rule: 'refundDays' } });
    expect((await clerk.ok('claims.list', { filter: 'open', orderId: order.order.id })).map((v) => v.claim.id)).toEqual([view.claim.id]);
  });

  it('shows the penalty accrued once overdue and lists it for attention', async () => {
    const { clock, clerk, order } = await russianWorkshop();
    const { claim } = await clerk.ok('claims.save', refundClaim(order.order.id));
    clock.now = new Date('2026-03-15T09:00:00Z');
    const view = await clerk.ok('claims.get', { id: claim.id });
    expect(view).toMatchObject({ state: 'overdue', daysLeft: -4, penalty: { overdueDays: 4, perDay: 50_000, amount: 200_000 } });
    expect((await clerk.ok('claims.list', { filter: 'attention' })).map((v) => v.claim.id)).toEqual([claim.id]);
  });

  it('refuses bad input by field and leaves nothing stored', async () => {
    const { clerk, technician } = await russianWorkshop();
    const bad = await clerk.call('claims.save', { receivedOn: '2026-03-05', demand: 'refund', statement: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', fields: { statement: 'required' } } });
    const future = await clerk.call('claims.save', { receivedOn: '2026-03-05', demand: 'refund', statement: 'x', customerName: 'A', goods: 'B' });
    expect(future).toMatchObject({ ok: false, error: { fields: { receivedOn: 'in_future' } } });
    const nobody = await clerk.call('claims.save', { receivedOn: '2026-03-01', demand: 'refund', statement: 'x', goods: 'B' });
    expect(nobody).toMatchObject({ ok: false, error: { fields: { customerName: 'required' } } });
    const price = await clerk.call('claims.save', { receivedOn: '2026-03-01', demand: 'refund', statement: 'x', customerName: 'A', goods: 'B', goodsPrice: -1 });
    expect(price).toMatchObject({ ok: false, error: { fields: { goodsPrice: 'negative' } } });
    expect(await clerk.ok('claims.list', { filter: 'all' })).toEqual([]);
    const { claim } = await clerk.ok('claims.save', { receivedOn: '2026-03-01', demand: 'replacement', replacementCase: 'quality_check', statement: 'x', customerName: 'A', goods: 'B' });
    const decidedByTech = await technician.call('claims.decide', { id: claim.id, outcome: 'accepted', reasons: 'ok' });
    expect(decidedByTech).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('is answered by a manager\'s decision, then only closed; an answered claim cannot be edited or decided again', async () => {
    const { clock, clerk, manager, order } = await russianWorkshop();
    const { claim } = await clerk.ok('claims.save', refundClaim(order.order.id));
    await clerk.ok('claims.setStatus', { id: claim.id, to: 'under_review' });
    clock.now = new Date('2026-03-20T09:00:00Z');
    const noAmount = await manager.call('claims.decide', { id: claim.id, outcome: 'accepted', reasons: 'Дефект подтверждён' });
    expect(noAmount).toMatchObject({ ok: false, error: { fields: { amount: 'required' } } });
    const early = await manager.call('claims.decide', { id: claim.id, outcome: 'rejected', reasons: 'x', decidedOn: '2026-02-20' });
    expect(early).toMatchObject({ ok: false, error: { fields: { decidedOn: 'before_received' } } });
    const answered = await manager.ok('claims.decide', { id: claim.id, outcome: 'accepted', reasons: 'Дефект подтверждён', amount: 5_000_000, decidedOn: '2026-03-13' });
    // Answered 2 days late, but the refund is not paid yet: the penalty runs to today (12-20 March, 9 days).
    expect(answered).toMatchObject({ state: 'answered_late', claim: { status: 'answered' }, penalty: { overdueDays: 9, amount: 450_000, running: true } });
    expect(await manager.call('claims.decide', { id: claim.id, outcome: 'rejected', reasons: 'x' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await clerk.call('claims.save', { ...refundClaim(order.order.id), id: claim.id })).toMatchObject({ ok: false, error: { fields: { id: 'claim_answered' } } });
    expect(await manager.call('claims.setStatus', { id: claim.id, to: 'withdrawn' })).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    const closed = await clerk.ok('claims.setStatus', { id: claim.id, to: 'closed' });
    expect(closed.claim.history.map((h) => h.to)).toEqual(['received', 'under_review', 'answered', 'closed']);
  });
});

describe('a company\'s claim and corrections', () => {
  it('a company gets no statutory consumer term and no penalty, also on its letter', async () => {
    const { clock, clerk, manager } = await russianWorkshop();
    const input = intakeInput({ name: 'ООО «Ромашка»', imei: validImei('35290611999001') });
    const order = await clerk.ok('orders.create', { ...input, customer: { ...input.customer, kind: 'company' } });
    const { claim } = await clerk.ok('claims.save', refundClaim(order.order.id));
    clock.now = new Date('2026-03-25T09:00:00Z');
    const view = await manager.ok('claims.get', { id: claim.id });
    expect(view).toMatchObject({ state: 'no_deadline', deadline: { due: null, company: true, source: expect.stringContaining('preamble') } });
    expect(view.penalty).toBeUndefined();
    await manager.ok('claims.decide', { id: claim.id, outcome: 'accepted', reasons: 'ok', amount: 5_000_000 });
    const letter = await clerk.ok('claims.responseLetter', { claimId: claim.id, language: 'en' });
    const text = await issuedText(clerk, letter.id, 'claim-letter-company');
    expect(text).toContain('The claimant is a company');
    expect(text).not.toContain('Penalty');
  });

  it('clears the price and the amount claimed when a correction leaves them out', async () => {
    const { clock, clerk, order } = await russianWorkshop();
    const { claim } = await clerk.ok('claims.save', refundClaim(order.order.id));
    const { goodsPrice: _price, amountClaimed: _amount, ...withoutMoney } = refundClaim(order.order.id);
    const corrected = await clerk.ok('claims.save', { ...withoutMoney, id: claim.id });
    expect(corrected.claim.goodsPrice).toBeUndefined();
    expect(corrected.claim.amountClaimed).toBeUndefined();
    clock.now = new Date('2026-03-15T09:00:00Z');
    expect((await clerk.ok('claims.get', { id: claim.id })).penalty).toBeUndefined();
  });
});

describe('acts that stop or move a claim\'s clock are a manager\'s', () => {
  it('only a manager records a withdrawal, and it is kept in the history', async () => {
    const { clerk, manager, order } = await russianWorkshop();
    const { claim } = await clerk.ok('claims.save', refundClaim(order.order.id));
    expect(await clerk.call('claims.setStatus', { id: claim.id, to: 'withdrawn' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await manager.ok('claims.get', { id: claim.id })).claim.status).toBe('received');
    const withdrawn = await manager.ok('claims.setStatus', { id: claim.id, to: 'withdrawn', note: 'Заявление об отзыве от 01.03.2026' });
    expect(withdrawn.claim.history.at(-1)).toMatchObject({ by: manager.id, from: 'received', to: 'withdrawn' });
  });

  it('only a manager corrects the received date or the demand of an open claim, on record; a clerk may correct the rest', async () => {
    const { clerk, manager, order } = await russianWorkshop();
    const { claim } = await clerk.ok('claims.save', refundClaim(order.order.id));
    const moved = await clerk.call('claims.save', { ...refundClaim(order.order.id), id: claim.id, receivedOn: '2026-02-27' });
    expect(moved).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const demand = await clerk.call('claims.save', { ...refundClaim(order.order.id), id: claim.id, demand: 'repair' });
    expect(demand).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await manager.ok('claims.get', { id: claim.id })).claim).toMatchObject({ receivedOn: '2026-03-01', demand: 'refund' });
    const phone = await clerk.ok('claims.save', { ...refundClaim(order.order.id), id: claim.id, customerPhone: '+7 900 000-00-00' });
    expect(phone.claim.history).toHaveLength(1);
    const corrected = await manager.ok('claims.save', { ...refundClaim(order.order.id), id: claim.id, receivedOn: '2026-02-27' });
    expect(corrected).toMatchObject({ claim: { receivedOn: '2026-02-27' }, deadline: { due: '2026-03-09' } });
    expect(corrected.claim.history.at(-1)).toMatchObject({ by: manager.id, action: 'corrected', note: 'receivedOn: 2026-03-01 → 2026-02-27' });
  });
});

describe('the penalty runs until the demand is satisfied (Art. 23), not until the answer', () => {
  it('keeps accruing after an accepted decision and stops on the day the refund is paid', async () => {
    const { clock, clerk, manager, order } = await russianWorkshop();
    const { claim } = await clerk.ok('claims.save', refundClaim(order.order.id));
    clock.now = new Date('2026-03-13T09:00:00Z');
    await manager.ok('claims.decide', { id: claim.id, outcome: 'accepted', reasons: 'Дефект подтверждён', amount: 5_000_000 });
    const early = await manager.call('claims.fulfil', { id: claim.id, fulfilledOn: '2026-03-12' });
    expect(early).toMatchObject({ ok: false, error: { fields: { fulfilledOn: 'before_decision' } } });
    clock.now = new Date('2026-03-25T09:00:00Z');
    // Decided on the 13th, still unpaid on the 25th: 12-25 March, 14 days.
    expect(await manager.ok('claims.get', { id: claim.id })).toMatchObject({ state: 'answered_late', penalty: { overdueDays: 14, amount: 700_000, running: true } });
    expect(await clerk.call('claims.fulfil', { id: claim.id, fulfilledOn: '2026-03-18' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await manager.call('claims.fulfil', { id: claim.id, fulfilledOn: '2026-03-26' })).toMatchObject({ ok: false, error: { fields: { fulfilledOn: 'in_future' } } });
    const paid = await manager.ok('claims.fulfil', { id: claim.id, fulfilledOn: '2026-03-18' });
    // Paid on the 18th: 12-18 March, 7 days, whatever the day it is looked at.
    expect(paid).toMatchObject({ claim: { fulfilledOn: '2026-03-18' }, penalty: { overdueDays: 7, amount: 350_000, until: '2026-03-18', running: false } });
    expect(paid.claim.history.at(-1)).toMatchObject({ by: manager.id, action: 'fulfilled', note: '2026-03-18' });
    clock.now = new Date('2026-04-30T09:00:00Z');
    expect((await manager.ok('claims.get', { id: claim.id })).penalty).toMatchObject({ overdueDays: 7 });
    expect(await manager.call('claims.fulfil', { id: claim.id, fulfilledOn: '2026-03-19' })).toMatchObject({ ok: false, error: { fields: { id: 'already_fulfilled' } } });
  });

  it('a rejected claim accrues no penalty and cannot be marked satisfied; its letter offers none', async () => {
    const { clock, clerk, manager, order } = await russianWorkshop();
    const { claim } = await clerk.ok('claims.save', refundClaim(order.order.id));
    clock.now = new Date('2026-03-15T09:00:00Z');
    const rejected = await manager.ok('claims.decide', { id: claim.id, outcome: 'rejected', reasons: 'Недостаток возник по вине потребителя (следы влаги).' });
    expect(rejected).toMatchObject({ state: 'answered_late', penalty: undefined });
    expect(await manager.call('claims.fulfil', { id: claim.id, fulfilledOn: '2026-03-15' })).toMatchObject({ ok: false, error: { fields: { id: 'not_accepted' } } });
    const letter = await clerk.ok('claims.responseLetter', { claimId: claim.id, language: 'ru' });
    const text = await issuedText(clerk, letter.id, 'claim-letter-rejected');
    expect(text).toContain('просрочкой на 4 дня.');
    expect(text).not.toContain('Неустойка');
  });
});

describe('the terms fixed at registration (deadline, penalty rate, rule and source)', () => {
  it('do not change with later settings; they are re-derived when the claim\'s own date or demand changes', async () => {
    const { clock, clerk, manager, order } = await russianWorkshop();
    const { claim } = await clerk.ok('claims.save', refundClaim(order.order.id));
    expect(claim.terms).toMatchObject({ deadline: { due: '2026-03-11', rule: 'refundDays', source: expect.stringContaining('Art. 22') }, penaltyRate: { percentPerDay: 1 } });
    await manager.ok('settings.update', { ruleOverrides: { refundDays: 20, penaltyPercentPerDay: 3 } });
    clock.now = new Date('2026-03-13T09:00:00Z');
    const later = await manager.ok('claims.get', { id: claim.id });
    expect(later).toMatchObject({ state: 'overdue', deadline: { due: '2026-03-11' }, penalty: { percentPerDay: 1, amount: 100_000 } });
    // Correcting the statement keeps the terms; correcting the demand re-derives them under today's settings.
    const statement = await manager.ok('claims.save', { ...refundClaim(order.order.id), id: claim.id, statement: 'Уточнённый текст претензии.' });
    expect(statement.deadline.due).toBe('2026-03-11');
    const demand = await manager.ok('claims.save', { ...refundClaim(order.order.id), id: claim.id, demand: 'price_reduction' });
    expect(demand).toMatchObject({ deadline: { due: '2026-03-23', source: expect.stringContaining('set by the workshop') }, state: 'on_time' });
    // The letter prints the stored figures.
    await manager.ok('claims.decide', { id: claim.id, outcome: 'accepted', reasons: 'ok', amount: 500_000 });
    await manager.ok('settings.update', { ruleOverrides: {} });
    const letter = await clerk.ok('claims.responseLetter', { claimId: claim.id, language: 'en' });
    expect(await issuedText(clerk, letter.id, 'claim-letter-stored')).toContain('Response deadline: 23/03/2026 (20 days from the claim');
  });
});

describe('a UK refund claim (CRA s.20)', () => {
  it('has no refund date until the manager agrees; then 14 days from the decision, printed on the letter', async () => {
    const clock = { now: new Date('2026-03-01T09:00:00Z') };
    const t = await openBackend({ now: () => clock.now });
    const { clerk, manager } = await staffedWorkshop(t);
    await manager.ok('settings.update', { ruleProfile: 'uk', currency: 'GBP' });
    const { claim } = await clerk.ok('claims.save', { receivedOn: '2026-03-01', demand: 'refund', goodsPrice: 49_900, statement: 'Faulty kettle, refund please.', customerName: 'Jane Doe', goods: 'Kettle' });
    clock.now = new Date('2026-03-20T09:00:00Z');
    expect(await manager.ok('claims.get', { id: claim.id })).toMatchObject({ state: 'no_deadline', deadline: { due: null, from: 'agreement' } });
    const agreed = await manager.ok('claims.decide', { id: claim.id, outcome: 'accepted', reasons: 'Faulty within 30 days.', amount: 49_900, decidedOn: '2026-03-18' });
    expect(agreed).toMatchObject({ deadline: { due: '2026-04-01', from: 'agreement' }, state: 'on_time', daysLeft: 12 });
    const letter = await clerk.ok('claims.responseLetter', { claimId: claim.id, language: 'en' });
    expect(await issuedText(clerk, letter.id, 'claim-letter-uk')).toContain('Payment deadline: 01/04/2026 (14 days from this agreement');
  });
});

describe('the claim response letter', () => {
  it('is refused before a decision, then states the claim, decision, reasons, deadline and penalty in each language', async () => {
    const { t, clock, clerk, manager, order } = await russianWorkshop();
    const { claim } = await clerk.ok('claims.save', refundClaim(order.order.id));
    expect(await clerk.call('claims.responseLetter', { claimId: claim.id })).toMatchObject({ ok: false, error: { fields: { claimId: 'not_decided' } } });
    clock.now = new Date('2026-03-13T09:00:00Z');
    await manager.ok('claims.decide', {
      id: claim.id,
      outcome: 'partly_accepted',
      reasons: 'Недостаток подтверждён проверкой качества; сумма возвращается за вычетом аксессуаров.',
      legalBasis: 'п. 1 ст. 18 Закона РФ «О защите прав потребителей»',
      amount: 4_500_000,
    });
    const texts: Record<string, string> = {};
    const numbers = new Set<string>();
    for (const language of ['ru', 'en', 'he'] as const) {
      const letter = await clerk.ok('claims.responseLetter', { claimId: claim.id, language });
      numbers.add(letter.number);
      expect(letter).toMatchObject({ kind: 'claim_response', claimId: claim.id, orderId: order.order.id });
      texts[language] = await issuedText(clerk, letter.id, `claim-letter-${language}`);
    }
    expect([...numbers]).toEqual(['CR-2026-00001']);
    const ru = texts.ru;
    expect(ru).toContain('Ответ на претензию потребителя');
    expect(ru).toContain('Пётр Сидоров');
    expect(ru).toContain('Возврат уплаченной суммы');
    expect(ru).toContain('Претензия удовлетворена частично.');
    expect(ru).toContain('Недостаток подтверждён проверкой качества');
    // The sources are the rule profile's, by their catalogue keys, in the letter's language.
    expect(ru).toContain('Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 22');
    expect(ru).toContain('11.03.2026');
    expect(ru).toContain('просрочкой на 2 дня.');
    // 1% of 50,000.00 a day for 2 days.
    expect(ru).toMatch(/1% цены в день × 2 дня = 1\s?000,00/);
    expect(ru).toContain('ст. 23 п. 1');
    expect(ru).not.toMatch(/RF Law|Art\./);
    expect(ru).toContain('неустойка начисляется до удовлетворения требования');
    const en = texts.en;
    expect(en).toContain('The claim is accepted in part.');
    expect(en).toContain('Response deadline: 11/03/2026 (10 days from the claim; RF Law No. 2300-1 "On Protection of Consumer Rights", Art. 22');
    expect(texts.he).toContain('על הגנת זכויות הצרכן');
    expect(texts.he).toContain('סעיף ( 22החזר כספי');
    expect(texts.he).not.toMatch(/RF Law|Art\./);
    expect(texts.he).toContain('התלונה התקבלה בחלקה');
    // The same letter again: the stored one, not a new number or file.
    const again = await clerk.ok('claims.responseLetter', { claimId: claim.id, language: 'ru' });
    expect(again.number).toBe('CR-2026-00001');
    const files = await readdir(join(t.dataDir, 'documents', '2026'));
    expect(files.filter((f) => f.startsWith('claim_response-'))).toHaveLength(3);
  });
});
