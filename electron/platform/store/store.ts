import { mkdir } from 'node:fs/promises';
import { Mutex } from 'async-mutex';
import { DomainError } from '../../../shared/platform/result.js';
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
import type { CashDay, CashMovement, Payment } from '../../../shared/payments/index.js';
import type { NotificationSettings, OutboxMessage } from '../../../shared/notifications/index.js';
import type { StockLocation } from '../../../shared/parts/index.js';
import type { Visit } from '../../../shared/visits/index.js';
import type { Contract } from '../../../shared/contracts/index.js';
import { Collection, type CollectionHooks, type CollectionSpec } from './collection.js';
import { AuditLog } from './audit.js';
import { Compactor } from './compactor.js';
import { Journal, JOURNAL_FOLDER } from './journal.js';
import { JournalReplay } from './journalReplay.js';
import { lockDataFolder } from './lock.js';
import { MANIFEST_FILE, StoreManifest } from './manifest.js';
import { type RecoveryNote, RecoveryNotices } from './notices.js';
import { collectionHooks, loadManifest, type OpenOptions, removeLeftovers } from './storeHooks.js';
import { finishInterruptedSwap, prepareStaging, type SwapStep, swapIn } from './swap.js';

export type { OpenOptions } from './storeHooks.js';
export type { RecoveryNote } from './notices.js';

/** The settings live in a one-record collection, so that they share the file format of everything else. */
export type SettingsRecord = Settings & { id: 'settings' };
export type NotificationSettingsRecord = NotificationSettings & { id: 'notifications' };

import { COLLECTIONS } from './collections.js';

export { COLLECTIONS };

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
  payments: Collection<Payment>;
  cashDays: Collection<CashDay>;
  cashMovements: Collection<CashMovement>;
  /** Messages to customers, each with its state (electron/notifications/outbox.ts). */
  outbox: Collection<OutboxMessage>;
  notificationSettings: Collection<NotificationSettingsRecord>;
  /** The vans (electron/parts/locations.ts). */
  stockLocations: Collection<StockLocation>;
  /** Visits and counter appointments (electron/visits/). */
  visits: Collection<Visit>;
  /** Service contracts (electron/contracts/). */
  contracts: Collection<Contract>;
  /**
   * Issued documents are read when first needed (printing, an order's document list), not at start-up: they are
   * one of the largest collections and the first screens do not need them.
   */
  documents(): Promise<Collection<IssuedDocument>>;
}

/** Files that are to replace some of the data (a restore, an import), prepared in the staging folder. */
export interface StagedData {
  /** Entries of the data folder they replace (relative: "orders/05.json", or a whole "documents"). */
  names: string[];
  /** Every data file after the swap, with its records: the new manifest. */
  files: Record<string, number>;
  setUp: boolean;
}

export interface Store extends Readonly<Collections> {
  readonly dataDir: string;
  /** Every change to every record, hash-chained. */
  readonly audit: AuditLog;
  /** Repairs no manager has acknowledged yet (damaged or missing files restored, records quarantined), oldest first. */
  readonly recovery: RecoveryNote[];
  /** The folder holds a workshop's data (it is not a first run), even if a file of it is gone. */
  readonly setUp: boolean;
  /** A manager has read the repair notices: they leave the screens. Returns how many. */
  acknowledgeRecovery(by: string): Promise<number>;
  /** What the manifest says each data file holds (restore and import build the next one from it). */
  readonly manifestFiles: Readonly<Record<string, number>>;
  /**
   * Whether a one-time change of the data (a start-up migration, by its name) was done on these files; a restore
   * or an import forgets it, so that the migration looks at the files they bring.
   */
  migrated(name: string): boolean;
  markMigrated(name: string): void;
  /** Runs a change alone: changes that touch several collections never interleave. */
  exclusive<R>(change: () => Promise<R>): Promise<R>;
  /**
   * Runs a document issue alone among document issues (numbering, rendering, storing a PDF), without holding up
   * other changes. Taken after `exclusive` when both are needed, never the other way round.
   */
  documentsExclusive<R>(change: () => Promise<R>): Promise<R>;
  /** Runs alone against every change, documents being issued included (backups, restore, import, export). */
  exclusiveAll<R>(change: () => Promise<R>): Promise<R>;
  /** Read every file again. */
  reload(): Promise<void>;
  /**
   * Rewrite every data file that the journal holds changes of, from memory, and cut the journal: the files then hold
   * every acknowledged change (done before a backup, an export, an import, a restore, and at close).
   */
  flush(): Promise<void>;
  /**
   * Replace data files with staged ones (restore, import; called inside exclusiveAll): `stage` fills the staging
   * folder, then the swap is journaled so that an interruption leaves the old data or the new, never a mix.
   */
  replaceData(stage: (staging: string) => Promise<StagedData>, onStep?: SwapStep): Promise<void>;
  /**
   * Be told of every saved batch, after it is durable (journaled) and audited: the collection's name and the ids
   * of its records; `undefined` after a reload (a restore, an import: any record may be another). A listener only
   * takes note (the network's replication marks what to push): it cannot refuse or delay a save, and what it
   * throws is logged, never the save's failure. Returns the way to stop listening.
   */
  onSaved(listener: SavedListener): () => void;
  close(): Promise<void>;
}

