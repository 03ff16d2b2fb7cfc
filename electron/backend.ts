import type { Handlers } from './ipc/handlers.js';
import { createContext, type Printer } from './services/context.js';
import { createHandlers } from './services/index.js';
import { openStore, type Store } from './store/store.js';

export interface Backend {
  store: Store;
  handlers: Handlers;
  close(): Promise<void>;
}

/** Opens a data folder and wires the services: the same backend for Electron, the web host and the tests. */
export async function startBackend(
  dataDir: string,
  options: { version: string; desktop: boolean; printer?: Printer; now?: () => Date },
): Promise<Backend> {
  const store = await openStore(dataDir);
  const handlers = createHandlers(createContext(store, options));
  return { store, handlers, close: () => store.close() };
}
