// @vitest-environment jsdom
import { join } from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App.js';
import { formatDate } from '../../renderer/app/i18n/index.js';
import { type View, hashOf, viewOf } from '../../renderer/app/routes.js';
import { discardUnsavedInput } from '../../renderer/app/unsaved.js';
import { useOrders } from '../../renderer/orders/ordersStore.js';
import { useSession } from '../../renderer/session/store.js';
import { useClaims } from '../../renderer/claims/store.js';
import { DEFAULT_ORDER_SORT } from '../../shared/orders/index.js';
import { BENCH_PIN, generate } from '../../build/bench/dataset.js';
import { APPLICATION_PIN_HASHER, tempDir, validImei, type Member } from '../platform/helpers.js';
import { renderWithBackend } from '../app/harness.js';

beforeEach(() => {
  sessionStorage.clear();
  window.location.hash = '';
  discardUnsavedInput();
  useSession.setState({ view: { name: 'dashboard' }, pendingView: undefined, currentUserId: undefined, staff: [] });
  useOrders.setState({ query: '', status: undefined, filter: undefined, sort: DEFAULT_ORDER_SORT, rows: [], total: 0, counts: {} });
  useClaims.setState({ filter: 'open', claims: [] });
});
afterEach(() => discardUnsavedInput());

/** The demo taken in on Monday 2 March; "today" is Saturday 7 March. */
const clock = { now: new Date('2026-03-02T09:00:00Z') };

/**
 * The demo workshop five days on: orders past their promised date and their legal deadline, one taken in today
 * with a loaner due back tomorrow, and a consumer claim whose answer is overdue; every tile counts something.
 */
async function fiveDaysOn(_: unknown, manager: Member) {
  clock.now = new Date('2026-03-07T09:00:00Z');
  const today = await manager.ok('orders.create', {
    customer: { kind: 'person', name: 'Rina Katz', phones: ['+972 52-555-0199'] },
    device: { category: 'Smartphone', brand: 'Samsung', model: 'Galaxy A54', imei: validImei('35674511112222') },
    intake: { statedDefect: 'Does not charge', warrantyBasis: 'paid', loanerDemanded: true },
  });
  const unit = (await manager.ok('loans.loaners.list', {})).find((u) => u.state === 'available')!;
  await manager.ok('loans.issue', { orderId: today.order.id, unitId: unit.id, dueBack: '2026-03-08', conditionOut: 'Good', accessoriesOut: [], depositTaken: 0 });
  const inRepair = (await manager.ok('orders.list', { status: 'in_repair' })).rows[0];
  await manager.ok('claims.save', { receivedOn: '2026-02-23', orderId: inRepair.id, demand: 'repair', statement: 'The washing machine is still not repaired.' });
}

const tileNumber = (key: string) => Number(document.querySelector(`[data-tile="${key}"] strong`)!.textContent);
const orderRows = () => [...document.querySelectorAll('.order-list [data-order]')].map((row) => row.getAttribute('data-order')!);

async function onDashboard(title = 'What needs attention today') {
  act(() => useSession.getState().go({ name: 'dashboard' }));
  await screen.findByRole('heading', { name: title });
  await waitFor(() => expect(document.querySelector('[data-tile="claims"]')).toBeTruthy());
}

describe('a list’s address', () => {
  it('carries its filter, status and order, reads them back, and leaves out what it does not know', () => {
    const views: View[] = [
      { name: 'orders', filter: 'overdue' },
      { name: 'orders', status: 'ready', sort: { by: 'technician', direction: 'desc' } },
      { name: 'orders', filter: 'legal_due_soon', status: 'awaiting_parts', sort: { by: 'promised', direction: 'asc' } },
      { name: 'loaners', filter: 'attention' },
      { name: 'claims', filter: 'attention' },
    ];
    for (const view of views) expect(viewOf(hashOf(view))).toEqual(view);
    expect(hashOf({ name: 'orders', filter: 'overdue', sort: { by: 'promised', direction: 'asc' } })).toBe('#/orders?filter=overdue&sort=promised&dir=asc');
    expect(viewOf('#/orders?filter=late&status=lost&sort=customer&dir=asc')).toEqual({ name: 'orders' });
    expect(viewOf('#/orders?sort=promised')).toEqual({ name: 'orders' });
    expect(viewOf('#/intake?filter=overdue')).toEqual({ name: 'intake' });
  });
});

