import { z } from 'zod';
import { Id, Language } from './schemas/common.js';
import { Customer, CustomerSearchInput } from './schemas/customer.js';
import { Device, DeviceFindInput, DeviceUpdateInput } from './schemas/device.js';
import { WarrantyCard } from './schemas/warranty.js';
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
import { LoanView } from './schemas/loan.js';

import { Settings, SettingsUpdateInput, UiLanguageInput } from './schemas/settings.js';
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
import { loanChannels } from './channels/loans.js';
import { warrantyChannels } from './channels/warranty.js';
import { dataChannels } from './channels/data.js';

const Empty = z.strictObject({});

/**
 * Every channel between the renderer and the backend: name → input schema, output schema, one-line summary.
 * register() validates inputs with these schemas; the client and docs/api.md are derived from this table.
 */
export const channels = {
  'app.info': {
    summary: 'Version, data folder, whether the folder was never set up (first run), and the repairs no manager has acknowledged yet.',
    input: Empty,
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      empty: z.boolean(),
      desktop: z.boolean(),
      recovery: z.array(
        z.object({
          id: z.string(),
          at: z.string(),
          kind: z.enum(['damaged', 'missing', 'fewer_records', 'quarantined', 'audit_break']),
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
    summary: 'Add a staff member (the first one may be created without an actor, in a data folder that was never set up).',
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
  'devices.update': {
    summary: 'Correct or add the warranty facts of a unit: purchase and installation dates, warranty months, extended warranty, service life, known faults.',
    input: DeviceUpdateInput,
    output: WarrantyCard,
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
  ...loanChannels,
  ...warrantyChannels,
  ...dataChannels,
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
