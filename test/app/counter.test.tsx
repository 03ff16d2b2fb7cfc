// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App.js';
import { useTransport } from '../../renderer/app/api/index.js';
import { ConfirmDialog } from '../../renderer/app/ConfirmDialog.js';
import { initI18n } from '../../renderer/app/i18n/index.js';
import { browserLanguage } from '../../renderer/app/NeedsToken.js';
import { hashOf, viewOf } from '../../renderer/app/routes.js';
import { discardUnsavedInput } from '../../renderer/app/unsaved.js';
import { useSession } from '../../renderer/session/store.js';
import { useOrder } from '../../renderer/orders/orderStore.js';
import { DEMO_PIN } from '../../electron/app/demo.js';
import { moneyProblem } from '../../shared/platform/money.js';
import { renderWithBackend } from './harness.js';

beforeEach(() => {
  sessionStorage.clear();
  window.location.hash = '';
  discardUnsavedInput();
  useSession.setState({ view: { name: 'dashboard' }, pendingView: undefined, currentUserId: undefined, staff: [] });
});
afterEach(() => discardUnsavedInput());

const nav = (name: string) => fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name }));

describe('screens have addresses', () => {
  it('reads and writes every screen’s address, and sends anything else to the dashboard', () => {
    expect(hashOf({ name: 'order', id: '01JD0000000000000000000000' })).toBe('#/orders/01JD0000000000000000000000');
    expect(viewOf('#/orders/01JD0000000000000000000000')).toEqual({ name: 'order', id: '01JD0000000000000000000000' });
    for (const name of ['intake', 'settings', 'orders', 'staff', 'claims'] as const) expect(viewOf(hashOf({ name }))).toEqual({ name });
    for (const odd of ['', '#', '#/nowhere', '#/orders/../settings', '#/orders/x', '#/intake/extra']) expect(viewOf(odd)).toEqual({ name: 'dashboard' });
  });

  it('puts the screen into the address, follows Back (a changed address), and returns there after signing in again', async () => {
    const { t } = await renderWithBackend(() => <App />, { demo: true });
    nav('New intake');
    expect(window.location.hash).toBe('#/intake');
    const order = t.backend.store.orders.all()[0];
    act(() => {
      window.location.hash = `#/orders/${order.id}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByText(new RegExp(order.number))).toBeTruthy();
    // The session ends (a reload after it expired): the sign-in screen, then back to the same order.
    act(() => useSession.getState().signedOut());
    const manager = t.backend.store.staff.all().find((m) => m.role === 'manager')!;
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    await act(async () => void (await useSession.getState().signIn(manager.id, DEMO_PIN)));
    expect(useSession.getState().view).toEqual({ name: 'order', id: order.id });
    expect(window.location.hash).toBe(`#/orders/${order.id}`);
    // The order's screen has read its documents before the data folder goes.
    await act(async () => useOrder.getState().open(order.id));
  });
});

describe('nothing typed is lost', () => {
  it('keeps the intake draft across a screen change and a new render (a reload), per member, until it is discarded', async () => {
    await renderWithBackend(() => <App />, { demo: true, role: 'clerk' });
    nav('New intake');
    fireEvent.change(await screen.findByLabelText('Stated defect'), { target: { value: 'Does not charge' } });
    fireEvent.change(screen.getByLabelText('Estimate'), { target: { value: '45' } });
    // No question on leaving: the draft is kept.
    nav('Orders');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    nav('New intake');
    expect((screen.getByLabelText('Stated defect') as HTMLTextAreaElement).value).toBe('Does not charge');
    expect(screen.getByRole('status').textContent).toMatch(/unfinished intake was kept/);
    // Discarding asks first, then clears the form and the draft.
    fireEvent.click(screen.getByRole('button', { name: 'Discard the draft' }));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard the draft' }));
    await waitFor(() => expect((screen.getByLabelText('Stated defect') as HTMLTextAreaElement).value).toBe(''));
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('workshop-draft'))).toEqual([]);
  });

  it('keeps a draft for its member only: another member signing in sees an empty form', async () => {
    const { t } = await renderWithBackend(() => <App />, { demo: true, role: 'clerk' });
    nav('New intake');
    fireEvent.change(await screen.findByLabelText('Stated defect'), { target: { value: 'Cracked back' } });
    nav('Orders');
    await act(async () => useSession.getState().signOut());
    const manager = t.backend.store.staff.all().find((m) => m.role === 'manager')!;
    await act(async () => void (await useSession.getState().signIn(manager.id, DEMO_PIN)));
    nav('New intake');
    expect(((await screen.findByLabelText('Stated defect')) as HTMLTextAreaElement).value).toBe('');
  });

  it('asks before unsaved settings are left; Escape stays, "Discard and leave" goes', async () => {
    await renderWithBackend(() => <App />, { demo: true });
    nav('Settings');
    fireEvent.change(await screen.findByLabelText('Legal name'), { target: { value: 'Changed Ltd.' } });
    nav('Orders');
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByText('Leave without saving?')).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useSession.getState().view.name).toBe('settings');
    expect((screen.getByLabelText('Legal name') as HTMLInputElement).value).toBe('Changed Ltd.');
    // Back (a changed address) asks too, and the address stays the screen's.
    act(() => {
      window.location.hash = '#/claims';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    expect(window.location.hash).toBe('#/settings');
    fireEvent.click(screen.getByRole('button', { name: 'Discard and leave' }));
    expect(useSession.getState().view.name).toBe('claims');
    expect(window.location.hash).toBe('#/claims');
  });
});

