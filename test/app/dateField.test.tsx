// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { DateField } from '../../renderer/app/DateField.js';
import { Field } from '../../renderer/app/Field.js';
import { applyLanguage, formatDate, initI18n, setDateFormatEn } from '../../renderer/app/i18n/index.js';
import { ClaimForm } from '../../renderer/claims/ClaimForm.js';
import { SettingsScreen } from '../../renderer/settings/SettingsScreen.js';
import { catalogue } from '../../shared/catalogue.js';
import type { Language } from '../../shared/platform/common.js';
import { renderWithBackend } from './harness.js';

afterEach(() => setDateFormatEn(undefined));

/** A form with a text box before and after the date, and the date's value as the form holds it. */
function DateForm({ initial = '' }: { initial?: string }) {
  const [date, setDate] = useState(initial);
  const [sent, setSent] = useState<string>();
  return (
    <form
      aria-label="form"
      onSubmit={(event) => {
        event.preventDefault();
        setSent(date);
      }}
    >
      <input aria-label="before" />
      <Field label="Promised date">
        <DateField value={date} onChange={setDate} />
      </Field>
      <input aria-label="after" />
      <output aria-label="value">{date}</output>
      <output aria-label="sent">{sent}</output>
      <button type="button" onClick={() => setDate('2031-12-24')}>
        another order
      </button>
      <button type="submit">send</button>
    </form>
  );
}

function renderIn(language: Language, initial?: string) {
  const i18n = initI18n(language);
  applyLanguage(language);
  render(
    <I18nextProvider i18n={i18n}>
      <DateForm initial={initial} />
    </I18nextProvider>,
  );
  return {
    user: userEvent.setup(),
    field: screen.getByLabelText('Promised date') as HTMLInputElement,
    value: () => screen.getByLabelText('value').textContent,
  };
}

const placeholderOf = (field: HTMLInputElement) => field.placeholder.replace(/\u200e/g, '');

describe('a date field types and shows dates as its reader writes them', () => {
  it('Russian: дд.мм.гггг, digits with any separator, the ISO date out, written out in full on leaving', async () => {
    const { user, field, value } = renderIn('ru');
    expect(placeholderOf(field)).toBe('дд.мм.гггг');
    expect(field.type).toBe('text');
    expect(field.inputMode).toBe('numeric');
    await user.type(field, '1/3/2025');
    expect(value()).toBe('2025-03-01');
    // Kept as typed while the clerk is in the field; written in the pattern on leaving.
    expect(field.value).toBe('1/3/2025');
    await user.tab();
    expect(field.value).toBe('01.03.2025');
  });

  it('Hebrew: the date stays left to right on a right-to-left page, six digits and a two-digit year are taken', async () => {
    const { user, field, value } = renderIn('he');
    expect(document.documentElement.dir).toBe('rtl');
    expect(field.getAttribute('dir')).toBe('ltr');
    expect(field.classList.contains('align-start')).toBe(true);
    expect(placeholderOf(field)).toBe('יי.חח.שששש');
    await user.type(field, '010325');
    await user.tab();
    expect(field.value).toBe('01.03.2025');
    expect(value()).toBe('2025-03-01');
    await user.clear(field);
    await user.type(field, '15.8.98');
    await user.tab();
    expect(field.value).toBe('15.08.1998');
    expect(value()).toBe('1998-08-15');
  });

  it("English follows the workshop's order, in what is typed and in what every screen shows", async () => {
    setDateFormatEn('mm/dd/yyyy');
    const { user, field, value } = renderIn('en', '2025-03-01');
    expect(placeholderOf(field)).toBe('mm/dd/yyyy');
    expect(field.value).toBe('03/01/2025');
    expect(formatDate('2025-03-01', 'en')).toBe('03/01/2025');
    await user.clear(field);
    await user.type(field, '12/31/2025');
    expect(value()).toBe('2025-12-31');
    // The default order is day/month/year; Russian and Hebrew never change.
    setDateFormatEn(undefined);
    expect(formatDate('2025-12-31', 'en')).toBe('31/12/2025');
    setDateFormatEn('yyyy-mm-dd');
    expect(formatDate('2025-12-31', 'en')).toBe('2025-12-31');
    expect(formatDate('2025-12-31', 'ru')).toBe('31.12.2025');
    expect(formatDate('2025-12-31', 'he')).toBe('31.12.2025');
  });

  it('refuses 31 February at once with the field’s message, and never holds a date for it', async () => {
    const { user, field, value } = renderIn('ru', '2025-02-01');
    await user.clear(field);
    await user.type(field, '31.02.2025');
    const alert = within(field.closest('.field')!).getByRole('alert');
    expect(alert.textContent).toBe(catalogue.ru.errors.reasons.invalid_date);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    // The form holds the text, not the date the field had before: a send is refused at this field.
    expect(value()).toBe('31.02.2025');
    await user.tab();
    expect(field.value).toBe('31.02.2025');
  });

  it('keeps an unfinished date as typed, says it is not a date on leaving, and takes the corrected one', async () => {
    const { user, field, value } = renderIn('en');
    await user.type(field, '1/3');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.tab();
    expect(field.value).toBe('1/3');
    expect(screen.getByRole('alert').textContent).toBe(catalogue.en.errors.reasons.invalid_date);
    await user.click(field);
    await user.type(field, '/2026');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(value()).toBe('2026-03-01');
    // A new value from outside (another order opened) is shown in the pattern.
    await user.click(screen.getByRole('button', { name: 'another order' }));
    expect(field.value).toBe('24/12/2031');
  });

  it('Enter sends the form with the date settled: a two-digit year typed and sent at once', async () => {
    const { user, field } = renderIn('ru');
    await user.type(field, '1.3.26{Enter}');
    expect(screen.getByLabelText('sent').textContent).toBe('2026-03-01');
    expect(field.value).toBe('01.03.2026');
  });

  it('is one Tab stop, between the fields around it', async () => {
    const { user, field } = renderIn('en');
    await user.click(screen.getByLabelText('before'));
    await user.tab();
    expect(document.activeElement).toBe(field);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('after'));
  });
});

