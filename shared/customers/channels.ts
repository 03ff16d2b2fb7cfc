import { z } from 'zod';
import { Customer, CustomerSearchInput } from './schemas.js';

/** The customers channels: every name starts with "customers.". */
export const customersChannels = {
  'customers.search': {
    summary: 'Customers whose name or phone matches the query (at most 20).',
    input: CustomerSearchInput,
    output: z.array(Customer),
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
