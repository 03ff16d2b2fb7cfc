import type { CollectionSpec } from './collectionFile.js';

/** Files per large collection: at 100,000 orders a shard holds about 1,600 (1 MB), a save rewrites only that. */
const SHARDS = 64;

/** Current schema version of every collection file; a change here needs a migration in collection specs. */
export const COLLECTIONS = {
  staff: { name: 'staff', version: 1 },
  customers: { name: 'customers', version: 1, shards: SHARDS },
  devices: { name: 'devices', version: 1, shards: SHARDS },
  orders: { name: 'orders', version: 1, shards: SHARDS },
  documents: { name: 'documents', version: 1, shards: SHARDS },
  settings: { name: 'settings', version: 1 },
  models: { name: 'models', version: 1 },
  loaners: { name: 'loaners', version: 1 },
  loans: { name: 'loans', version: 1 },
  counterparties: { name: 'counterparties', version: 1 },
  parts: { name: 'parts', version: 1 },
  stockMoves: { name: 'stock-moves', version: 1, shards: SHARDS },
  requisitions: { name: 'requisitions', version: 1 },
  labour: { name: 'labour', version: 1 },
  sales: { name: 'sales', version: 1, shards: SHARDS },
  claims: { name: 'claims', version: 1 },
  defectCodes: { name: 'defectCodes', version: 1 },
  counterpartyClaims: { name: 'counterpartyClaims', version: 1 },
  examinations: { name: 'examinations', version: 1 },
  shipments: { name: 'shipments', version: 1 },
  /** Payments and refunds (negative) of orders and counter sales: electron/payments/. */
  payments: { name: 'payments', version: 1 },
  /** The cash book: a day per service point, and the cash put in or taken out by hand: electron/payments/. */
  cashDays: { name: 'cashDays', version: 1 },
  cashMovements: { name: 'cashMovements', version: 1 },
  /** Messages to customers and where each stands; the notification settings (one record): electron/notifications/. */
  outbox: { name: 'outbox', version: 1, shards: SHARDS },
  notificationSettings: { name: 'notificationSettings', version: 1 },
  /** The vans: stock locations besides the workshop's store (electron/parts/locations.ts). */
  stockLocations: { name: 'stockLocations', version: 1 },
  /** Visits at the customer's address and counter appointments: electron/visits/. */
  visits: { name: 'visits', version: 1, shards: SHARDS },
  /** Service contracts with their schedules of planned maintenance: electron/contracts/. */
  contracts: { name: 'contracts', version: 1 },
} as const satisfies Record<string, CollectionSpec>;