describe('a wrong date is never sent', () => {
  it('a claim received on 31.02 is refused at its field, with one message, and no claim is registered', async () => {
    const { t } = await renderWithBackend(() => <ClaimForm />, { demo: true, role: 'clerk', language: 'ru' });
    const user = userEvent.setup();
    const received = (await screen.findByLabelText(catalogue.ru.claims.received)) as HTMLInputElement;
    await user.clear(received);
    await user.type(received, '31.02.2026');
    await user.type(screen.getByLabelText(catalogue.ru.claims.customerName), 'Анна Белова');
    await user.type(screen.getByLabelText(catalogue.ru.claims.statement), 'Верните деньги.');
    await user.click(screen.getByRole('button', { name: catalogue.ru.claims.register }));
    await waitFor(() => expect(received.getAttribute('aria-invalid')).toBe('true'));
    const field = received.closest('.field')!;
    expect(within(field as HTMLElement).getAllByRole('alert').map((a) => a.textContent)).toEqual([catalogue.ru.errors.reasons.invalid_date]);
    expect(t.backend.store.claims.all().filter((c) => c.customerName === 'Анна Белова')).toEqual([]);
  });
});

describe("the workshop's English date format is a manager's setting", () => {
  it('a manager chooses month/day/year and the dates of the English screens follow', async () => {
    const { t } = await renderWithBackend(() => <SettingsScreen />, { demo: true });
    const user = userEvent.setup();
    const select = (await screen.findByLabelText('Dates in the English interface')) as HTMLSelectElement;
    expect(select.value).toBe('dd/mm/yyyy');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      '31/12/2025 · day/month/year',
      '12/31/2025 · month/day/year',
      '2025-12-31 · year-month-day',
    ]);
    await user.selectOptions(select, 'mm/dd/yyyy');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(document.querySelector('.banner')?.textContent).toBe('Settings saved.'), { timeout: 10_000 });
    expect((await t.public.ok('settings.get', {})).dateFormatEn).toBe('mm/dd/yyyy');
    expect(formatDate('2025-12-31', 'en')).toBe('12/31/2025');
  });

  it('a clerk cannot change it', async () => {
    await renderWithBackend(() => <SettingsScreen />, { demo: true, role: 'clerk' });
    expect((await screen.findByLabelText('Dates in the English interface')).matches(':disabled')).toBe(true);
  });
});

describe('no native date input is left in the interface', () => {
  it('every date in renderer/ is a DateField (one Tab stop, the reader’s pattern), never <input type="date">', () => {
    const sources = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const files = sources('renderer');
    expect(files.length).toBeGreaterThan(50);
    const native = files.filter((file) => /type=["'{]+date["'}]|type:\s*['"]date['"]/.test(readFileSync(file, 'utf8')));
    expect(native).toEqual([]);
  });
});
