import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeInput, openBackend, staffedWorkshop } from '../helpers.js';
import { issuedText } from './issuedText.js';

async function russianWorkshop() {
  const clock = { now: new Date('2026-03-01T09:00:00Z') };
  const t = await openBackend({ now: () => clock.now });
  const staff = await staffedWorkshop(t);
  await t.ok('settings.update', {
    actorId: staff.manager.id,
    ruleProfile: 'ru',
    currency: 'RUB',
    workshop: { name: 'Сервис-Плюс', legalName: 'ООО «Сервис-Плюс»', address: 'Москва, ул. Ленина, 1', signatory: 'О. Иванова' },
  });
  const order = await t.ok('orders.create', intakeInput(staff.clerk.id, { name: 'Пётр Сидоров' }));
  return { t, clock, order, ...staff };
}

const refundClaim = (actorId: string, orderId: string) => ({
  actorId,
  orderId,
  receivedOn: '2026-03-01',
  demand: 'refund' as const,
  goodsPrice: 5_000_000,
  amountClaimed: 5_000_000,
  statement: 'Телефон сломался второй раз за месяц, прошу вернуть деньги.',
});

describe('a consumer claim', () => {
  it('takes customer and goods from the order and gets the Art. 22 deadline of 10 days', async () => {
    const { t, clerk, order } = await russianWorkshop();
    const view = await t.ok('claims.save', refundClaim(clerk.id, order.order.id));
    expect(view.claim).toMatchObject({ number: 'CL-2026-00001', customerName: 'Пётр Сидоров', goods: expect.stringContaining('Samsung Galaxy S23'), status: 'received' });
    expect(view).toMatchObject({ orderNumber: order.order.number, state: 'on_time', daysLeft: 10, deadline: { due: '2026-03-11', rule: 'refundDays' } });
    expect((await t.ok('claims.list', { filter: 'open', orderId: order.order.id })).map((v) => v.claim.id)).toEqual([view.claim.id]);
  });

  it('shows the penalty accrued once overdue and lists it for attention', async () => {
    const { t, clock, clerk, order } = await russianWorkshop();
    const { claim } = await t.ok('claims.save', refundClaim(clerk.id, order.order.id));
    clock.now = new Date('2026-03-15T09:00:00Z');
    const view = await t.ok('claims.get', { id: claim.id });
    expect(view).toMatchObject({ state: 'overdue', daysLeft: -4, penalty: { overdueDays: 4, perDay: 50_000, amount: 200_000 } });
    expect((await t.ok('claims.list', { filter: 'attention' })).map((v) => v.claim.id)).toEqual([claim.id]);
  });

  it('refuses bad input by field and leaves nothing stored', async () => {
    const { t, clerk, technician } = await russianWorkshop();
    const bad = await t.call('claims.save', { actorId: clerk.id, receivedOn: '2026-03-05', demand: 'refund', statement: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', fields: { statement: 'required' } } });
    const future = await t.call('claims.save', { actorId: clerk.id, receivedOn: '2026-03-05', demand: 'refund', statement: 'x', customerName: 'A', goods: 'B' });
    expect(future).toMatchObject({ ok: false, error: { fields: { receivedOn: 'in_future' } } });
    const nobody = await t.call('claims.save', { actorId: clerk.id, receivedOn: '2026-03-01', demand: 'refund', statement: 'x', goods: 'B' });
    expect(nobody).toMatchObject({ ok: false, error: { fields: { customerName: 'required' } } });
    const price = await t.call('claims.save', { actorId: clerk.id, receivedOn: '2026-03-01', demand: 'refund', statement: 'x', customerName: 'A', goods: 'B', goodsPrice: -1 });
    expect(price).toMatchObject({ ok: false, error: { fields: { goodsPrice: 'negative' } } });
    expect(await t.ok('claims.list', { filter: 'all' })).toEqual([]);
    const { claim } = await t.ok('claims.save', { actorId: clerk.id, receivedOn: '2026-03-01', demand: 'replacement', replacementCase: 'quality_check', statement: 'x', customerName: 'A', goods: 'B' });
    const decidedByTech = await t.call('claims.decide', { actorId: technician.id, id: claim.id, outcome: 'accepted', reasons: 'ok' });
    expect(decidedByTech).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('is answered by a manager\'s decision, then only closed; an answered claim cannot be edited or decided again', async () => {
    const { t, clock, clerk, manager, order } = await russianWorkshop();
    const { claim } = await t.ok('claims.save', refundClaim(clerk.id, order.order.id));
    await t.ok('claims.setStatus', { actorId: clerk.id, id: claim.id, to: 'under_review' });
    clock.now = new Date('2026-03-20T09:00:00Z');
    const noAmount = await t.call('claims.decide', { actorId: manager.id, id: claim.id, outcome: 'accepted', reasons: 'Дефект подтверждён' });
    expect(noAmount).toMatchObject({ ok: false, error: { fields: { amount: 'required' } } });
    const early = await t.call('claims.decide', { actorId: manager.id, id: claim.id, outcome: 'rejected', reasons: 'x', decidedOn: '2026-02-20' });
    expect(early).toMatchObject({ ok: false, error: { fields: { decidedOn: 'before_received' } } });
    const answered = await t.ok('claims.decide', { actorId: manager.id, id: claim.id, outcome: 'accepted', reasons: 'Дефект подтверждён', amount: 5_000_000, decidedOn: '2026-03-13' });
    expect(answered).toMatchObject({ state: 'answered_late', claim: { status: 'answered' }, penalty: { overdueDays: 2, amount: 100_000 } });
    expect(await t.call('claims.decide', { actorId: manager.id, id: claim.id, outcome: 'rejected', reasons: 'x' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await t.call('claims.save', { ...refundClaim(clerk.id, order.order.id), id: claim.id })).toMatchObject({ ok: false, error: { fields: { id: 'claim_answered' } } });
    expect(await t.call('claims.setStatus', { actorId: clerk.id, id: claim.id, to: 'withdrawn' })).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    const closed = await t.ok('claims.setStatus', { actorId: clerk.id, id: claim.id, to: 'closed' });
    expect(closed.claim.history.map((h) => h.to)).toEqual(['received', 'under_review', 'answered', 'closed']);
  });
});

describe('the claim response letter', () => {
  it('is refused before a decision, then states the claim, decision, reasons, deadline and penalty in each language', async () => {
    const { t, clock, clerk, manager, order } = await russianWorkshop();
    const { claim } = await t.ok('claims.save', refundClaim(clerk.id, order.order.id));
    expect(await t.call('documents.claimResponse', { actorId: clerk.id, claimId: claim.id })).toMatchObject({ ok: false, error: { fields: { claimId: 'not_decided' } } });
    clock.now = new Date('2026-03-13T09:00:00Z');
    await t.ok('claims.decide', {
      actorId: manager.id,
      id: claim.id,
      outcome: 'partly_accepted',
      reasons: 'Недостаток подтверждён проверкой качества; сумма возвращается за вычетом аксессуаров.',
      legalBasis: 'п. 1 ст. 18 Закона РФ «О защите прав потребителей»',
      amount: 4_500_000,
    });
    const texts: Record<string, string> = {};
    const numbers = new Set<string>();
    for (const language of ['ru', 'en', 'he'] as const) {
      const letter = await t.ok('documents.claimResponse', { actorId: clerk.id, claimId: claim.id, language });
      numbers.add(letter.number);
      expect(letter).toMatchObject({ kind: 'claim_response', claimId: claim.id, orderId: order.order.id });
      texts[language] = await issuedText(t, letter.id, `claim-letter-${language}`);
    }
    expect([...numbers]).toEqual(['CR-2026-00001']);
    const ru = texts.ru;
    expect(ru).toContain('Ответ на претензию потребителя');
    expect(ru).toContain('Пётр Сидоров');
    expect(ru).toContain('Возврат уплаченной суммы');
    expect(ru).toContain('Претензия удовлетворена частично.');
    expect(ru).toContain('Недостаток подтверждён проверкой качества');
    expect(ru).toContain('ст. 22 Закона РФ от 07.02.1992');
    expect(ru).toContain('11.03.2026');
    expect(ru).toContain('просрочкой на 2 дн.');
    // 1% of 50,000.00 a day for 2 days.
    expect(ru).toMatch(/1% цены товара в день × 2 дн\. = 1\s?000,00/);
    expect(ru).toContain('ст. 23');
    const en = texts.en;
    expect(en).toContain('The claim is accepted in part.');
    expect(en).toContain('Response deadline: 11/03/2026 (10 days from the claim; Art. 22 of RF Law No. 2300-1');
    expect(texts.he).toContain('התלונה התקבלה בחלקה');
    // The same letter again: the stored one, not a new number or file.
    const again = await t.ok('documents.claimResponse', { actorId: clerk.id, claimId: claim.id, language: 'ru' });
    expect(again.number).toBe('CR-2026-00001');
    const files = await readdir(join(t.dataDir, 'documents', '2026'));
    expect(files.filter((f) => f.startsWith('claim_response-'))).toHaveLength(3);
  });
});
