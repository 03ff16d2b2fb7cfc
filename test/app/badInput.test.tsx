// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/customers/index.js';
import { CustomerEdit } from '../../renderer/customers/CustomerEdit.js';
import { Intake } from '../../renderer/orders/Intake.js';
import { initI18n } from '../../renderer/app/i18n/index.js';
import { useSession } from '../../renderer/session/store.js';
import { renderWithBackend } from './harness.js';

const RLO = '\u202E';
const SCRIPT = '<script>alert(1)</script>';

/** The message a field shows under it, tied to the control (aria-describedby). */
function messageAt(label: string): string {
  const control = screen.getByLabelText(label);
  expect(control.getAttribute('aria-invalid'), `${label} is marked wrong`).toBe('true');
  return document.getElementById(control.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe.each(['en', 'he'] as const)('hostile input at the counter, in %s', (language) => {
  it('the intake says at each field what is wrong with it, stores nothing, and keeps <script> as text once taken in', async () => {
    const { manager } = await renderWithBackend(() => <Intake />, { demo: true, role: 'clerk', language });
    const t = initI18n(language).t;
    const before = (await manager.ok('orders.list', {})).total;
    type(t('intake.phone'), '📱📱📱📱📱');
    type(t('intake.name'), `${RLO}${RLO}\u200F`);
    type(t('device.serial'), 'SN-BAD-INPUT-1');
    type(t('intake.category'), 'Smartphone');
    type(t('intake.brand'), 'Ж'.repeat(2000));
    type(t('intake.model'), 'Galaxy S23');
    type(t('order.statedDefect'), SCRIPT);
    type(t('order.estimate'), '-20');
    type(t('order.prepayment'), '1e12');
    type(t('order.promised'), language === 'en' ? '02/03/2062' : '02.03.2062');
    fireEvent.click(screen.getByRole('button', { name: t('intake.submit') }));

    await screen.findAllByRole('alert');
    const reason = (r: string) => t(`errors.reasons.${r}`);
    expect(messageAt(t('intake.phone'))).toBe(reason('invalid_phone'));
    expect(messageAt(t('intake.name'))).toBe(reason('required'));
    expect(messageAt(t('intake.brand'))).toBe(reason('too_long'));
    expect(messageAt(t('order.estimate'))).toBe(reason('negative'));
    expect(messageAt(t('order.prepayment'))).toBe(reason('invalid_amount'));
    expect(messageAt(t('order.promised'))).toBe(reason('too_far'));
    // `<script>` is a defect as the customer stated it: nothing to say about it.
    expect(screen.getByLabelText(t('order.statedDefect')).getAttribute('aria-invalid')).toBeNull();
    expect((await manager.ok('orders.list', {})).total).toBe(before);

    // Put right, the order is taken in with `<script>` and the override kept as typed, shown as text.
    type(t('intake.phone'), '+7 912 555-77-88');
    type(t('intake.name'), `${SCRIPT} ${RLO}vorteP`);
    type(t('intake.brand'), 'Samsung 📱');
    type(t('order.estimate'), '20');
    type(t('order.prepayment'), '');
    type(t('order.promised'), '');
    const prior = useSession.getState().view;
    fireEvent.click(screen.getByRole('button', { name: t('intake.submit') }));
    await waitFor(() => expect(useSession.getState().view !== prior && useSession.getState().view.name).toBe('order'));
    const view = useSession.getState().view;
    const stored = await manager.ok('orders.get', { id: view.name === 'order' ? view.id : '' });
    expect(stored.customer.name).toBe(`${SCRIPT} ${RLO}vorteP`);
    expect(stored.device.brand).toBe('Samsung 📱');
    expect(stored.order.intake.statedDefect).toBe(SCRIPT);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('a customer correction refuses a 2,000-character word and a blank name at the field, and keeps the customer as they were', async () => {
    let customer: Customer | undefined;
    const { manager } = await renderWithBackend(() => <CustomerEdit customer={customer!} onDone={() => undefined} />, {
      demo: true,
      role: 'clerk',
      language,
      prepare: async (_t, m) => {
        customer = (await m.ok('customers.search', { query: 'a' }))[0];
      },
    });
    const t = initI18n(language).t;
    const reason = (r: string) => t(`errors.reasons.${r}`);
    type(t('intake.name'), 'Щ'.repeat(2000));
    type(t('intake.address'), `${SCRIPT} ${'x'.repeat(300)}`);
    fireEvent.click(screen.getByRole('button', { name: t('corrections.save') }));
    await screen.findAllByRole('alert');
    expect(messageAt(t('intake.name'))).toBe(reason('too_long'));
    expect(messageAt(t('intake.address'))).toBe(reason('too_long'));
    type(t('intake.name'), ` ${RLO} `);
    type(t('intake.address'), SCRIPT);
    fireEvent.click(screen.getByRole('button', { name: t('corrections.save') }));
    await waitFor(() => expect(messageAt(t('intake.name'))).toBe(reason('required')));
    const now = (await manager.ok('customers.get', { id: customer!.id })).customer;
    expect(now).toEqual(customer);
    // The `<script>` typed stays in its field as text.
    expect((screen.getByLabelText(t('intake.address')) as HTMLInputElement).value).toBe(SCRIPT);
  });
});
