import { z } from 'zod';
import { CustomerFields } from '../customers/index.js';
import { DeviceFields } from '../devices/index.js';
import { Id, IsoDate, IsoDateTime, Language, Money, numberError, OptionalText, Text } from '../platform/common.js';
import { durationOf, isLocalTime } from './slots.js';

/** What a visit is for. A counter appointment is a customer booked to bring a unit in: on the same calendar. */
export const VISIT_KINDS = ['installation', 'commissioning', 'home_diagnosis', 'home_repair', 'maintenance', 'counter'] as const;
export const VisitKind = z.enum(VISIT_KINDS);
export type VisitKind = z.infer<typeof VisitKind>;

/** Kinds whose unit must be known: the act names its serial, the contract covers it. */
export const KINDS_WITH_UNITS: readonly VisitKind[] = ['installation', 'commissioning', 'maintenance'];
/** Kinds with an act of their own (DOMAIN.md: installation and commissioning acts). */
export const KINDS_WITH_ACT: readonly VisitKind[] = ['installation', 'commissioning'];

/**
 * Where a visit stands: planned; done on site; the unit taken to the workshop (a repair order); not done (no
 * access, the customer away: with a note); cancelled (with a reason).
 */
export const VISIT_STATES = ['planned', 'done', 'to_workshop', 'not_done', 'cancelled'] as const;
export const VisitState = z.enum(VISIT_STATES);
export type VisitState = z.infer<typeof VisitState>;

/** A wall-clock minute of the workshop's calendar, "2026-03-10T09:30" (shared/visits/slots.ts). */
export const LocalTime = z.string().refine(isLocalTime, 'invalid_date');

/**
 * Bidi overrides (LRO, RLO, PDF and the isolates) reorder what follows them: an address "רחוב הרצל 12" with one
 * of them pasted in prints as "21 …" on the route sheet. Letters of either direction and numbers are welcome.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
export const Address = Text(300).refine((text) => !BIDI_CONTROLS.test(text), 'bidi_control');

const Quantity = z.number({ error: numberError('invalid_number') }).positive('not_positive').max(10_000, 'too_large');
const WarrantyDays = z.int('invalid_number').min(0, 'negative').max(3650, 'too_large');

export const VisitWorkLineFields = z.strictObject({
  description: Text(300),
  quantity: Quantity.default(1),
  unitPrice: Money,
  warrantyDays: WarrantyDays.default(90),
  operationId: Id.optional(),
});
export const VisitPartLineFields = z.strictObject({
  name: Text(200),
  sku: OptionalText(60),
  quantity: Quantity.default(1),
  unitPrice: Money,
  warrantyDays: WarrantyDays.default(90),
  /** The catalogue part: it leaves the stock of `locationId` (a van), or of the workshop when that is absent. */
  partId: Id.optional(),
  locationId: Id.optional(),
});
export const VisitWorkLine = VisitWorkLineFields.extend({ id: Id });
export const VisitPartLine = VisitPartLineFields.extend({ id: Id });

/** A check done at installation or commissioning ("water pressure 2.5 bar", "drain tested"): passed or not. */
export const VisitCheck = z.strictObject({ label: Text(200), passed: z.boolean(), note: OptionalText(300) });

