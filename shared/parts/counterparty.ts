import { z } from 'zod';
import { Id, IsoDateTime, OptionalText, Text } from '../platform/common.js';

export const COUNTERPARTY_KINDS = ['supplier', 'manufacturer', 'dealer', 'service_centre', 'lab'] as const;
export const CounterpartyKind = z.enum(COUNTERPARTY_KINDS);
export type CounterpartyKind = z.infer<typeof CounterpartyKind>;

/** A firm the workshop deals with: suppliers of parts, manufacturers, dealers, external service centres, labs. */
export const Counterparty = z.object({
  id: Id,
  name: z.string(),
  kinds: z.array(CounterpartyKind),
  contactPerson: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
  legalName: z.string().optional(),
  taxId: z.string().optional(),
  bankDetails: z.string().optional(),
  /** Brands a manufacturer answers for: its warranty repairs are reimbursed by it. */
  brands: z.array(z.string()),
  notes: z.string().optional(),
  active: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  updatedBy: Id,
});
export type Counterparty = z.infer<typeof Counterparty>;

export const CounterpartySaveInput = z.strictObject({
  id: Id.optional(),
  name: Text(160),
  kinds: z.array(CounterpartyKind).min(1, 'required').max(COUNTERPARTY_KINDS.length, 'too_many'),
  contactPerson: OptionalText(160),
  phone: OptionalText(60),
  email: z.union([z.literal(''), z.email('invalid_email')]).optional(),
  address: OptionalText(300),
  legalName: OptionalText(200),
  taxId: OptionalText(40),
  bankDetails: OptionalText(500),
  brands: z.array(Text(80)).max(50, 'too_many').default([]),
  notes: OptionalText(1000),
  active: z.boolean().default(true),
});

export const CounterpartyListInput = z.strictObject({ kind: CounterpartyKind.optional(), includeInactive: z.boolean().default(false) });