describe('errors a clerk can act on', () => {
  it('shows every problem of the intake at once, focuses the first, and clears each as its field changes', async () => {
    await renderWithBackend(() => <App />, { demo: true, role: 'clerk' });
    nav('New intake');
    fireEvent.change(await screen.findByLabelText('Estimate'), { target: { value: '-20' } });
    fireEvent.change(screen.getByLabelText('Purchase date'), { target: { value: '01/01/2099' } });
    fireEvent.click(screen.getByRole('button', { name: 'Take in' }));
    const alerts = await screen.findAllByRole('alert');
    const texts = alerts.map((a) => a.textContent);
    expect(texts).toContain('Cannot be negative.');
    expect(texts).toContain('This date is in the future.');
    expect(texts.filter((text) => text === 'Required.').length).toBeGreaterThanOrEqual(4);
    // The first field in error has the focus: the customer's phone, at the top of the form.
    const first = document.querySelector('[aria-invalid="true"]') as HTMLElement;
    expect(document.activeElement).toBe(first);
    const estimate = screen.getByLabelText('Estimate');
    expect(estimate.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(estimate, { target: { value: '20' } });
    expect(estimate.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Cannot be negative.')).toBeNull();
    expect(screen.getByText('This date is in the future.')).toBeTruthy();
    // Nothing was sent: no order was taken in.
    expect(useSession.getState().view.name).toBe('intake');
  });

  it('leaves no error of one form on another: the intake’s errors are gone after a screen change', async () => {
    await renderWithBackend(() => <App />, { demo: true, role: 'clerk' });
    nav('New intake');
    fireEvent.click(await screen.findByRole('button', { name: 'Take in' }));
    expect((await screen.findAllByText('Required.')).length).toBeGreaterThan(0);
    nav('Orders');
    nav('New intake');
    expect(screen.queryAllByText('Required.')).toHaveLength(0);
  });

  it('says a minus sign is negative and anything else is not an amount', () => {
    expect(moneyProblem('-5')).toBe('negative');
    expect(moneyProblem('−12,50')).toBe('negative');
    expect(moneyProblem('abc')).toBe('invalid_amount');
    expect(moneyProblem('12.345')).toBe('invalid_amount');
    expect(moneyProblem('12,50')).toBeUndefined();
  });
});

describe('confirm what cannot be undone', () => {
  function renderDialog(onConfirm: (reason: string) => void, onCancel: () => void) {
    const i18n = initI18n('en');
    return render(
      <I18nextProvider i18n={i18n}>
        <button type="button">before</button>
        <ConfirmDialog title="Cancel order R-1?" text="For good." confirmLabel="Cancelled" reason onConfirm={onConfirm} onCancel={onCancel} />
      </I18nextProvider>,
    );
  }

  it('needs a reason, traps the focus, and Escape goes back', async () => {
    const confirmed: string[] = [];
    let cancelled = 0;
    renderDialog((reason) => void confirmed.push(reason), () => cancelled++);
    const dialog = screen.getByRole('alertdialog', { name: 'Cancel order R-1?' });
    const reason = within(dialog).getByLabelText('Reason (required)');
    expect(document.activeElement).toBe(reason);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancelled' }));
    expect(await within(dialog).findByText('Required.')).toBeTruthy();
    expect(confirmed).toEqual([]);
    // Tab from the last button comes back to the reason; Shift+Tab from the reason goes to the last button.
    const back = within(dialog).getByRole('button', { name: 'Go back' });
    back.focus();
    fireEvent.keyDown(back, { key: 'Tab' });
    expect(document.activeElement).toBe(reason);
    fireEvent.keyDown(reason, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(back);
    fireEvent.change(reason, { target: { value: '  Customer withdrew  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancelled' }));
    await waitFor(() => expect(confirmed).toEqual(['Customer withdrew']));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(cancelled).toBe(1);
  });

  it('cancels an order only with a reason, which goes into its timeline', async () => {
    const { t } = await renderWithBackend(() => <App />, { demo: true });
    const order = t.backend.store.orders.all().find((o) => o.status === 'received')!;
    act(() => useSession.getState().go({ name: 'order', id: order.id }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancelled' }));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(t.backend.store.orders.get(order.id)?.status).toBe('received');
    fireEvent.click(screen.getByRole('button', { name: 'Cancelled' }));
    const again = screen.getByRole('alertdialog');
    fireEvent.change(within(again).getByLabelText('Reason (required)'), { target: { value: 'Customer no longer wants the repair' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Cancel the order' }));
    await waitFor(() => expect(t.backend.store.orders.get(order.id)?.status).toBe('cancelled'));
    expect(t.backend.store.orders.get(order.id)?.timeline.at(-1)?.note).toBe('Customer no longer wants the repair');
    // The order's screen has read its documents before the data folder goes.
    await act(async () => useOrder.getState().open(order.id));
  });

  it('deactivates a member only with a reason', async () => {
    const { t } = await renderWithBackend(() => <App />, { demo: true });
    nav('Staff');
    const clerk = t.backend.store.staff.all().find((m) => m.role === 'clerk')!;
    const row = (await screen.findByText(clerk.name)).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Deactivate' }));
    const dialog = screen.getByRole('alertdialog', { name: `Deactivate ${clerk.name}?` });
    fireEvent.change(within(dialog).getByLabelText('Reason (required)'), { target: { value: 'Moved to another branch' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    await waitFor(() => expect(t.backend.store.staff.get(clerk.id)?.active).toBe(false));
  });
});

describe('per-member language', () => {
  it('switches the screens to the member’s language on sign-in; a clerk’s choice does not change the manager’s', async () => {
    // (The language chosen on a sign-in screen becomes the preference of a member who has none: see below.)
    const { t } = await renderWithBackend(() => <App />, { demo: true });
    const manager = t.backend.store.staff.all().find((m) => m.role === 'manager')!;
    const clerk = t.backend.store.staff.all().find((m) => m.role === 'clerk')!;
    // The shell's own start-up read settles first.
    await screen.findByRole('button', { name: 'Sign out' });
    await act(async () => useSession.getState().load());
    await act(async () => useSession.getState().setLanguage('ru'));
    expect(document.documentElement.lang).toBe('ru');
    await act(async () => useSession.getState().signOut());
    await act(async () => void (await useSession.getState().signIn(clerk.id, DEMO_PIN)));
    // The clerk has no language of their own yet: the screens stay as they were, and nothing is written for them.
    expect(document.documentElement.lang).toBe('ru');
    expect(t.backend.store.staff.get(clerk.id)?.uiLanguage).toBeUndefined();
    await act(async () => useSession.getState().setLanguage('he'));
    expect(document.documentElement.dir).toBe('rtl');
    await act(async () => useSession.getState().signOut());
    await act(async () => void (await useSession.getState().signIn(manager.id, DEMO_PIN)));
    expect(document.documentElement.lang).toBe('ru');
    expect(await screen.findByRole('button', { name: 'Выйти' })).toBeTruthy();
    expect(t.backend.store.staff.get(clerk.id)?.uiLanguage).toBe('he');
    expect(t.backend.store.staff.get(manager.id)?.uiLanguage).toBe('ru');
  });
});

describe('a language chosen on the sign-in screen', () => {
  it('becomes the preference of the member who signs in without one', async () => {
    const { t } = await renderWithBackend(() => <App />, { demo: true });
    await screen.findByRole('button', { name: 'Sign out' });
    await act(async () => useSession.getState().load());
    const clerk = t.backend.store.staff.all().find((m) => m.role === 'clerk')!;
    await act(async () => useSession.getState().signOut());
    await act(async () => useSession.getState().setLanguage('he'));
    await act(async () => void (await useSession.getState().signIn(clerk.id, DEMO_PIN)));
    expect(document.documentElement.dir).toBe('rtl');
    await waitFor(() => expect(t.backend.store.staff.get(clerk.id)?.uiLanguage).toBe('he'));
    expect((await t.public.ok('settings.get', {})).uiLanguage).toBe('en');
  });
});

describe('an address of the web host without its key', () => {
  it('says what to do, in the browser’s language, instead of "Not allowed"', async () => {
    useTransport(async () => ({ ok: false, error: { code: 'forbidden', message: 'Missing or wrong token, or a foreign origin.' } }));
    useSession.setState({ info: undefined, error: undefined });
    const i18n = initI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Open the address the web host printed' })).toBeTruthy();
    expect(screen.queryByText('Not allowed.')).toBeNull();
    expect(browserLanguage(['he-IL', 'en'])).toBe('he');
    expect(browserLanguage(['ru'])).toBe('ru');
    expect(browserLanguage(['de-DE'])).toBe('en');
  });
});
