import { mkdir } from 'node:fs/promises';
import { relative } from 'node:path';
import { Mutex } from 'async-mutex';
import type { Customer } from '../../../shared/customers/index.js';
import type { Device } from '../../../shared/devices/index.js';
import type { IssuedDocument } from '../../../shared/documents/index.js';
import type { Loan, LoanerUnit } from '../../../shared/loans/index.js';
import type { Claim } from '../../../shared/claims/index.js';
import type { DefectCodeRecord } from '../../../shared/defects/index.js';
import type { CounterpartyClaim, Examination } from '../../../shared/claims/index.js';
import type { RepairOrder } from '../../../shared/orders/index.js';
import type { ProductModel } from '../../../shared/registry/index.js';
import type { Settings } from '../../../shared/settings/index.js';
import type { StaffRecord } from '../../../shared/staff/index.js';
import type { Counterparty } from '../../../shared/parts/index.js';
import type { Part, StockMove } from '../../../shared/parts/index.js';
import type { Requisition } from '../../../shared/parts/index.js';
import type { LabourOperation } from '../../../shared/parts/index.js';
import type { Sale } from '../../../shared/parts/index.js';
import type { Shipment } from '../../../shared/shipments/index.js';
import { Collection, type CollectionSpec } from './collection.js';
import { AuditLog } from './audit.js';
import { CorruptFileError } from './durableJsonFile.js';
import { lockDataFolder } from './lock.js';
import { recoverFile, type RecoveryNote } from './recovery.js';

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
} as const satisfies Record<string, CollectionSpec>;

interface Collections {
  staff: Collection<StaffRecord>;
  customers: Collection<Customer>;
  devices: Collection<Device>;
  orders: Collection<RepairOrder>;
  settings: Collection<SettingsRecord>;
  models: Collection<ProductModel>;
  loaners: Collection<LoanerUnit>;
  loans: Collection<Loan>;
  counterparties: Collection<Counterparty>;
  parts: Collection<Part>;
  /** The stock ledger: append-only; stock is the sum of its moves. */
  stockMoves: Collection<StockMove>;
  requisitions: Collection<Requisition>;
  labour: Collection<LabourOperation>;
  sales: Collection<Sale>;
  claims: Collection<Claim>;
  defectCodes: Collection<DefectCodeRecord>;
  counterpartyClaims: Collection<CounterpartyClaim>;
  examinations: Collection<Examination>;
  shipments: Collection<Shipment>;
  /**
   * Issued documents are read when first needed (printing, an order's document list), not at start-up: they are
   * one of the largest collections and the first screens do not need them.
   */
  documents(): Promise<Collection<IssuedDocument>>;
}

