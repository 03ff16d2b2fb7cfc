// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Reports } from '../../renderer/reports/Reports.js';
import { useSession } from '../../renderer/session/store.js';
import { formatDate, formatMoney } from '../../renderer/app/i18n/index.js';
import { localToday } from '../../renderer/app/today.js';
import { periodOf } from '../../shared/reports/index.js';
import { catalogue } from '../../shared/catalogue.js';
import { intakeInput, type Member, validImei } from '../platform/helpers.js';
import { renderWithBackend } from '../app/harness.js';

const ru = catalogue.ru.reports;

/** Today: a paid repair's payment by card and a cash refund of part of it; a manufacturer-warranty repair completed. */
async function today(manager: Member) {
  const base = intakeInput({ imei: validImei('35290611000201') });
  const paid = (await manager.ok('orders.create', { ...base, intake: { ...base.intake, warrantyBasis: 'paid' } })).order;
  await manager.ok('orders.setLines', { id: paid.id, workLines: [{ description: 'Board repair', quantity: 1, unitPrice: 40_000 }], partLines: [] });
  await manager.ok('payments.record', { orderId: paid.id, amount: 40_000, method: 'card' });
  await manager.ok('payments.refund', { orderId: paid.id, amount: 2_500, method: 'cash', reason: 'Discount agreed' });
  const warranty = (await manager.ok('orders.create', intakeInput({ imei: validImei('35290611000202') }))).order;
  await manager.ok('orders.setLines', { id: warranty.id, workLines: [{ description: 'Display replacement', quantity: 1, unitPrice: 15_000 }], partLines: [] });
  for (const to of ['diagnosing', 'in_repair', 'ready'] as const) await manager.ok('orders.transition', { id: warranty.id, to });
  return warranty;
}

describe('the money reports screen', () => {
  it("shows a manager today's takings by method in Russian with real plurals, the tax with its source, and opens a warranty order from its row", { timeout: 90_000 }, async () => {
    let warranty: Awaited<ReturnType<typeof today>> | undefined;
    const { manager } = await renderWithBackend(() => <Reports />, { demo: true, language: 'ru', prepare: async (_t, m) => void (warranty = await today(m)) });
    const user = userEvent.setup();
    const day = localToday();
    // The month by default: its range is shown, and its total is the backend's.
    const month = periodOf('month', day);
    const monthly = await manager.ok('reports.money', month);
    const currency = useSession.getState().settings?.currency ?? 'EUR';
    const m = (minor: number) => formatMoney(minor, currency, 'ru');
    const takings = await screen.findByRole('table', { name: ru.takings.title });
    expect(within(takings).getAllByRole('row').at(-1)!.textContent).toContain(m(monthly.takings.total.net));

    // One day: the refund subtracts from cash, the card payment is the card's.
    await user.selectOptions(screen.getByLabelText(ru.period.label, { selector: 'select' }), 'day');
    const daily = await manager.ok('reports.money', { from: day, to: day });
    await waitFor(() => expect(screen.getByTestId('period-range').textContent).toBe(formatDate(day, 'ru')));
    await waitFor(() => expect(screen.getByText(/Деньги двигались 1 день\./)).toBeTruthy());
    const dayTable = screen.getByRole('table', { name: ru.takings.title });
    const total = within(dayTable).getAllByRole('row').at(-1)!;
    const cells = within(total).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual([m(daily.takings.methods.cash.net), m(daily.takings.methods.card.net)]);
    expect(daily.takings.methods.cash.refunded).toBeGreaterThanOrEqual(2_500);
    expect(cells.at(-1)).toBe(m(daily.takings.total.net));

    // The source of the rates in Russian, as the catalogue says the profile's citation.
    const source = daily.tax.source.key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue.ru.rules.sources);
    expect(typeof source).toBe('string');
    expect(screen.getByTestId('tax-source').textContent).toContain(source);

    // The warranty repair completed today is at zero price to the customer; its row opens the order.
    const work = screen.getByRole('table', { name: ru.warranty.title });
    const row = within(work).getByRole('button', { name: `Открыть заказ ${warranty!.number}` });
    await user.click(row);
    expect(useSession.getState().view).toEqual({ name: 'order', id: warranty!.id });
  });

  it('exports the workbook through the main process and says where it was written', { timeout: 60_000 }, async () => {
    URL.createObjectURL = () => 'blob:report';
    URL.revokeObjectURL = () => undefined;
    await renderWithBackend(() => <Reports />, { demo: true, language: 'he' });
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: catalogue.he.reports.title });
    await user.click(screen.getByRole('button', { name: catalogue.he.analytics.exportXlsx }));
    expect((await screen.findByTestId('written')).textContent).toMatch(/exports[/\\]reports[/\\]money-report-[-\d]+-(en|ru|he)\.xlsx/);
  });

  it('shows a clerk only why the reports are closed to them', async () => {
    await renderWithBackend(() => <Reports />, { demo: true, role: 'clerk' });
    expect(await screen.findByRole('note')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: catalogue.en.common.exportCsv })).toBeNull();
  });
});
