import { z } from 'zod';
import { Id, IsoDateTime } from './common.js';

/**
 * The mark of a record an import of a workshop's history created (customers, units, orders): the system it came
 * from, the import (batch), when and by whom, and the digest of the record as it was written (without this mark),
 * so that undoing the import can tell a record nothing has changed since from one that was worked on.
 */
export const ImportMark = z.object({ system: z.string(), batch: z.string(), at: IsoDateTime, by: Id, digest: z.string().optional() });
export type ImportMark = z.infer<typeof ImportMark>;