export interface Store extends Readonly<Collections> {
  readonly dataDir: string;
  /** Every change to every record, hash-chained. */
  readonly audit: AuditLog;
  /** What start-up had to repair (damaged files restored from a backup), for the user to see. */
  readonly recovery: RecoveryNote[];
  /** Runs a change alone: changes that touch several collections never interleave. */
  exclusive<R>(change: () => Promise<R>): Promise<R>;
  /**
   * Runs a document issue alone among document issues (numbering, rendering, storing a PDF), without holding up
   * other changes. Taken after `exclusive` when both are needed, never the other way round.
   */
  documentsExclusive<R>(change: () => Promise<R>): Promise<R>;
  /** Runs alone against every change, documents being issued included (backups, restore, import, export). */
  exclusiveAll<R>(change: () => Promise<R>): Promise<R>;
  /** Read every file again (after a restore). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** Opens (and locks) a data folder; creates it when it does not exist; repairs damaged files from backups. */
export async function openStore(dataDir: string): Promise<Store> {
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataFolder(dataDir);
  try {
    const recovery: RecoveryNote[] = [];
    const mutex = new Mutex();
    const documentsMutex = new Mutex();
    const audit = await AuditLog.open(dataDir);
    const store = {
      dataDir,
      recovery,
      audit,
      ...(await openCollections(dataDir, recovery, audit)),
      exclusive: <R>(change: () => Promise<R>) => mutex.runExclusive(change),
      documentsExclusive: <R>(change: () => Promise<R>) => documentsMutex.runExclusive(change),
      exclusiveAll: <R>(change: () => Promise<R>) => mutex.runExclusive(() => documentsMutex.runExclusive(change)),
      reload: async () => {
        Object.assign(store, await openCollections(dataDir, recovery, audit));
      },
      close: async () => {
        await audit.drain();
        if (audit.unwritten) console.error(`[audit] ${audit.unwritten} audit entries could not be written (disk full?) and are lost.`);
        await release();
      },
    };
    return store;
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * The audit log keeps every record's before and after for ever (and managers read it): a PIN's hash must not be
 * there, since a 4-digit PIN falls to a guess against it in minutes. It says only that the PIN changed. (Records
 * hold no hash now, electron/session/pinVault.ts; those of earlier versions did until they were moved.)
 */
function withoutPinHash(change: { id: string; before?: unknown; after: unknown }) {
  const strip = (record: unknown) => {
    if (!record || typeof record !== 'object') return record;
    const { pinHash: _hash, ...rest } = record as StaffRecord;
    return rest;
  };
  const was = change.before as StaffRecord | undefined;
  const is = change.after as StaffRecord;
  // A PIN change stamps pinChangedAt; moving an old record's hash into the vault is no change of PIN.
  const changed = was?.pinChangedAt !== is.pinChangedAt || (Boolean(was?.pinHash) && Boolean(is.pinHash) && was!.pinHash !== is.pinHash);
  const after = strip(change.after) as Record<string, unknown>;
  return { id: change.id, before: strip(change.before), after: changed ? { ...after, pinChanged: true } : after };
}

async function openCollections(dataDir: string, recovery: RecoveryNote[], audit: AuditLog): Promise<Collections> {
  const open = async <T extends { id: string }>(spec: CollectionSpec) => {
    const collection = await openRepairing<T>(dataDir, spec, recovery);
    collection.observe((name, changes) => audit.record(name, name === COLLECTIONS.staff.name ? changes.map(withoutPinHash) : changes));
    return collection;
  };
  let documents: Promise<Collection<IssuedDocument>> | undefined;
  return {
    staff: await open<StaffRecord>(COLLECTIONS.staff),
    customers: await open<Customer>(COLLECTIONS.customers),
    devices: await open<Device>(COLLECTIONS.devices),
    orders: await open<RepairOrder>(COLLECTIONS.orders),
    settings: await open<SettingsRecord>(COLLECTIONS.settings),
    models: await open<ProductModel>(COLLECTIONS.models),
    loaners: await open<LoanerUnit>(COLLECTIONS.loaners),
    loans: await open<Loan>(COLLECTIONS.loans),
    counterparties: await open<Counterparty>(COLLECTIONS.counterparties),
    parts: await open<Part>(COLLECTIONS.parts),
    stockMoves: await open<StockMove>(COLLECTIONS.stockMoves),
    requisitions: await open<Requisition>(COLLECTIONS.requisitions),
    labour: await open<LabourOperation>(COLLECTIONS.labour),
    sales: await open<Sale>(COLLECTIONS.sales),
    claims: await open<Claim>(COLLECTIONS.claims),
    defectCodes: await open<DefectCodeRecord>(COLLECTIONS.defectCodes),
    counterpartyClaims: await open<CounterpartyClaim>(COLLECTIONS.counterpartyClaims),
    examinations: await open<Examination>(COLLECTIONS.examinations),
    shipments: await open<Shipment>(COLLECTIONS.shipments),
    documents: () => {
      documents ??= open<IssuedDocument>(COLLECTIONS.documents).catch((error: unknown) => {
        documents = undefined;
        throw error;
      });
      return documents;
    },
  };
}

/** Open a collection; a damaged file is moved aside and rebuilt from the newest backup plus what it still holds. */
async function openRepairing<T extends { id: string }>(dataDir: string, spec: CollectionSpec, recovery: RecoveryNote[]): Promise<Collection<T>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await Collection.open<T>(dataDir, spec);
    } catch (error) {
      if (!(error instanceof CorruptFileError) || attempt > (spec.shards ?? 1)) throw error;
      recovery.push(await recoverFile(dataDir, relative(dataDir, error.file), error.message, spec.version));
    }
  }
}