export const Visit = z.object({
  id: Id,
  number: z.string(),
  kind: VisitKind,
  state: VisitState,
  customerId: Id,
  /** Where the technician goes; empty for a counter appointment. */
  address: z.string(),
  /** The phone to call on the day, when it is not the customer's first. */
  phone: z.string().optional(),
  deviceIds: z.array(Id),
  /** The window the customer asked for, and the one agreed (the calendar's). */
  requestedFrom: z.string().optional(),
  requestedTo: z.string().optional(),
  start: z.string(),
  end: z.string(),
  technicianIds: z.array(Id),
  travelMinutes: z.int(),
  /** What to take: printed on the route sheet. */
  bring: z.string().optional(),
  notes: z.string().optional(),
  contractId: Id.optional(),
  /** The day of a contract's schedule this planned maintenance stands for (generated once per day). */
  plannedFor: IsoDate.optional(),
  /** Who booked a technician twice at once, having been told. */
  overlapConfirmedBy: Id.optional(),
  closedAt: IsoDateTime.optional(),
  closedBy: Id.optional(),
  outcomeNote: z.string().optional(),
  /** The day the unit was installed or commissioned: its warranty may start there (rule profile). */
  installedOn: IsoDate.optional(),
  checks: z.array(VisitCheck).optional(),
  workLines: z.array(VisitWorkLine),
  partLines: z.array(VisitPartLine),
  /** Repair orders the visit turned into (a unit taken to the workshop). */
  orderIds: z.array(Id).optional(),
  remindedAt: IsoDateTime.optional(),
  reminder: z.enum(['message', 'phone']).optional(),
  cancelReason: z.string().optional(),
  createdAt: IsoDateTime,
  createdBy: Id,
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type Visit = z.infer<typeof Visit>;

/** At most a day from start to end: a longer job is two visits. */
const LONGEST_VISIT_MINUTES = 24 * 60;

/** The window's own problems, at the field: an end not after the start, a visit longer than a day. */
function checkWindow(value: { start?: string; end?: string; requestedFrom?: string; requestedTo?: string }, ctx: z.core.$RefinementCtx) {
  const { start, end, requestedFrom, requestedTo } = value;
  if (start && end && isLocalTime(start) && isLocalTime(end)) {
    if (end <= start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'end_before_start' });
    else if (durationOf({ start, end }) > LONGEST_VISIT_MINUTES) ctx.addIssue({ code: 'custom', path: ['end'], message: 'too_long' });
  }
  if (requestedFrom && requestedTo && isLocalTime(requestedFrom) && isLocalTime(requestedTo) && requestedTo <= requestedFrom) {
    ctx.addIssue({ code: 'custom', path: ['requestedTo'], message: 'end_before_start' });
  }
}

const OptionalTime = z.union([z.literal(''), LocalTime]).optional();

export const VisitSaveInput = z
  .strictObject({
    id: Id.optional(),
    kind: VisitKind,
    customer: z.union([z.strictObject({ id: Id }), CustomerFields]),
    address: z.union([z.literal(''), Address]).optional(),
    phone: OptionalText(40),
    /** The units: known ones by id, new ones with their fields (registered with the visit). */
    units: z.array(z.union([z.strictObject({ id: Id }), DeviceFields])).max(20, 'too_many').default([]),
    requestedFrom: OptionalTime,
    requestedTo: OptionalTime,
    start: LocalTime,
    end: LocalTime,
    technicianIds: z.array(Id).max(5, 'too_many').default([]),
    travelMinutes: z.int('invalid_number').min(0, 'negative').max(480, 'too_large').default(0),
    bring: OptionalText(500),
    notes: OptionalText(2000),
    contractId: Id.optional(),
    /** The clerk was told a technician has another visit then, and books anyway. */
    confirmOverlap: z.boolean().default(false),
  })
  .superRefine((visit, ctx) => {
    checkWindow(visit, ctx);
    if (visit.kind !== 'counter') {
      if (!visit.address) ctx.addIssue({ code: 'custom', path: ['address'], message: 'required' });
      if (!visit.technicianIds.length) ctx.addIssue({ code: 'custom', path: ['technicianIds'], message: 'no_technician' });
    }
    if (KINDS_WITH_UNITS.includes(visit.kind) && !visit.units.length) ctx.addIssue({ code: 'custom', path: ['units'], message: 'no_units' });
  });
export type VisitSaveInput = z.input<typeof VisitSaveInput>;

/** Move a visit: a new start (the length is kept unless an end is given), and optionally other technicians. */
export const VisitRescheduleInput = z
  .strictObject({
    id: Id,
    start: LocalTime,
    end: LocalTime.optional(),
    technicianIds: z.array(Id).min(1, 'no_technician').max(5, 'too_many').optional(),
    confirmOverlap: z.boolean().default(false),
  })
  .superRefine(checkWindow);

export const VisitCloseInput = z.strictObject({
  id: Id,
  outcome: z.enum(['done', 'not_done']),
  note: OptionalText(2000),
  /** The day of installation or commissioning (by default the visit's day). */
  installedOn: IsoDate.optional(),
  checks: z.array(VisitCheck).max(40, 'too_many').default([]),
  workLines: z.array(VisitWorkLineFields).max(50, 'too_many').default([]),
  partLines: z.array(VisitPartLineFields).max(50, 'too_many').default([]),
});

export const VisitToOrderInput = z.strictObject({
  id: Id,
  deviceId: Id,
  statedDefect: Text(2000),
  accessories: z.array(Text(80)).max(30, 'too_many').default([]),
  note: OptionalText(2000),
});

export const VisitCancelInput = z.strictObject({ id: Id, reason: Text(500) });
export const VisitGetInput = z.strictObject({ id: Id });

export const VisitUnit = z.object({ id: Id, label: z.string(), serial: z.string().optional(), installationDate: z.string().optional() });
export const VisitCard = z.object({
  id: Id,
  number: z.string(),
  kind: VisitKind,
  state: VisitState,
  start: z.string(),
  end: z.string(),
  travelMinutes: z.int(),
  technicianIds: z.array(Id),
  customerName: z.string(),
  phone: z.string(),
  address: z.string(),
  units: z.array(z.string()),
  contractId: Id.optional(),
});
export type VisitCard = z.infer<typeof VisitCard>;

export const ConflictOut = z.object({ technicianId: Id, kind: z.enum(['overlap', 'travel']), firstId: Id, secondId: Id, minutes: z.int() });

export const VisitView = z.object({
  visit: Visit,
  customerName: z.string(),
  phones: z.array(z.string()),
  units: z.array(VisitUnit),
  technicians: z.array(z.object({ id: Id, name: z.string(), vanId: Id.optional(), vanName: z.string().optional() })),
  orders: z.array(z.object({ id: Id, number: z.string() })),
  contractNumber: z.string().optional(),
  /** The technicians' other visits that day clashing with this one. */
  conflicts: z.array(ConflictOut),
  /** What the customer owes for the lines (after what the contract covers). */
  total: z.int(),
});
export type VisitView = z.infer<typeof VisitView>;

export const CalendarInput = z.strictObject({
  from: IsoDate,
  days: z.int().min(1, 'too_small').max(7, 'too_large').default(7),
  /** One technician's calendar; absent, the whole workshop's. */
  technicianId: Id.optional(),
});
export const CalendarOutput = z.object({
  from: IsoDate,
  days: z.array(IsoDate),
  technicians: z.array(z.object({ id: Id, name: z.string() })),
  visits: z.array(VisitCard),
  conflicts: z.array(ConflictOut),
});
export type CalendarOutput = z.infer<typeof CalendarOutput>;

export const VisitListInput = z.strictObject({
  customerId: Id.optional(),
  deviceId: Id.optional(),
  contractId: Id.optional(),
  state: VisitState.optional(),
  limit: z.int().min(1).max(1000, 'too_large').default(200),
});

export const RouteSheetInput = z.strictObject({ technicianId: Id, date: IsoDate, language: Language.optional() });
export const VisitActInput = z.strictObject({ visitId: Id, kind: z.enum(['installation', 'commissioning']), language: Language.optional() });

/** Reminders of the visits of a day (tomorrow by default): by message through the outbox, or a list to phone. */
export const RemindersInput = z.strictObject({ date: IsoDate.optional() });
export const ReminderRow = z.object({
  visit: VisitCard,
  /** How the customer can be reached: a message can go (e-mail, SMS), or only a call. */
  reach: z.enum(['message', 'phone']),
  remindedAt: IsoDateTime.optional(),
  reminder: z.enum(['message', 'phone']).optional(),
});
export const RemindersOutput = z.object({ date: IsoDate, rows: z.array(ReminderRow) });
export const ReminderCalledInput = z.strictObject({ id: Id });

