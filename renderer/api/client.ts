import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/channels.js';
import type { Envelope } from '../../shared/result.js';

/** How a request reaches the backend: Electron IPC, HTTP to the web host, or (in tests) the handlers in-process. */
export type Transport = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

export interface Client {
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
}

export function createClient(transport: Transport): Client {
  return {
    call: async (channel, input) => {
      try {
        return (await transport(channel, input)) as Envelope<never>;
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: (error as Error).message } };
      }
    },
  };
}

declare global {
  interface Window {
    workshop?: { invoke(channel: string, input: unknown): Promise<unknown> };
  }
}

export function ipcTransport(bridge: NonNullable<Window['workshop']>): Transport {
  return (channel, input) => bridge.invoke(channel, input) as Promise<Envelope<unknown>>;
}

/** POST /api/<channel> to the web host that served this page, with the token it printed. */
export function httpTransport(token: string, base = ''): Transport {
  return async (channel, input) => {
    const response = await fetch(`${base}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workshop-Token': token },
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
