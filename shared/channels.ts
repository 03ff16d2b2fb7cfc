import { z } from 'zod';
import { Id, Language } from './schemas/common.js';
import { Customer, CustomerSearchInput } from './schemas/customer.js';
import { Device, DeviceFindInput, DeviceUpdateInput, WarrantyUnvoidInput, WarrantyVoidInput } from './schemas/device.js';
import {
  EffectiveProfileOutput,
  ExpiringInput,
  ExpiringRow,
  RegistryFileInput,
  RegistryImportInput,
  RegistryImportResult,
  RegistryPreview,
  WarrantyCard,
  WarrantyCheckInput,
} from './schemas/warranty.js';
import {
  DeviceDocumentsInput,
  DocumentContent,
  DocumentGetInput,
  IntakeActInput,
  IssuedDocument,
  LoanActInput,
  OrderDocumentsInput,
  VoidNoticeInput,
  WarrantyCertificateInput,
} from './schemas/document.js';
import {
  OrderAssignInput,
  OrderCreateInput,
  OrderDiagnosisInput,
  OrderFindInput,
  OrderGetInput,
  OrderLinesInput,
  OrderListInput,
  OrderListOutput,
  OrderListRow,
  OrderTransitionInput,
  OrderView,
} from './schemas/order.js';
import {
  LoanDemandInput,
  LoanerPoolRow,
  LoanerSaveInput,
  LoanerStateInput,
  LoanerUnit,
  LoanIssueInput,
  LoanListInput,
  LoanReturnInput,
  LoanView,
} from './schemas/loan.js';
import { ProductModel, ProductModelSaveInput } from './schemas/productModel.js';
import { AbsolutePath, Settings, SettingsUpdateInput, UiLanguageInput } from './schemas/settings.js';
import {
  SessionInput,
  SessionOutput,
  SignInInput,
  SignInOutput,
  StaffCreateInput,
  StaffMember,
  StaffSetPinInput,
  StaffUpdateInput,
} from './schemas/staff.js';
import { partChannels } from './channels/parts.js';
import { claimChannels } from './channels/claims.js';
import { defectChannels } from './channels/defects.js';
import { analyticsChannels } from './channels/analytics.js';
import { satisfactionChannels } from './channels/satisfaction.js';
import { counterpartyChannels } from './channels/counterparty.js';
import { documentKindChannels } from './channels/documents.js';
import { shipmentChannels } from './channels/shipments.js';

const Empty = z.strictObject({});

/**
 * Every channel between the renderer and the backend: name → input schema, output schema, one-line summary.
 * register() validates inputs with these schemas; the client and docs/api.md are derived from this table.
 */
