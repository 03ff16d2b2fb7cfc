import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Money, OptionalText } from '../platform/common.js';
import { Address } from '../visits/index.js';

/** What a contract's price includes: labour, parts, and how many visits a contract year. */
export const ContractIncludes = z.strictObject({
  labour: z.boolean().default(true),
  parts: z.boolean().default(false),
  visitsPerYear: z.int('invalid_number').min(0, 'negative').max(52, 'too_large').default(4),
});

/**
 * A service contract with a customer (a company or a person): the units it covers, its period, the response time
 * promised, what the price includes, and the schedule of planned maintenance (every N months).
 */
export const Contract = z.object({
  id: Id,
  number: z.string(),
  customerId: Id,
  deviceIds: z.array(Id),
  address: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  responseHours: z.int(),
  includes: z.object({ labour: z.boolean(), parts: z.boolean(), visitsPerYear: z.int() }),
  /** The price of the contract for its period (minor units). */
  price: z.int(),
  /** Planned maintenance every this many months from the start. */
  everyMonths: z.int(),
  /** A planned visit's time of day and length, and who goes (by default). */
  visitTime: z.string(),
  visitMinutes: z.int(),
  technicianId: Id.optional(),
  notes: z.string().optional(),
  /** The contract this one renews, and the one that renewed it. */
  renewsId: Id.optional(),
  renewedById: Id.optional(),
  createdAt: IsoDateTime,
  createdBy: Id,
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type Contract = z.infer<typeof Contract>;

export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_format');

export const ContractSaveInput = z
  .strictObject({
    id: Id.optional(),
    customerId: Id,
    deviceIds: z.array(Id).max(200, 'too_many'),
    address: Address,
    startsOn: IsoDate,
    endsOn: IsoDate,
    responseHours: z.int('invalid_number').min(1, 'not_positive').max(720, 'too_large').default(48),
    includes: ContractIncludes.default({ labour: true, parts: false, visitsPerYear: 4 }),
    price: Money,
    everyMonths: z.int('invalid_number').min(1, 'not_positive').max(60, 'too_large').default(3),
    visitTime: ClockTime.default('09:00'),
    visitMinutes: z.int('invalid_number').min(15, 'too_small').max(720, 'too_large').default(60),
    technicianId: z.union([z.literal(''), Id]).optional(),
    notes: OptionalText(2000),
  })
  .superRefine((contract, ctx) => {
    if (!contract.deviceIds.length) ctx.addIssue({ code: 'custom', path: ['deviceIds'], message: 'no_units' });
    if (contract.endsOn <= contract.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'end_before_start' });
  });

export const ContractGetInput = z.strictObject({ id: Id });
export const ContractListInput = z.strictObject({ customerId: Id.optional(), state: z.enum(['upcoming', 'active', 'expiring', 'ended']).optional() });
export const ContractState = z.enum(['upcoming', 'active', 'expiring', 'ended']);

export const ContractRow = Contract.extend({
  customerName: z.string(),
  state: ContractState,
  units: z.array(z.string()),
  /** The next planned visit under the contract, if one is on the calendar. */
  nextVisit: z.string().optional(),
  renewalNumber: z.string().optional(),
});
export type ContractRow = z.infer<typeof ContractRow>;

/** Plan the maintenance of some contracts (all active ones when none is named) from today up to a day. */
export const PlanInput = z.strictObject({ contractIds: z.array(Id).max(5000, 'too_many').optional(), until: IsoDate });
export const PlannedVisit = z.object({ contractId: Id, contractNumber: z.string(), customerName: z.string(), day: IsoDate, start: z.string(), end: z.string(), technicianId: Id.optional() });
export const PlanOutput = z.object({
  /** The visits the schedule calls for that are not on the calendar yet (the first 500 of them, in a preview). */
  visits: z.array(PlannedVisit),
  count: z.int(),
  /** Of those, how many were written (0 in a preview). */
  created: z.int(),
  limit: z.int(),
});

export const RenewInput = z.strictObject({ id: Id, months: z.int('invalid_number').min(1, 'not_positive').max(60, 'too_large').optional(), price: Money.optional() });

export const ContractDashboard = z.object({
  expiring: z.array(ContractRow),
  /** Planned visits of today and earlier still open: due or overdue. */
  due: z.array(z.object({ id: Id, number: z.string(), start: z.string(), customerName: z.string(), kind: z.string() })),
});
