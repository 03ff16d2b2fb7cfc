// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignIn } from '../../renderer/session/SignIn.js';
import { useSession } from '../../renderer/session/store.js';
import { PIN_ATTEMPTS } from '../../electron/session/sessions.js';
import { catalogue } from '../../shared/catalogue.js';
import { renderWithBackend } from '../app/harness.js';
import { TEST_PIN } from '../platform/helpers.js';

afterEach(() => vi.useRealTimers());

describe('the sign-in lock-out', () => {
  for (const [language, texts] of [
    ['en', { seconds: 'Too many wrong PINs: try again in 30 seconds.', later: 'Too many wrong PINs: try again in 20 seconds.', minute: 'Too many wrong PINs: try again in 60 seconds.', minutes: 'Too many wrong PINs: try again in 2 minutes.' }],
    ['ru', { seconds: 'Слишком много неверных PIN-кодов: попробуйте снова через 30 секунд.', later: 'Слишком много неверных PIN-кодов: попробуйте снова через 20 секунд.', minute: 'Слишком много неверных PIN-кодов: попробуйте снова через 60 секунд.', minutes: 'Слишком много неверных PIN-кодов: попробуйте снова через 2 минуты.' }],
    ['he', { seconds: 'יותר מדי קודי PIN שגויים: אפשר לנסות שוב בעוד 30 שניות.', later: 'יותר מדי קודי PIN שגויים: אפשר לנסות שוב בעוד 20 שניות.', minute: 'יותר מדי קודי PIN שגויים: אפשר לנסות שוב בעוד 60 שניות.', minutes: 'יותר מדי קודי PIN שגויים: אפשר לנסות שוב בעוד שתי דקות.' }],
  ] as const) {
    it(`says in ${language} how long until the next try, from the backend's answer, counting down`, async () => {
      await renderWithBackend(() => <SignIn />, {
        language,
        // The lock-out runs on the same clock as the window, which the test moves.
        backend: { sessionClock: () => Date.now() },
        prepare: async (t) => {
          const manager = await t.signIn(await t.public.ok('staff.create', { name: 'Sarah Cohen', role: 'manager', pin: TEST_PIN }));
          await manager.ok('staff.create', { name: 'Noa Peretz', role: 'clerk', pin: TEST_PIN });
        },
      });
      await act(async () => useSession.getState().refreshStaff());
      const user = userEvent.setup();
      await user.selectOptions(await screen.findByLabelText(catalogue[language].signIn.who), screen.getByRole('option', { name: /Noa Peretz/ }));
      const pin = screen.getByLabelText(catalogue[language].signIn.pin);
      for (let i = 1; i < PIN_ATTEMPTS; i++) {
        await user.type(pin, '0000');
        await user.click(screen.getByRole('button', { name: catalogue[language].signIn.submit }));
        expect(await screen.findByText(catalogue[language].errors.reasons.wrong_pin)).toBeTruthy();
      }
      vi.useFakeTimers({ toFake: ['Date'] });
      const start = Date.now();
      // The wrong PIN that starts the lock-out says so at once.
      await user.type(pin, '0000');
      await user.click(screen.getByRole('button', { name: catalogue[language].signIn.submit }));
      expect(await screen.findByText(texts.seconds)).toBeTruthy();
      vi.setSystemTime(start + 10_000);
      expect(await screen.findByText(texts.later, undefined, { timeout: 5000 })).toBeTruthy();
      vi.setSystemTime(start + 31_000);
      // (testing-library's waitFor: vitest's would move the faked clock on while it waits.)
      await waitFor(() => expect(screen.queryByText(texts.later)).toBeNull(), { timeout: 5000 });
      expect(screen.queryByRole('status')).toBeNull();
      // Each wrong PIN after that doubles the wait; more than a minute is said in minutes.
      await user.type(pin, '0000');
      await user.click(screen.getByRole('button', { name: catalogue[language].signIn.submit }));
      expect(await screen.findByText(texts.minute)).toBeTruthy();
      vi.setSystemTime(start + 31_000 + 61_000);
      await user.type(pin, '0000');
      await user.click(screen.getByRole('button', { name: catalogue[language].signIn.submit }));
      expect(await screen.findByText(texts.minutes)).toBeTruthy();
    });
  }
});
