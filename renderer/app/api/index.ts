import { type Client, createClient, defaultTransport, type Transport } from './client.js';

let client: Client | undefined;
let signedOut: () => void = () => undefined;

/** The client every store uses; tests install one backed by the real handlers. */
export function api(): Client {
  client ??= createClient(defaultTransport(), () => signedOut());
  return client;
}

export function useTransport(transport: Transport): void {
  client = createClient(transport, () => signedOut());
}

/** The session store listens here: a request refused for want of a session sends the user to the sign-in screen. */
export function onSignedOut(listener: () => void): void {
  signedOut = listener;
}