/** Told of a saved batch (collection name and record ids), or of a reload (undefined). */
export type SavedListener = (saved: { collection: string; ids: string[] } | undefined) => void;

/**
 * Opens (and locks) a data folder; creates it when it does not exist. Before anything is read, an interrupted
 * restore or import is undone; then damaged, missing and shortened files are repaired from backups, and records
 * that fail their schema are quarantined, each with a notice kept until a manager acknowledges it.
 */
export async function openStore(dataDir: string, options: OpenOptions = {}): Promise<Store> {
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataFolder(dataDir);
  let opening: StoreManifest | undefined;
  let journal: Journal | undefined;
  let compactor: Compactor | undefined;
  try {
    const undone = await finishInterruptedSwap(dataDir);
    if (undone === 'rolled_back') console.error(`[store] an interrupted restore or import was undone: the data of ${dataDir} is as it was before it.`);
    await removeLeftovers(dataDir);
    const notices = await RecoveryNotices.load(dataDir);
    const openAudit = () => AuditLog.open(dataDir, async (repair) => {
      if (!repair.keptIn) return;
      await notices.add({
        key: `audit_break:${repair.keptIn}`,
        kind: 'audit_break',
        file: `audit/${repair.file}`,
        problem: `its last line was cut (${repair.bytes} bytes); the break is recorded in the audit log and the chain goes on`,
        movedTo: repair.keptIn,
        fromBackup: 0,
        salvaged: 0,
        total: 0,
      });
    });
    let audit = await openAudit();
    let manifest = await loadManifest(dataDir);
    opening = manifest;
    // Once closed, nothing more is written into the folder (another process may take it, a test removes it): a change
    // or a document that comes after the close is refused, and the close waits for those under way.
    let closed = false;
    // The documents' collection is opened on first use: refused once the store is closed, and waited for by the close.
    const lazy: LazyOpening = { refused: () => closed, opening: undefined };
    const listeners = new Set<SavedListener>();
    const tell = (saved: Parameters<SavedListener>[0]) => {
      for (const listener of listeners) {
        try {
          listener(saved);
        } catch (error) {
          console.error(`[store] a listener of saved changes failed (${(error as Error).message}); the save stands.`);
        }
      }
    };
    const open = async () => {
      const found = await Journal.open(dataDir, options.io);
      journal = found.journal;
      // A save cut by a crash before it was confirmed is not kept; a manager is told, as of any repair.
      for (const cut of found.unfinished) {
        await notices.add({
          key: `unfinished_save:${cut.segment}`,
          kind: 'unfinished_save',
          file: `${JOURNAL_FOLDER}/${cut.segment}`,
          problem: `a save${cut.collection ? ` of ${cut.collection}` : ''} was cut off by a stop (${cut.bytes} bytes)`,
          movedTo: '',
          fromBackup: 0,
          salvaged: 0,
          total: 0,
        });
      }
      const replay = new JournalReplay(found.entries);
      const byFile = new Map<string, Collection<{ id: string }>>();
      const hooks = collectionHooks(dataDir, manifest, notices, options, { log: found.journal, replay });
      const collections = await openCollections(dataDir, audit, hooks, replay, (collection) => {
        for (const file of collection.fileNames) byFile.set(file, collection);
      }, lazy, tell);
      await manifest.flush();
      compactor = new Compactor(found.journal, async (file) => {
        const collection = byFile.get(file);
        if (collection) await collection.writeFile(file);
        else console.error(`[store] the journal names ${file}, which no collection holds: skipped.`);
      }, options.compactAfterMs);
      // What the last run saved and did not rewrite yet goes to the files soon (the journal keeps it meanwhile).
      if (found.journal.pending) compactor.schedule();
      return collections;
    };
    const flush = () => compactor!.flush();
    const mutex = new Mutex();
    const documentsMutex = new Mutex();
    const refuseClosed = () => {
      if (closed) throw new DomainError('storage', 'The data folder is closed: nothing more is saved in it.');
    };
    // After a restore or an import the files are others: the manifest, the audit log and every collection are read
    // again, and the journal opened again (nothing of the old memory is written any more).
    const reload = async () => {
      compactor?.stop();
      await journal?.close();
      await manifest.close();
      await audit.drain();
      manifest = await loadManifest(dataDir);
      audit = await openAudit();
      Object.assign(store, { audit }, await open());
      tell(undefined);
    };
    const store: Store = {
      dataDir,
      audit,
      get recovery() {
        return notices.open();
      },
      get setUp() {
        return manifest.setUp;
      },
      get manifestFiles() {
        return manifest.files;
      },
      migrated: (name) => manifest.migrated(name),
      markMigrated: (name) => manifest.markMigrated(name),
      acknowledgeRecovery: (by) => notices.acknowledge(by),
      ...(await open()),
      exclusive: <R>(change: () => Promise<R>) =>
        mutex.runExclusive(() => {
          refuseClosed();
          return change();
        }),
      documentsExclusive: <R>(change: () => Promise<R>) =>
        documentsMutex.runExclusive(() => {
          refuseClosed();
          return change();
        }),
      // What runs alone against everything (backups, exports, imports, restores) sees files holding every change.
      exclusiveAll: <R>(change: () => Promise<R>) =>
        mutex.runExclusive(() =>
          documentsMutex.runExclusive(async () => {
            refuseClosed();
            await flush();
            return change();
          }),
        ),
      reload,
      flush,
      onSaved: (listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      replaceData: async (stage, onStep) => {
        try {
          // No save may land between the last rewrite and the swap: the journal refuses them from here on.
          await journal!.retire();
          await flush();
          compactor!.stop();
          await manifest.close();
          const staging = await prepareStaging(dataDir);
          const staged = await stage(staging);
          await StoreManifest.writeFor(staging, staged.files, staged.setUp);
          await swapIn(dataDir, [...staged.names, MANIFEST_FILE], onStep);
        } finally {
          await finishInterruptedSwap(dataDir);
          await reload();
        }
      },
      close: async () => {
        // What runs now (a change, a document being rendered and stored, the documents' files being opened) ends
        // first; what comes after is refused.
        await mutex.runExclusive(() => documentsMutex.runExclusive(async () => void (closed = true)));
        await lazy.opening?.catch(() => undefined);
        compactor!.stop();
        await journal!.retire();
        await flush().catch((error: Error) => console.error(`[store] the data files could not be rewritten at close (${error.message}); the journal keeps every change for the next start.`));
        await journal!.close();
        await store.audit.drain();
        await manifest.close();
        if (store.audit.unwritten) console.error(`[audit] ${audit.unwritten} audit entries could not be written (disk full?) and are lost.`);
        await release();
      },
    };
    return store;
  } catch (error) {
    // Nothing more is written once the folder is released (another process may take it).
    compactor?.stop();
    await journal?.close().catch(() => undefined);
    await opening?.close().catch(() => undefined);
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

/** A collection opened on first use: whether the store refuses to open it now, and its opening under way. */
interface LazyOpening {
  refused(): boolean;
  opening: Promise<unknown> | undefined;
}

async function openCollections(
  dataDir: string,
  audit: AuditLog,
  hooks: (spec: CollectionSpec) => CollectionHooks,
  replay: JournalReplay,
  opened: (collection: Collection<{ id: string }>) => void,
  lazy: LazyOpening,
  tell: SavedListener,
): Promise<Collections> {
  const open = async <T extends { id: string }>(spec: CollectionSpec) => {
    const collection = await Collection.open<T>(dataDir, spec, hooks(spec));
    // The journal's records are laid over the files: saves acknowledged since the files were last rewritten.
    collection.replay(replay.records(spec));
    opened(collection as unknown as Collection<{ id: string }>);
    collection.observe((name, changes) => {
      const audited = audit.record(name, name === COLLECTIONS.staff.name ? changes.map(withoutPinHash) : changes);
      tell({ collection: name, ids: changes.map((change) => change.id) });
      return audited;
    });
    return collection;
  };
  let documents: Promise<Collection<IssuedDocument>> | undefined;
  const collections: Collections = {
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
    payments: await open<Payment>(COLLECTIONS.payments),
    cashDays: await open<CashDay>(COLLECTIONS.cashDays),
    cashMovements: await open<CashMovement>(COLLECTIONS.cashMovements),
    outbox: await open<OutboxMessage>(COLLECTIONS.outbox),
    notificationSettings: await open<NotificationSettingsRecord>(COLLECTIONS.notificationSettings),
    stockLocations: await open<StockLocation>(COLLECTIONS.stockLocations),
    visits: await open<Visit>(COLLECTIONS.visits),
    contracts: await open<Contract>(COLLECTIONS.contracts),
    documents: () => {
      if (lazy.refused()) return Promise.reject(new DomainError('storage', 'The data folder is closed: its documents are not opened any more.'));
      documents ??= open<IssuedDocument>(COLLECTIONS.documents).catch((error: unknown) => {
        documents = undefined;
        throw error;
      });
      lazy.opening = documents;
      return documents;
    },
  };
  // Documents the journal holds are replayed at start-up, so that the journal can be cut.
  if (replay.has(COLLECTIONS.documents.name)) await collections.documents();
  return collections;
}
