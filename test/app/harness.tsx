import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { dispatch } from '../../electron/platform/ipc/register.js';
import { isChannelName } from '../../shared/channels.js';
import { useTransport } from '../../renderer/app/api/index.js';
import { initI18n } from '../../renderer/app/i18n/index.js';
import { useSession } from '../../renderer/session/store.js';
import { openBackend } from '../platform/helpers.js';
import { expect } from 'vitest';
import { DEMO_PIN } from '../../electron/app/demo.js';

/**
 * jsdom lays nothing out, so every element measures 0×0 and a virtualised list would show no row. The scroller
 * gets the size it has in a browser window; everything else is left as jsdom has it.
 */
for (const [property, size] of [['clientHeight', 800], ['clientWidth', 1000]] as const) {
  const original = Object.getOwnPropertyDescriptor(Element.prototype, property)!;
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.testid === 'order-scroller' ? size : original.get!.call(this);
    },
  });
}

/**
 * Renders a screen against a real backend on a temporary data folder: the client's transport calls the same
 * dispatch() that IPC and HTTP use, so the screen sees real validation and real stored data.
 */
export async function renderWithBackend(
  ui: () => ReactElement,
  options: { demo?: boolean; language?: 'en' | 'ru' | 'he'; prepare?: (t: Awaited<ReturnType<typeof openBackend>>) => Promise<void> } = {},
) {
  const t = await openBackend();
  useTransport(async (channel, input) =>
    isChannelName(channel)
      ? dispatch(t.backend.handlers, channel, structuredClone(input))
      : { ok: false, error: { code: 'unknown_channel', message: channel } },
  );
  if (options.demo) await t.ok('app.loadDemo', {});
  await options.prepare?.(t);
  const i18n = initI18n(options.language ?? 'en');
  await useSession.getState().load();
  // Screens act in the name of the signed-in member: the demo's manager signs in, as a clerk's morning starts.
  if (options.demo) {
    const manager = useSession.getState().staff.find((member) => member.role === 'manager')!;
    expect(await useSession.getState().signIn(manager.id, DEMO_PIN)).toBeUndefined();
  }
  if (options.language) await useSession.getState().setLanguage(options.language);
  const view = render(<I18nextProvider i18n={i18n}>{ui()}</I18nextProvider>);
  return { ...view, t };
}
