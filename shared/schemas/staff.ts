import { z } from 'zod';
import { Actor, Id, IsoDateTime, Text } from './common.js';

export const StaffRole = z.enum(['clerk', 'technician', 'manager']);
export type StaffRole = z.infer<typeof StaffRole>;

export const StaffMember = z.object({
  id: Id,
  name: z.string(),
  role: StaffRole,
  active: z.boolean(),
  createdAt: IsoDateTime,
});
export type StaffMember = z.infer<typeof StaffMember>;

/** The very first staff member is created without an actor: there is nobody yet to name. */
export const StaffCreateInput = z.strictObject({
  actorId: Id.optional(),
  name: Text(120),
  role: StaffRole,
});
export const StaffUpdateInput = z.strictObject({
  ...Actor,
  id: Id,
  name: Text(120).optional(),
  role: StaffRole.optional(),
  active: z.boolean().optional(),
});
