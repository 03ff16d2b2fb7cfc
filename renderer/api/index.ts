import { type Client, createClient, defaultTransport, type Transport } from './client.js';

let client: Client | undefined;

/** The client every store uses; tests install one backed by the real handlers. */
export function api(): Client {
  client ??= createClient(defaultTransport());
  return client;
}

export function useTransport(transport: Transport): void {
  client = createClient(transport);
}
