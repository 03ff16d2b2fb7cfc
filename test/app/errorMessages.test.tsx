// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ErrorBanner, FieldError } from '../../renderer/app/Field.js';
import { applyLanguage, initI18n } from '../../renderer/app/i18n/index.js';
import { catalogue } from '../../shared/catalogue.js';
import type { Language } from '../../shared/platform/common.js';
import { ERROR_CODES, FIELD_REASONS, type ApiError } from '../../shared/platform/result.js';
import { openBackend, staffedWorkshop } from '../platform/helpers.js';

function shown(error: ApiError, language: Language): string {
  const i18n = initI18n(language);
  applyLanguage(language);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ErrorBanner error={error} />
    </I18nextProvider>,
  );
  const text = view.container.textContent ?? '';
  view.unmount();
  return text;
}

describe('error messages', () => {
  it('every reason and every code has a message in every language', () => {
    for (const language of ['en', 'ru', 'he'] as const) {
      const { reasons, codes } = catalogue[language].errors;
      expect(FIELD_REASONS.filter((r) => !reasons[r]?.trim())).toEqual([]);
      expect(ERROR_CODES.filter((c) => !codes[c]?.trim())).toEqual([]);
    }
  });

  it("say the backend's reason or code in the user's language, never its English message", async () => {
    const t = await openBackend();
    const { clerk } = await staffedWorkshop(t);
    const wrongPin = await t.public.call('session.signIn', { staffId: clerk.id, pin: '0000' });
    const missing = await clerk.call('orders.get', { id: '01JZZZZZZZZZZZZZZZZZZZZZZZ' });
    if (wrongPin.ok || missing.ok) throw new Error('both requests must be refused');
    expect(wrongPin.error).toMatchObject({ code: 'forbidden', fields: { pin: 'wrong_pin' } });
    // A refusal that names no reason says its code.
    const { fields: _, ...notFound } = missing.error;
    expect(notFound.code).toBe('not_found');
    for (const language of ['ru', 'he'] as const) {
      const texts = catalogue[language].errors;
      expect(shown(wrongPin.error, language)).toBe(texts.reasons.wrong_pin);
      expect(shown(notFound, language)).toBe(texts.codes.not_found);
      for (const error of [wrongPin.error, notFound]) expect(shown(error, language)).not.toContain(error.message);
    }
  });

  it('a reason this version does not know asks to check the field', () => {
    const i18n = initI18n('he');
    applyLanguage('he');
    const view = render(
      <I18nextProvider i18n={i18n}>
        <FieldError code="a_reason_from_a_newer_backend" />
      </I18nextProvider>,
    );
    expect(view.container.textContent).toBe(catalogue.he.errors.generic);
  });
});
