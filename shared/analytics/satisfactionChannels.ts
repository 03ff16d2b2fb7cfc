import { z } from 'zod';
import { OrderView, SatisfactionInput } from '../orders/schemas.js';

/** Customer satisfaction after hand-back. */
export const satisfactionChannels = {
  'orders.rateSatisfaction': {
    summary: "Record the customer's satisfaction with a handed-back order: a score of 1 to 5 and a comment (a later answer replaces it).",
    input: SatisfactionInput,
    output: OrderView,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType }>;
