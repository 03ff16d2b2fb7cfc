// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Intake } from '../../renderer/orders/Intake.js';
import { catalogue } from '../../shared/catalogue.js';
import type { Language } from '../../shared/platform/common.js';
import { renderWithBackend } from './harness.js';

describe('amounts are typed beside the workshop’s currency', () => {
  const cases: Array<{ language: Language; currency: 'GBP' | 'RUB' | 'ILS'; sign: string; before: boolean }> = [
    { language: 'en', currency: 'GBP', sign: '£', before: true },
    { language: 'ru', currency: 'RUB', sign: '₽', before: false },
    { language: 'he', currency: 'ILS', sign: '₪', before: false },
  ];
  for (const { language, currency, sign, before } of cases) {
    it(`${language}: the estimate and the prepayment show ${sign} on the side the language writes it`, async () => {
      await renderWithBackend(() => <Intake />, {
        demo: true,
        role: 'clerk',
        language,
        prepare: async (_t, manager) => void (await manager.ok('settings.update', { currency })),
      });
      for (const label of [catalogue[language].order.estimate, catalogue[language].order.prepayment]) {
        const input = (await screen.findByLabelText(label)) as HTMLInputElement;
        expect(input.inputMode).toBe('decimal');
        // Left to right in every language, so that a Hebrew "-20" is not shown as "20-".
        expect(input.dir).toBe('ltr');
        const beside = before ? input.previousElementSibling : input.nextElementSibling;
        expect(beside?.textContent).toBe(sign);
        expect(beside?.getAttribute('data-currency')).toBe(currency);
      }
    });
  }
});
