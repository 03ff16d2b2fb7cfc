// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OrderDetail } from '../../renderer/orders/OrderDetail.js';
import { catalogue } from '../../shared/catalogue.js';
import { renderWithBackend } from '../app/harness.js';

const he = catalogue.he;
const slow = { timeout: 15_000 };
const plain = (text: string | null) => (text ?? '').replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
let orderId = '';

describe("the customer's approval on the order screen", () => {
  it('in Hebrew: says why the work waits, refuses an amount below the lines at its field, records the approval by phone, and the order goes back to diagnosis', async () => {
    const { manager } = await renderWithBackend(() => <OrderDetail id={orderId} />, {
      demo: true,
      role: 'clerk',
      language: 'he',
      prepare: async (_t, manager) => {
        const view = await manager.ok('orders.create', {
          customer: { kind: 'person', name: 'דנה לוי', phones: ['050-555-0998'] },
          device: { category: 'Laptop', brand: 'Lenovo', model: 'T14', serial: 'AP-0001' },
          intake: { statedDefect: 'No power', warrantyBasis: 'paid', estimate: 30_000 },
        });
        orderId = view.order.id;
        await manager.ok('orders.transition', { id: orderId, to: 'diagnosing' });
        await manager.ok('orders.setLines', { id: orderId, workLines: [{ description: 'Motherboard repair', unitPrice: 45_000 }], partLines: [] });
      },
    });
    const region = await screen.findByRole('region', { name: he.approval.title }, slow);
    const needed = await within(region).findByTestId('approval-needed', {}, slow);
    expect(plain(needed.textContent)).toContain('450.00');
    expect(plain(needed.textContent)).toContain('300.00');
    // Taken in today: no days of waiting to count yet.
    expect(plain(needed.textContent)).not.toContain(he.approval.waitingDays_other.split('{{')[0]);

    const user = userEvent.setup();
    const upTo = within(region).getByLabelText(he.approval.approvedUpTo);
    await user.clear(upTo);
    await user.type(upTo, '400');
    await user.click(within(region).getByRole('button', { name: he.approval.record }));
    expect(await within(region).findByText(he.errors.reasons.below_total, {}, slow)).toBeTruthy();
    expect((await manager.ok('orders.get', { id: orderId })).order.approvals).toBeUndefined();

    await user.clear(upTo);
    await user.type(upTo, '500');
    await user.selectOptions(within(region).getByLabelText(he.approval.channel), he.approval.channelOptions.phone);
    await user.type(within(region).getByLabelText(he.approval.note), 'דיברתי עם הלקוחה');
    await user.click(within(region).getByRole('button', { name: he.approval.record }));
    await waitFor(async () => expect((await manager.ok('orders.get', { id: orderId })).order.status).toBe('diagnosing'), slow);
    const line = await screen.findByText((_, el) => el?.tagName === 'LI' && el.getAttribute('data-answer') === 'approved', {}, slow);
    expect(plain(line.textContent)).toMatch(/^אושר עד 500\.00 ₪ בטלפון בתאריך \d\d\.\d\d\.\d{4}.*, התקבל על ידי \S.* · דיברתי עם הלקוחה$/);
    // The form is gone (nothing is awaited now) and the timeline has the answer.
    expect(within(screen.getByRole('region', { name: he.approval.title })).queryByRole('button', { name: he.approval.record })).toBeNull();
    const timeline = screen.getAllByRole('listitem').filter((li) => li.classList.contains('approval'));
    expect(plain(timeline[0].textContent)).toContain('הלקוח אישר עד');
    await manager.ok('documents.forOrder', { orderId });
  });

  it('in English: a refusal taken in writing an hour ago is recorded at that time, and the screen gives the choices left', async () => {
    // The unit was taken in three hours ago by the workshop's clock.
    let offset = -3 * 3_600_000;
    const { manager } = await renderWithBackend(() => <OrderDetail id={orderId} />, {
      demo: true,
      role: 'clerk',
      now: () => new Date(Date.now() + offset),
      prepare: async (_t, manager) => {
        const view = await manager.ok('orders.create', {
          customer: { kind: 'person', name: 'Jon Smith', phones: ['050-555-0997'] },
          device: { category: 'Laptop', brand: 'Lenovo', model: 'T14', serial: 'AP-0002' },
          intake: { statedDefect: 'No power', warrantyBasis: 'paid', estimate: 30_000 },
        });
        orderId = view.order.id;
        await manager.ok('orders.transition', { id: orderId, to: 'diagnosing' });
        await manager.ok('orders.setLines', { id: orderId, workLines: [{ description: 'Motherboard repair', unitPrice: 45_000 }], partLines: [] });
        offset = 0;
      },
    });
    const en = catalogue.en;
    const region = await screen.findByRole('region', { name: en.approval.title }, slow);
    await within(region).findByTestId('approval-needed', {}, slow);
    const user = userEvent.setup();
    await user.selectOptions(within(region).getByLabelText(en.approval.answer), en.approval.answers.declined);
    expect(within(region).queryByLabelText(en.approval.approvedUpTo)).toBeNull();
    await user.selectOptions(within(region).getByLabelText(en.approval.channel), en.approval.channelOptions.in_writing);
    const hourAgo = new Date(Date.now() - 3_600_000);
    const two = (n: number) => String(n).padStart(2, '0');
    const date = within(region).getByLabelText(en.approval.date);
    await user.clear(date);
    await user.type(date, `${two(hourAgo.getDate())}/${two(hourAgo.getMonth() + 1)}/${hourAgo.getFullYear()}`);
    const time = within(region).getByLabelText(en.approval.time);
    await user.clear(time);
    await user.type(time, `${two(hourAgo.getHours())}:${two(hourAgo.getMinutes())}`);
    await user.click(within(region).getByRole('button', { name: en.approval.record }));
    await within(region).findByText(/The customer declined\. Bring the lines down to .*300\.00 and move the work on/, {}, slow);
    const [answer] = (await manager.ok('orders.get', { id: orderId })).order.approvals ?? [];
    expect(answer).toMatchObject({ answer: 'declined', channel: 'in_writing', total: 45_000, limit: 30_000 });
    expect(answer.at).toBe(new Date(hourAgo.getFullYear(), hourAgo.getMonth(), hourAgo.getDate(), hourAgo.getHours(), hourAgo.getMinutes()).toISOString());
    expect((await manager.ok('orders.get', { id: orderId })).order.status).toBe('awaiting_approval');
    await manager.ok('documents.forOrder', { orderId });
  });
});
