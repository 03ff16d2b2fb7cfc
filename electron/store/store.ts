import { mkdir } from 'node:fs/promises';
import { Mutex } from 'async-mutex';
import type { Customer } from '../../shared/schemas/customer.js';
import type { Device } from '../../shared/schemas/device.js';
import type { IssuedDocument } from '../../shared/schemas/document.js';
import type { RepairOrder } from '../../shared/schemas/order.js';
import type { Loan, LoanerUnit } from '../../shared/schemas/loan.js';
import type { ProductModel } from '../../shared/schemas/productModel.js';
import type { Settings } from '../../shared/schemas/settings.js';
import type { StaffMember } from '../../shared/schemas/staff.js';
import { Collection, type CollectionSpec } from './collection.js';
import { lockDataFolder } from './lock.js';

/** The settings live in a one-record collection, so that they share the file format of everything else. */
export type SettingsRecord = Settings & { id: 'settings' };

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
} as const satisfies Record<string, CollectionSpec>;

export interface Store {
  readonly dataDir: string;
  readonly staff: Collection<StaffMember>;
  readonly customers: Collection<Customer>;
  readonly devices: Collection<Device>;
  readonly orders: Collection<RepairOrder>;
  /**
   * Issued documents are read when first needed (printing, an order's document list), not at start-up: they are
   * one of the largest collections and the first screens do not need them.
   */
  documents(): Promise<Collection<IssuedDocument>>;
  readonly settings: Collection<SettingsRecord>;
  readonly models: Collection<ProductModel>;
  readonly loaners: Collection<LoanerUnit>;
  readonly loans: Collection<Loan>;
  /** Runs a change alone: changes that touch several collections never interleave. */
  exclusive<R>(change: () => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/** Opens (and locks) a data folder; creates it when it does not exist. */
export async function openStore(dataDir: string): Promise<Store> {
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataFolder(dataDir);
  try {
    const mutex = new Mutex();
    return {
      dataDir,
      staff: await Collection.open<StaffMember>(dataDir, COLLECTIONS.staff),
      customers: await Collection.open<Customer>(dataDir, COLLECTIONS.customers),
      devices: await Collection.open<Device>(dataDir, COLLECTIONS.devices),
      orders: await Collection.open<RepairOrder>(dataDir, COLLECTIONS.orders),
      documents: lazily(() => Collection.open<IssuedDocument>(dataDir, COLLECTIONS.documents)),
      settings: await Collection.open<SettingsRecord>(dataDir, COLLECTIONS.settings),
      models: await Collection.open<ProductModel>(dataDir, COLLECTIONS.models),
      loaners: await Collection.open<LoanerUnit>(dataDir, COLLECTIONS.loaners),
      loans: await Collection.open<Loan>(dataDir, COLLECTIONS.loans),
      exclusive: (change) => mutex.runExclusive(change),
      close: release,
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/** Open once, on first use; a failed open is tried again next time. */
function lazily<T>(open: () => Promise<T>): () => Promise<T> {
  let opening: Promise<T> | undefined;
  return () => {
    opening ??= open().catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
}
