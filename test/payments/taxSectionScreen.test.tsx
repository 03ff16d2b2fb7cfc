// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TaxSection } from '../../renderer/payments/TaxSection.js';
import { catalogue } from '../../shared/catalogue.js';
import { renderWithBackend } from '../app/harness.js';

const en = catalogue.en.taxSettings;
const reasons = catalogue.en.errors.reasons;

describe('the tax settings screen', () => {
  it("shows the Israeli profile's rates with their source, refuses a rate of 3 decimals or without a reason naming the field, and saves 17.5% with the reason", { timeout: 60_000 }, async () => {
    const { t, manager } = await renderWithBackend(() => <TaxSection />, {
      demo: true,
      prepare: async (_t, manager) => void (await manager.ok('settings.update', { ruleProfile: 'il', currency: 'ILS' })),
    });
    const user = userEvent.setup();
    const section = await screen.findByRole('group', { name: en.title });
    const rates = within(section).getByText('17% from 01/10/2015').closest('tr') as HTMLElement;
    expect(rates.textContent).toContain('18% from 01/01/2025');
    expect(rates.textContent).toContain('Value Added Tax Law 5736-1975');
    expect(within(section).getByTestId('tax-in-force').textContent).toBe('VAT in force: 18%');
    const stored = () => JSON.stringify(t.backend.store.settings.all());
    const before = stored();

    const rate = within(section).getByLabelText(en.ownRate);
    await user.type(rate, '17.555');
    await user.type(within(section).getByLabelText(en.reason), 'Accountant');
    await user.click(within(section).getByRole('button', { name: en.save }));
    expect(await within(section).findByText(reasons.invalid_rate)).toBeTruthy();
    await user.clear(rate);
    await user.type(rate, '100.5');
    await user.click(within(section).getByRole('button', { name: en.save }));
    expect(await within(section).findByText(reasons.too_large)).toBeTruthy();
    await user.clear(rate);
    await user.type(rate, '17.5');
    await user.clear(within(section).getByLabelText(en.reason));
    await user.click(within(section).getByRole('button', { name: en.save }));
    expect(await within(section).findByText(reasons.required)).toBeTruthy();
    expect(stored()).toBe(before);

    await user.type(within(section).getByLabelText(en.reason), 'Rate confirmed by our accountant');
    await user.click(within(section).getByRole('button', { name: en.save }));
    await waitFor(() => expect(within(section).getByTestId('tax-in-force').textContent).toBe('VAT in force: 17.5%'));
    expect((await manager.ok('settings.get', {})).tax).toEqual({ rate: 1750 });
    expect(within(section).getByText(/set by the workshop/i)).toBeTruthy();
  });
});
