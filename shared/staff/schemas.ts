import { z } from 'zod';
import { Id, IsoDateTime, Text } from '../platform/common.js';

export const StaffRole = z.enum(['clerk', 'technician', 'manager']);
export type StaffRole = z.infer<typeof StaffRole>;

/** A PIN typed on the sign-in screen: 4 to 8 digits. */
export const Pin = z.string().regex(/^\d{4,8}$/, 'pin_format');

/** A staff member as the screens see them: never the PIN, only whether one is set. */
export const StaffMember = z.object({
  id: Id,
  name: z.string(),
  role: StaffRole,
  active: z.boolean(),
  createdAt: IsoDateTime,
  hasPin: z.boolean(),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** What the store keeps: the member and the salted hash of their PIN (absent for members from before PINs). */
export type StaffRecord = Omit<StaffMember, 'hasPin'> & { pinHash?: string };

/** Adding a member is a manager's (the session's member); the very first one is made before anyone can sign in. */
export const StaffCreateInput = z.strictObject({
  name: Text(120),
  role: StaffRole,
  pin: Pin,
});
/** A member sets their own PIN; a manager may set anyone's. */
export const StaffSetPinInput = z.strictObject({ id: Id, pin: Pin });

/** Opaque session token handed out at sign-in (base64url). */
export const SessionToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'invalid_token');
export const SignInInput = z.strictObject({ staffId: Id, pin: z.string().max(8, 'pin_format') });
export const SignInOutput = z.object({ token: SessionToken, staff: StaffMember });
export const SessionInput = z.strictObject({ token: SessionToken });
export const SessionOutput = z.object({ staff: StaffMember.optional() });
export const StaffUpdateInput = z.strictObject({
  id: Id,
  name: Text(120).optional(),
  role: StaffRole.optional(),
  active: z.boolean().optional(),
});
