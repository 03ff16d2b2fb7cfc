import type { Handlers } from './platform/ipc/handlers.js';
import { type BackupPlaces, callerOf, createContext, type Printer } from './platform/context.js';
import type { SignedIn } from './platform/ipc/register.js';
import { scheduleBackups } from './data/index.js';
import { createHandlers } from './handlers.js';
import { PinVault, type SessionTable } from './session/index.js';
import { movePinHashesToVault } from './staff/index.js';
import { openStore, type Store } from './platform/store/store.js';
import { reconcileStock } from './parts/index.js';
import { normalizeStoredPhones } from './customers/index.js';
import { migrateOrderPayments } from './payments/index.js';
import { markInterrupted, scheduleDailyCheck, sendQueued, stopOutbox } from './notifications/index.js';
import { networkOf } from './network/index.js';
import { scheduleReminders } from './visits/index.js';

export interface Backend {
  store: Store;
  handlers: Handlers;
  /** Signed-in sessions. */
  sessions: SessionTable;
  /** Who a session token signs in, as the store has the member now: what every transport's register() asks. */
  signedIn(token: unknown): SignedIn | undefined;
  close(): Promise<void>;
}

/** Opens a data folder and wires the services: the same backend for Electron, the web host and the tests. */
export async function startBackend(
  dataDir: string,
  options: { version: string; desktop: boolean; printer?: Printer; places?: BackupPlaces; now?: () => Date; sessionClock?: () => number; automaticBackups?: boolean },
): Promise<Backend> {
  const store = await openStore(dataDir);
  const ctx = createContext(store, { ...options, pins: await PinVault.open(dataDir) });
  // PIN hashes of an earlier version's staff records go into this PC's vault, out of the data that is copied.
  await store.exclusive(() => movePinHashesToVault(ctx));
  const handlers = createHandlers(ctx);
  // A write that failed between an order and its stock moves is put right before anyone works (stockLedger.ts).
  await store.exclusive(() => reconcileStock(ctx));
  // Phones saved before they were kept in E.164 are normalized once (customers/phoneMigration.ts).
  await store.exclusive(() => normalizeStoredPhones(ctx));
  // Prepayments and hand-back amounts of orders saved before payments were records become records, once.
  await store.exclusive(() => migrateOrderPayments(ctx));
  const stopBackups = options.automaticBackups ? scheduleBackups(ctx) : () => undefined;
  // Messages the last run was handing over when it stopped are not sent again by themselves; what waits goes now.
  await markInterrupted(ctx);
  sendQueued(ctx);
  const stopDailyCheck = scheduleDailyCheck(ctx);
  // Tomorrow's visits are reminded through the outbox (electron/visits/reminders.ts).
  const stopReminders = scheduleReminders(ctx);
  // Replication with the network's hub, when this point has a site and the hub's settings (electron/network/): the
  // main process and the web host both start here; the point works the same while the hub is out of reach.
  const network = networkOf(ctx);
  await network.start();
  return {
    store,
    handlers,
    sessions: ctx.sessions,
    signedIn: (token) => {
      const session = ctx.sessions.signedIn(token);
      const member = session ? store.staff.get(session.staffId) : undefined;
      return session && member?.active ? { caller: callerOf(member), mustSetPin: session.mustSetPin } : undefined;
    },
    close: async () => {
      stopBackups();
      stopDailyCheck();
      stopReminders();
      await stopOutbox(ctx);
      await network.close();
      await store.close();
    },
  };
}
