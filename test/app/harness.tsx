import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { isChannelName } from '../../shared/channels.js';
import { useTransport } from '../../renderer/app/api/index.js';
import { sessionToken } from '../../renderer/app/api/client.js';
import { initI18n } from '../../renderer/app/i18n/index.js';
import { useSession } from '../../renderer/session/store.js';
import { type Member, openBackend } from '../platform/helpers.js';
import { expect } from 'vitest';
import { DEMO_PIN } from '../../electron/app/demo.js';
import type { StaffRole } from '../../shared/staff/index.js';

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
 * Renders a screen against a real backend on a temporary data folder: the client's transport goes through the same
 * register() as IPC and HTTP, with the session token the screen's sign-in keeps, so the screen sees real
 * validation, real sessions and real stored data. With the demo, `manager` is the demo manager in a session of the
 * test's own, to look at the backend's data.
 */
export async function renderWithBackend(
  ui: () => ReactElement,
  options: {
    demo?: boolean;
    language?: 'en' | 'ru' | 'he';
    /** Who signs in on the screen (a demo member of this role; the manager by default). */
    role?: StaffRole;
    /** The workshop's clock (sessions keep the real one), to set the day the screen shows. */
    now?: () => Date;
    /** A data folder prepared beforehand (a generated dataset), instead of an empty one. */
    dataDir?: string;
    prepare?: (t: Awaited<ReturnType<typeof openBackend>>, manager: Member) => Promise<void>;
    /** The backend's own options (its clocks). */
    backend?: Parameters<typeof openBackend>[0];
  } = {},
) {
  const t = await openBackend({ now: options.now, dataDir: options.dataDir, ...options.backend });
  useTransport(async (channel, input) =>
    isChannelName(channel)
      ? t.send(channel, structuredClone(input), sessionToken())
      : { ok: false, error: { code: 'unknown_channel', message: channel } },
  );
  if (options.demo) await t.public.ok('app.loadDemo', {});
  const demoManager = options.demo ? t.backend.store.staff.all().find((member) => member.role === 'manager') : undefined;
  const manager = demoManager ? await t.signIn(demoManager, DEMO_PIN) : undefined;
  await options.prepare?.(t, manager!);
  const i18n = initI18n(options.language ?? 'en');
  await useSession.getState().load();
  // Screens act in the name of the signed-in member: the demo's manager signs in, as a clerk's morning starts.
  const member = options.demo ? t.backend.store.staff.all().find((m) => m.role === (options.role ?? 'manager')) : undefined;
  if (member) expect(await useSession.getState().signIn(member.id, DEMO_PIN)).toBeUndefined();
  if (options.language) await useSession.getState().setLanguage(options.language);
  const view = render(<I18nextProvider i18n={i18n}>{ui()}</I18nextProvider>);
  return { ...view, t, manager: manager! };
}
