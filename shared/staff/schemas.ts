import { z } from 'zod';
import { Id, IsoDateTime, Language, OptionalText, Text } from '../platform/common.js';

export const StaffRole = z.enum(['clerk', 'technician', 'manager']);
export type StaffRole = z.infer<typeof StaffRole>;

/** A PIN: 4 to 12 digits (6 or more are harder to guess over the shoulder). */
export const Pin = z.string().regex(/^\d{4,12}$/, 'pin_format');

/** A staff member as the screens see them: never the PIN, only whether one is set. */
export const StaffMember = z.object({
  id: Id,
  name: z.string(),
  role: StaffRole,
  active: z.boolean(),
  createdAt: IsoDateTime,
  hasPin: z.boolean(),
  /** The member's own interface language: signing in switches the screens to it (not the PC's, not the workshop's). */
  uiLanguage: Language.optional(),
  /** The language the member's documents are printed in unless they choose another (the workshop's default otherwise). */
  documentLanguage: Language.optional(),
});
export type StaffMember = z.infer<typeof StaffMember>;

/**
 * What the store keeps: the member, and when their PIN last changed. The PIN's salted hash is kept apart, on this
 * PC only (electron/session/pinVault.ts); `pinHash` is what records of earlier versions carried, moved to the vault
 * on start.
 */
export type StaffRecord = Omit<StaffMember, 'hasPin'> & { pinChangedAt?: string; pinHash?: string };

/** Adding a member is a manager's (the session's member); the very first one is made before anyone can sign in. */
export const StaffCreateInput = z.strictObject({
  name: Text(120),
  role: StaffRole,
  pin: Pin,
});
/** A member sets their own PIN, giving the current one (unless they have none yet); a manager may set anyone's. */
export const StaffSetPinInput = z.strictObject({ id: Id, pin: Pin, currentPin: z.string().max(12, 'pin_format').optional() });

/** Opaque session token handed out at sign-in (base64url). */
export const SessionToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'invalid_token');
export const SignInInput = z.strictObject({ staffId: Id, pin: z.string().max(12, 'pin_format') });
export const SignInOutput = z.object({ token: SessionToken, staff: StaffMember });
export const SessionInput = z.strictObject({ token: SessionToken });
export const SessionOutput = z.object({ staff: StaffMember.optional() });
export const StaffUpdateInput = z.strictObject({
  id: Id,
  name: Text(120).optional(),
  role: StaffRole.optional(),
  active: z.boolean().optional(),
  /** Why a member is deactivated (required then): kept in the audit entry of the change. */
  reason: OptionalText(500),
});

/** A member's own preferences: anyone signed in sets their own (and only their own). */
export const StaffPreferencesInput = z.strictObject({
  uiLanguage: Language.optional(),
  documentLanguage: Language.optional(),
});
