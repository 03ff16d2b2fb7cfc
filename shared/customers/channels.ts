import { z } from 'zod';
import { IsoDateTime, Id } from '../platform/common.js';
import { Device } from '../devices/index.js';
import { OrderListRow } from '../orders/index.js';
import { LoanView } from '../loans/index.js';
import { Claim } from '../claims/index.js';
import { Customer, CustomerCorrectInput, CustomerGetInput, CustomerMergeInput, CustomerSearchInput } from './schemas.js';

/** What the customer paid on their orders: the prepayment at intake and the amount paid at hand-back. */
export const CustomerPayment = z.object({
  orderId: Id,
  orderNumber: z.string(),
  kind: z.enum(['prepayment', 'hand_back']),
  amount: z.int(),
  at: IsoDateTime,
});

/** A customer as a record: their orders, units, loans, claims and payments. */
export const CustomerProfile = z.object({
  customer: Customer,
  orders: z.array(OrderListRow),
  devices: z.array(Device),
  loans: z.array(LoanView),
  claims: z.array(Claim),
  payments: z.array(CustomerPayment),
});

/** The customers channels: every name starts with "customers.". */
export const customersChannels = {
  'customers.search': {
    summary: 'Customers whose name or phone (any spelling: local, international, last digits) matches the query (at most 20; merged customers are not found).',
    input: CustomerSearchInput,
    output: z.array(Customer),
  },
  'customers.get': {
    summary: "One customer with their orders, devices, loans, claims and payments (a merged customer's record names the one it was merged into).",
    input: CustomerGetInput,
    output: CustomerProfile,
  },
  'customers.correct': {
    summary: "Correct a customer's name, phones, e-mail, address or kind after intake; each changed field is recorded (who, when, before, after, reason). A correction that changes nothing records nothing.",
    input: CustomerCorrectInput,
    output: Customer,
  },
  'customers.merge': {
    summary: 'Merge two records of one customer (a manager): every order, device, loan, claim and counter sale of the merged customer moves to the kept one, which takes its phones; the merged record is marked merged into the kept one.',
    input: CustomerMergeInput,
    output: Customer,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
