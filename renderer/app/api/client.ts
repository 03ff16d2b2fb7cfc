import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/channels.js';
import type { Envelope } from '../../../shared/platform/result.js';

/** How a request reaches the backend: Electron IPC, HTTP to the web host, or (in tests) the handlers in-process. */
export type Transport = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

export interface Client {
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
}

/**
 * The sign-in token: kept for the tab's (or window's) lifetime, sent with every request. The backend alone
 * decides what it is worth.
 */
const SESSION_KEY = 'workshop-session';
export function sessionToken(): string | undefined {
  return sessionStorage.getItem(SESSION_KEY) ?? undefined;
}
export function setSessionToken(token: string | undefined): void {
  if (token) sessionStorage.setItem(SESSION_KEY, token);
  else sessionStorage.removeItem(SESSION_KEY);
}

/** `onSignedOut` hears of every request the backend refused for want of a valid session (expired, ended). */
export function createClient(transport: Transport, onSignedOut?: () => void): Client {
  return {
    call: async (channel, input) => {
      try {
        const result = (await transport(channel, input)) as Envelope<never>;
        if (!result.ok && result.error.code === 'unauthenticated') onSignedOut?.();
        return result;
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: (error as Error).message } };
      }
    },
  };
}

declare global {
  interface Window {
    workshop?: { invoke(channel: string, input: unknown, session?: string): Promise<unknown> };
  }
}

export function ipcTransport(bridge: NonNullable<Window['workshop']>): Transport {
  return (channel, input) => bridge.invoke(channel, input, sessionToken()) as Promise<Envelope<unknown>>;
}

/** POST /api/<channel> to the web host that served this page, with the token it printed and the sign-in token. */
export function httpTransport(token: string, base = ''): Transport {
  return async (channel, input) => {
    const response = await fetch(`${base}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workshop-Token': token, 'X-Workshop-Session': sessionToken() ?? '' },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Envelope<unknown>;
  };
}

/**
 * The transport for this page: the preload's bridge inside Electron, otherwise the web host. The token arrives in
 * the URL the host printed, and is kept for the tab's lifetime only.
 */
export function defaultTransport(): Transport {
  if (window.workshop) return ipcTransport(window.workshop);
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem('workshop-token', fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return httpTransport(fromUrl ?? sessionStorage.getItem('workshop-token') ?? '');
}