describe('the dashboard as a starting point', () => {
  it('opens from each tile the list of exactly what the tile counts, with the filter in the address', async () => {
    await renderWithBackend(() => <App />, { demo: true, now: () => clock.now, prepare: fiveDaysOn });
    const orderTiles: Array<[string, View & { name: 'orders' }]> = [
      ['open', { name: 'orders', filter: 'open' }],
      ['received_today', { name: 'orders', filter: 'received_today' }],
      ['overdue', { name: 'orders', filter: 'overdue' }],
      ['ready', { name: 'orders', status: 'ready' }],
      ['legal_overdue', { name: 'orders', filter: 'legal_overdue' }],
      ['legal_due_soon', { name: 'orders', filter: 'legal_due_soon' }],
    ];
    const counted: Record<string, number> = {};
    for (const [key, view] of orderTiles) {
      await onDashboard();
      const count = (counted[key] = tileNumber(key));
      fireEvent.click(document.querySelector(`[data-tile="${key}"]`)!);
      expect(window.location.hash).toBe(hashOf(view));
      // A reload (F5) reads the same list from the address.
      expect(viewOf(window.location.hash)).toEqual(view);
      await waitFor(() => {
        expect(useOrders.getState()).toMatchObject({ filter: view.filter, status: view.status, loading: false });
        expect(orderRows()).toHaveLength(count);
      });
      expect(screen.getByText(count === 1 ? '1 order' : `${count} orders`)).toBeTruthy();
    }
    // Every order tile counted something in this workshop: none of the comparisons above was 0 = 0.
    expect(Object.entries(counted).filter(([, count]) => count === 0)).toEqual([]);

    // The loaners tile opens the loaners screen with the loans needing attention.
    await onDashboard();
    const loans = tileNumber('loans');
    expect(loans).toBeGreaterThan(0);
    fireEvent.click(document.querySelector('[data-tile="loans"]')!);
    expect(window.location.hash).toBe('#/loaners?filter=attention');
    await waitFor(() => expect(document.querySelectorAll('.loans-attention tbody tr')).toHaveLength(loans));

    // The claims tile opens the consumer claims overdue or due soon.
    await onDashboard();
    const claims = tileNumber('claims');
    expect(claims).toBeGreaterThan(0);
    fireEvent.click(document.querySelector('[data-tile="claims"]')!);
    expect(window.location.hash).toBe('#/claims?filter=attention');
    await waitFor(() => {
      expect(useClaims.getState().filter).toBe('attention');
      expect(document.querySelectorAll('[data-claim-row]')).toHaveLength(claims);
    });
  });

  it('returns to the dashboard on Back from the list a tile opened', async () => {
    await renderWithBackend(() => <App />, { demo: true, now: () => clock.now, prepare: fiveDaysOn });
    await onDashboard();
    fireEvent.click(document.querySelector('[data-tile="overdue"]')!);
    await waitFor(() => {
      expect(useOrders.getState()).toMatchObject({ filter: 'overdue', loading: false });
      expect(orderRows().length).toBeGreaterThan(0);
    });
    // Sorting the list changes its address in place: Back still goes to the dashboard.
    fireEvent.click(screen.getByRole('button', { name: 'Promised' }));
    expect(window.location.hash).toBe('#/orders?filter=overdue&sort=promised&dir=asc');
    act(() => window.history.back());
    expect(await screen.findByRole('heading', { name: 'What needs attention today' })).toBeTruthy();
    expect(viewOf(window.location.hash)).toEqual({ name: 'dashboard' });
  });

  it('shows in the legal deadlines table each deadline’s date and the days left in words, most urgent first (ru, he)', async () => {
    for (const [language, title, overdueWords, header] of [
      ['ru', 'Что требует внимания сегодня', /^⚠ просрочено на (?<n>\d+) (день|дня|дней)$/, ['Заказ', 'Клиент', 'Изделие', 'Срок на', 'Срок по закону', 'Осталось дней', 'Статус']],
      ['he', 'מה דורש טיפול היום', /^⚠ באיחור של (?<word>יום אחד|יומיים|(?<n>\d+) ימים)$/, ['הזמנה', 'לקוח', 'מוצר', 'מועד עבור', 'המועד לפי חוק', 'ימים שנותרו', 'סטטוס']],
    ] as const) {
      clock.now = new Date('2026-03-02T09:00:00Z');
      const { manager, unmount } = await renderWithBackend(() => <App />, { demo: true, language, now: () => clock.now, prepare: fiveDaysOn });
      await onDashboard(title);
      const { legalDeadlines } = await manager.ok('orders.dashboard', {});
      expect(legalDeadlines.length).toBeGreaterThan(0);
      const table = document.querySelector('table.legal-deadlines') as HTMLTableElement;
      // The deadline and the days left; not the promised date.
      expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual(header);
      const rows = [...table.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
      expect(rows.map((row) => row.dataset.order)).toEqual(legalDeadlines.map((d) => d.number));
      const daysLeft = legalDeadlines.map((d) => d.deadline.daysLeft);
      expect(daysLeft).toEqual([...daysLeft].sort((a, b) => a - b));
      rows.forEach((row, i) => {
        const { deadline } = legalDeadlines[i];
        const cells = [...row.cells].map((cell) => cell.textContent!);
        expect(cells[4]).toBe(formatDate(deadline.due, language));
        if (deadline.daysLeft < 0) {
          const words = cells[5].match(overdueWords);
          expect(words, cells[5]).toBeTruthy();
          const { n, word } = words!.groups!;
          expect(n ? Number(n) : word === 'יום אחד' ? 1 : 2).toBe(-deadline.daysLeft);
          expect(row.className).toBe('overdue');
        }
      });
      expect(daysLeft.some((days) => days < 0)).toBe(true);
      unmount();
    }
  });
});

describe('the orders list', () => {
  it('sorts by each column from its title, keeps the order in the address, and marks what is past its promised date', async () => {
    const { manager } = await renderWithBackend(() => <App />, { demo: true, now: () => clock.now, prepare: fiveDaysOn });
    act(() => useSession.getState().go({ name: 'orders' }));
    await waitFor(() => expect(orderRows().length).toBeGreaterThan(0));
    const header = () => screen.getAllByRole('columnheader');
    // A first click sorts a column its own way (the soonest promise, the workflow's order, A to Z, the newest); a second turns it round.
    for (const [title, by, first] of [
      ['Promised', 'promised', 'asc'],
      ['Status', 'status', 'asc'],
      ['Technician', 'technician', 'asc'],
      ['Received', 'received', 'desc'],
    ] as const) {
      for (const direction of [first, first === 'asc' ? 'desc' : 'asc'] as const) {
        fireEvent.click(screen.getByRole('button', { name: title }));
        const expected = (await manager.ok('orders.list', { sort: { by, direction } })).rows.map((r) => r.number);
        await waitFor(() => expect(orderRows()).toEqual(expected));
        const sorted = header().find((cell) => cell.textContent?.startsWith(title))!;
        expect(sorted.getAttribute('aria-sort')).toBe(direction === 'asc' ? 'ascending' : 'descending');
        expect(header().filter((cell) => cell.getAttribute('aria-sort') && cell.getAttribute('aria-sort') !== 'none')).toHaveLength(1);
        // Newest first is the list as it comes: its address names no order.
        expect(window.location.hash).toBe(by === 'received' && direction === 'desc' ? '#/orders' : `#/orders?sort=${by}&dir=${direction}`);
      }
    }

    // Past the promised date: a tinted row, a warning sign and the days in words, not colour alone.
    const late = (await manager.ok('orders.list', { filter: 'overdue' })).rows;
    expect(late.length).toBeGreaterThan(0);
    const marked = [...document.querySelectorAll('.order-list [data-order].overdue')].map((row) => row.getAttribute('data-order'));
    expect(marked.sort()).toEqual(late.map((r) => r.number).sort());
    for (const row of late) {
      const cells = within(document.querySelector(`[data-order="${row.number}"]`) as HTMLElement).getAllByRole('cell');
      expect(cells.at(-1)!.textContent).toContain(`⚠ ${row.daysPastPromised} day${row.daysPastPromised === 1 ? '' : 's'} overdue`);
    }
    const onTime = document.querySelector('.order-list [data-order]:not(.overdue)') as HTMLElement;
    expect(onTime.textContent).not.toContain('overdue');
  });

  it('continues the sorted order in the pages fetched as the list scrolls', async () => {
    const dir = await tempDir();
    const dataset = await generate(join(dir, 'data'), 1_200);
    window.location.hash = '#/orders?sort=promised&dir=asc';
    useSession.setState({ view: viewOf(window.location.hash) });
    const { t } = await renderWithBackend(() => <App />, { dataDir: join(dir, 'data'), backend: { pinHasher: APPLICATION_PIN_HASHER } });
    expect(await act(async () => useSession.getState().signIn(dataset.managerId, BENCH_PIN))).toBeUndefined();
    await waitFor(() => expect(useOrders.getState().rows).toHaveLength(100));
    expect(useOrders.getState().sort).toEqual({ by: 'promised', direction: 'asc' });
    // Scrolled to the end of the first page: the next one is fetched and joins on.
    const scroller = screen.getByTestId('order-scroller');
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 100 * 52 - 800 });
    fireEvent.scroll(scroller);
    await waitFor(() => expect(useOrders.getState().rows).toHaveLength(200));
    const manager = await t.signIn({ id: dataset.managerId }, BENCH_PIN);
    const once = await manager.ok('orders.list', { sort: { by: 'promised', direction: 'asc' }, limit: 200 });
    expect(useOrders.getState().rows.map((r) => r.id)).toEqual(once.rows.map((r) => r.id));
    const promised = useOrders.getState().rows.map((r) => r.promisedDate!);
    expect(promised).toEqual([...promised].sort());
  });
});