export const channels = {
  'app.info': {
    summary: 'Version, data folder and whether the store is still empty (first run).',
    input: Empty,
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      empty: z.boolean(),
      desktop: z.boolean(),
      recovery: z.array(
        z.object({
          file: z.string(),
          problem: z.string(),
          movedTo: z.string(),
          restoredFrom: z.string().optional(),
          fromBackup: z.int(),
          salvaged: z.int(),
          total: z.int(),
        }),
      ),
    }),
    public: true,
  },
  'backups.list': {
    summary: 'Every automatic and manual backup, newest first, with its date, reason, records per collection and whether its checksums verify.',
    input: Empty,
    output: z.array(
      z.object({ id: z.string(), createdAt: z.string(), reason: z.string(), verified: z.boolean(), records: z.record(z.string(), z.int()) }),
    ),
  },
  'backups.create': {
    summary: 'Back up every data file now (kept with the automatic ones, rotated 7 daily and 4 weekly).',
    input: z.strictObject({ actorId: z.string() }),
    output: z.object({ id: z.string(), createdAt: z.string() }),
  },
  'backups.restore': {
    summary: 'Restore a verified backup (managers only); the current data is backed up first.',
    input: z.strictObject({ actorId: z.string(), id: z.string().min(1, 'required'), confirm: z.literal(true, 'confirm') }),
    output: z.object({ restored: z.string(), safetyBackup: z.string() }),
  },
  'audit.list': {
    summary: 'The audit log, newest first (managers only): who changed which record, when, through which channel, before and after.',
    input: z.strictObject({
      actorId: z.string(),
      collection: z.string().max(40, 'too_long').optional(),
      id: z.string().max(40, 'too_long').optional(),
      limit: z.int().min(1).max(10_000, 'too_large').default(100),
      offset: z.int().min(0).default(0),
    }),
    output: z.object({
      rows: z.array(
        z.object({
          seq: z.int(),
          at: z.string(),
          by: z.string().optional(),
          channel: z.string().optional(),
          collection: z.string(),
          id: z.string(),
          before: z.unknown().optional(),
          after: z.unknown(),
          previous: z.string(),
          hash: z.string(),
        }),
      ),
      total: z.int(),
    }),
  },
  'audit.verify': {
    summary: "Recompute the audit log's hash chain (managers only): whether it is intact, or the first entry that was altered.",
    input: z.strictObject({ actorId: z.string() }),
    output: z.object({ entries: z.int(), intact: z.boolean(), brokenAt: z.int().optional() }),
  },
  'data.export': {
    summary: 'Write all the data (records, audit log, issued PDFs) as one .tar.gz into a folder (managers only); default: exports/ in the data folder.',
    input: z.strictObject({ actorId: z.string(), folder: z.union([z.literal(''), AbsolutePath]).optional() }),
    output: z.object({ file: z.string(), bytes: z.int() }),
  },
  'data.import': {
    summary: 'Replace all the data with an exported archive (managers only, confirmed); the current data is backed up first.',
    input: z.strictObject({ actorId: z.string(), file: AbsolutePath, confirm: z.literal(true, 'confirm') }),
    output: z.object({ imported: z.string(), safetyBackup: z.string(), orders: z.int() }),
  },
  'demo.load': {
    summary: 'Fill an empty store with demo staff, customers, devices and orders.',
    input: Empty,
    output: z.object({ staff: z.int(), customers: z.int(), orders: z.int() }),
    public: true,
  },
  'staff.list': {
    summary: 'All staff members, active and inactive.',
    input: Empty,
    output: z.array(StaffMember),
    public: true,
  },
  'staff.create': {
    summary: 'Add a staff member (the first one may be created without an actor).',
    input: StaffCreateInput,
    output: StaffMember,
    public: true,
  },
  'staff.update': {
    summary: 'Rename, change the role of, or (de)activate a staff member (their open sessions end).',
    input: StaffUpdateInput,
    output: StaffMember,
  },
  'staff.setPin': {
    summary: "Set a staff member's PIN: one's own, or anyone's for a manager (their other sessions end).",
    input: StaffSetPinInput,
    output: StaffMember,
  },
  'session.signIn': {
    summary: 'Sign in with a PIN; the token goes with every later request. Repeated wrong PINs lock the member out for a while.',
    input: SignInInput,
    output: SignInOutput,
    public: true,
  },
  'session.current': {
    summary: 'Who a session token belongs to, if it is still valid.',
    input: SessionInput,
    output: SessionOutput,
    public: true,
  },
  'session.signOut': {
    summary: 'End a session.',
    input: SessionInput,
    output: z.object({}),
    public: true,
  },
  'customers.search': {
    summary: 'Customers whose name or phone matches the query (at most 20).',
    input: CustomerSearchInput,
    output: z.array(Customer),
  },
  'devices.find': {
    summary: 'Devices whose serial number or IMEI equals the code, with their owners.',
    input: DeviceFindInput,
    output: z.array(z.object({ device: Device, owner: Customer })),
  },
  'models.list': {
    summary: 'The product model catalogue: default warranty and service life of each model.',
    input: Empty,
    output: z.array(ProductModel),
  },
  'models.save': {
    summary: 'Add a model to the catalogue, or change one (managers only); brand and model are unique together.',
    input: ProductModelSaveInput,
    output: ProductModel,
  },
  'devices.update': {
    summary: 'Correct or add the warranty facts of a unit: purchase and installation dates, warranty months, extended warranty, service life, known faults.',
    input: DeviceUpdateInput,
    output: WarrantyCard,
  },
  'warranty.check': {
    summary: 'The warranty card of every unit a code names (serial, IMEI or order number): status, end date with its basis, claim windows, history.',
    input: WarrantyCheckInput,
    output: z.array(WarrantyCard),
  },
  'warranty.void': {
    summary: "Void a unit's warranty (managers only), with a reason code and a note.",
    input: WarrantyVoidInput,
    output: WarrantyCard,
  },
  'warranty.unvoid': {
    summary: 'Undo a void (managers only); the void and its undoing stay in the history.',
    input: WarrantyUnvoidInput,
    output: WarrantyCard,
  },
  'warranty.expiring': {
    summary: 'Units whose warranty ends within N days or ended within the last N days, by end date; filter by model and customer.',
    input: ExpiringInput,
    output: z.array(ExpiringRow),
  },
  'registry.preview': {
    summary: 'Read a registry of sold units (CSV or XLSX, base64): columns, the suggested mapping, sample rows and every row error.',
    input: RegistryFileInput,
    output: RegistryPreview,
  },
  'registry.import': {
    summary: 'Import the valid rows of a registry of sold units: new units added, known ones updated, duplicates merged; the same file twice changes nothing.',
    input: RegistryImportInput,
    output: RegistryImportResult,
  },
  'rules.get': {
    summary: "The rule profile presets with the source of every value, the workshop's effective profile and its holiday list.",
    input: Empty,
    output: z.object({ presets: z.record(z.string(), z.unknown()), effective: EffectiveProfileOutput, holidays: z.array(z.string()) }),
    public: true,
  },
  'orders.create': {
    summary: 'Intake: create a repair order, with a new or existing customer and device.',
    input: OrderCreateInput,
    output: OrderView,
  },
  'orders.get': {
    summary: 'One order with its customer and device.',
    input: OrderGetInput,
    output: OrderView,
  },
  'orders.list': {
    summary: 'Orders matching a search (number, serial, IMEI, phone, name) and status, newest first, with counts per status.',
    input: OrderListInput,
    output: OrderListOutput,
  },
  'orders.find': {
    summary: 'The order a scanned or typed code names (order number, serial or IMEI), or null.',
    input: OrderFindInput,
    output: z.object({ id: Id }).nullable(),
  },
  'orders.transition': {
    summary: 'Move an order to another status; only the allowed transitions are accepted. Hand-back needs an outcome.',
    input: OrderTransitionInput,
    output: OrderView,
  },
  'orders.assign': {
    summary: 'Assign a technician to an order (or clear the assignment).',
    input: OrderAssignInput,
    output: OrderView,
  },
  'orders.diagnose': {
    summary: "Record the technician's diagnosis notes and, optionally, its defect codes from the catalogue (symptom, cause, action, component).",
    input: OrderDiagnosisInput,
    output: OrderView,
  },
  'orders.setLines': {
    summary: 'Replace the work and part lines of an order (prices in minor units).',
    input: OrderLinesInput,
    output: OrderView,
  },
  'loaners.list': {
    summary: 'The loaner pool: every unit with its state, the loan it is on, how many loans it had and how much of the time it was lent.',
    input: Empty,
    output: z.array(LoanerPoolRow),
  },
  'loaners.save': {
    summary: 'Add a unit to the loaner pool, or edit one (inventory numbers are unique).',
    input: LoanerSaveInput,
    output: LoanerUnit,
  },
  'loaners.setState': {
    summary: 'Send a unit to maintenance, make it available again, or retire it (not while it is on loan).',
    input: LoanerStateInput,
    output: LoanerUnit,
  },
  'loans.demand': {
    summary: "Record that the customer demanded a replacement device; the rule profile's deadline runs from now.",
    input: LoanDemandInput,
    output: OrderView,
  },
  'loans.issue': {
    summary: 'Lend an available unit for an order: condition, accessories, deposit and due date. A unit is never on two loans.',
    input: LoanIssueInput,
    output: LoanView,
  },
  'loans.return': {
    summary: 'Take a loaner back: condition, deposit returned (or withheld with a reason); the unit goes back to the pool or to maintenance.',
    input: LoanReturnInput,
    output: LoanView,
  },
  'loans.list': {
    summary: 'Loans, newest first: open ones, those needing attention (overdue or due within 2 days), or all; optionally of one pool unit (its history).',
    input: LoanListInput,
    output: z.array(LoanView),
  },
  'loans.forOrder': {
    summary: 'Every loan of an order.',
    input: OrderDocumentsInput,
    output: z.array(LoanView),
  },
  'dashboard.summary': {
    summary: 'What needs attention today: counts per status, orders past their promised date, legal deadlines overdue or due soon, loaners overdue or due back soon, ready for pickup.',
    input: z.strictObject({ today: z.iso.date('invalid_date') }),
    output: z.object({
      countsByStatus: z.record(z.string(), z.int()),
      open: z.int(),
      receivedToday: z.int(),
      overdue: z.array(OrderListRow),
      ready: z.array(OrderListRow),
      legalOverdue: z.array(OrderListRow),
      legalDueSoon: z.array(OrderListRow),
      loansAttention: z.array(LoanView),
    }),
  },
  'settings.get': {
    summary: 'Workshop profile, currency, languages, paper size and printed terms.',
    input: Empty,
    output: Settings,
    public: true,
  },
  'settings.update': {
    summary: 'Change workshop settings (a manager or clerk names themself as actor).',
    input: SettingsUpdateInput,
    output: Settings,
  },
  'settings.setUiLanguage': {
    summary: 'Switch and remember the interface language.',
    input: UiLanguageInput,
    output: Settings,
    public: true,
  },
  'documents.intakeAct': {
    summary: 'Issue the intake act of an order in a language, or return the one already issued (same number, same bytes).',
    input: IntakeActInput,
    output: IssuedDocument,
  },
  'documents.warrantyCertificate': {
    summary: 'Issue the warranty certificate of a unit (or, with an order, of that repair) in a language; the same facts give the same document.',
    input: WarrantyCertificateInput,
    output: IssuedDocument,
  },
  'documents.voidNotice': {
    summary: 'Issue the notice that a unit\'s warranty is void, with the reason and the evidence.',
    input: VoidNoticeInput,
    output: IssuedDocument,
  },
  'documents.loanAct': {
    summary: 'Issue the loaner issue act or return act of a loan in a language (the same loan gives the same document).',
    input: LoanActInput,
    output: IssuedDocument,
  },
  'documents.forDevice': {
    summary: 'Every certificate and notice issued for a unit.',
    input: DeviceDocumentsInput,
    output: z.array(IssuedDocument),
  },
  'documents.forOrder': {
    summary: 'Every document issued for an order.',
    input: OrderDocumentsInput,
    output: z.array(IssuedDocument),
  },
  'documents.content': {
    summary: 'The stored PDF of an issued document, base64-encoded.',
    input: DocumentGetInput,
    output: DocumentContent,
  },
  'documents.print': {
    summary: 'Open the system print dialog for a document (desktop app only; the browser opens the PDF instead).',
    input: DocumentGetInput,
    output: z.object({ printed: z.boolean() }),
  },
  ...partChannels,
  ...claimChannels,
  ...defectChannels,
  ...analyticsChannels,
  ...satisfactionChannels,
  ...counterpartyChannels,
  ...documentKindChannels,
  ...shipmentChannels,
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

/**
 * Channels that answer without a signed-in session: what the sign-in and first-run screens need. Everything else
 * needs a session, and a request's `actorId` must be the signed-in member.
 */
export function isPublicChannel(name: ChannelName): boolean {
  return 'public' in channels[name];
}

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

export type { Language };
