import type { Handlers } from '../platform/ipc/handlers.js';
import { DomainError } from '../../shared/platform/result.js';
import type { StaffMember, StaffRecord } from '../../shared/staff/schemas.js';
import { may } from '../../shared/staff/index.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import { changeContext, withNote } from '../platform/store/audit.js';

/** A member's PIN hash on this PC: the vault's, or (data of an earlier version, not yet moved) the record's. */
function pinHashOf(ctx: ServiceContext, member: StaffRecord): string | undefined {
  return ctx.pins.get(member.id) ?? member.pinHash;
}

/** What leaves the backend: never the PIN's hash, only whether there is one on this PC. */
export function publicStaff(ctx: ServiceContext, { pinHash, pinChangedAt: _changed, ...member }: StaffRecord): StaffMember {
  return { ...member, hasPin: Boolean(ctx.pins.get(member.id) ?? pinHash) };
}

/**
 * The PIN hashes live in the vault, not in the staff records (which backups, exports and the audit log copy): hashes
 * that records of an earlier version carry (the data folder itself, or a restored backup, or an imported archive
 * made by such a version) move into the vault, where they do not override a PIN chosen on this PC.
 */
export async function movePinHashesToVault(ctx: ServiceContext): Promise<void> {
  const carrying = ctx.store.staff.all().filter((member) => member.pinHash);
  if (!carrying.length) return;
  await ctx.pins.adopt(carrying);
  for (const { pinHash: _hash, ...record } of carrying) await ctx.store.staff.replace(record);
}

/** Whether some active manager can sign in with a PIN on this PC. */
function aManagerHasAPin(ctx: ServiceContext): boolean {
  return ctx.store.staff.all().some((m) => m.active && m.role === 'manager' && pinHashOf(ctx, m));
}

/**
 * Add a member. While there is no staff at all (first run), the first member is made without a session (the
 * first-run screen: there is nobody yet to sign in); after that, only a signed-in manager adds members.
 */
export async function createStaff(ctx: ServiceContext, caller: Caller | undefined, input: ChannelParsedInput<'staff.create'>): Promise<StaffMember> {
  const staff = ctx.store.staff;
  // Without a session only on a first run: a set-up folder whose staff file is lost does not get a new manager.
  if (!caller && staff.size === 0 && ctx.store.setUp) {
    throw new DomainError('forbidden', 'This data folder has been set up: a first manager cannot be created again (restore the staff from a backup).', { _: 'set_up' });
  }
  if (staff.size > 0 || ctx.store.setUp) {
    if (!caller) throw new DomainError('unauthenticated', 'Sign in first: only a manager adds staff.');
    requireRole(ctx, caller, 'staff.manage');
  }
  const duplicate = staff.all().some((m) => m.name.toLocaleLowerCase() === input.name.toLocaleLowerCase());
  if (duplicate) throw new DomainError('conflict', `${input.name} is on the staff list already.`, { name: 'duplicate' });
  const at = nowIso(ctx);
  const record: StaffRecord = { id: ctx.newId(), name: input.name, role: input.role, active: true, createdAt: at, pinChangedAt: at };
  // The PIN first: a member saved without one could not sign in, a PIN without its member harms nobody.
  await ctx.pins.set(record.id, await ctx.pinHasher.hash(input.pin));
  return publicStaff(ctx, await staff.insert(record));
}

/** The refusal of a member locked out for wrong PINs: it says how long until the next try. */
function refuseWhileLocked(wait: number, field: 'pin' | 'currentPin'): void {
  if (wait > 0) throw new DomainError('forbidden', `Too many wrong PINs: try again in ${Math.ceil(wait / 1000)} s.`, { [field]: 'locked' }, wait);
}

/** A wrong PIN; the one that starts a lock-out says so at once, with how long it lasts. */
function wrongPin(lockedFor: number, field: 'pin' | 'currentPin'): never {
  refuseWhileLocked(lockedFor, field);
  throw new DomainError('forbidden', 'Wrong PIN.', { [field]: 'wrong_pin' });
}

/** Refused while a member is locked out for wrong PINs; a wrong PIN counts towards the lock-out. */
async function verifyPin(ctx: ServiceContext, member: StaffRecord, pin: string, field: 'pin' | 'currentPin'): Promise<void> {
  refuseWhileLocked(ctx.sessions.lockedFor(member.id), field);
  const hash = pinHashOf(ctx, member);
  if (!hash || !(await ctx.pinHasher.check(pin, hash))) wrongPin(await ctx.sessions.recordFailure(member.id), field);
}

export function staffHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'staff.list' | 'staff.create' | 'staff.update' | 'staff.preferences' | 'staff.setPin' | 'session.signIn' | 'session.current' | 'session.signOut'> {
  const staffOf = () => ctx.store.staff;
  return {
    'staff.list': () => staffOf().all().map((member) => publicStaff(ctx, member)),

    'staff.create': (input, caller) => ctx.store.exclusive(async () => createStaff(ctx, caller, input)),

    'staff.update': (input, caller) =>
      ctx.store.exclusive(async () => {
        requireRole(ctx, caller, 'staff.manage');
        const staff = staffOf();
        const member = staff.get(input.id);
        if (!member) throw new DomainError('not_found', 'No such staff member.', { id: 'not_found' });
        const updated = {
          ...member,
          name: input.name ?? member.name,
          role: input.role ?? member.role,
          active: input.active ?? member.active,
        };
        const managersLeft = staff
          .all()
          .filter((m) => m.id !== member.id && m.active && m.role === 'manager').length;
        if (managersLeft === 0 && (!updated.active || updated.role !== 'manager')) {
          throw new DomainError('conflict', 'At least one active manager must remain.', { role: 'last_manager' });
        }
        // Taking a member off the staff cannot be undone by them: the manager says why, and the audit entry keeps it.
        const deactivating = member.active && !updated.active;
        if (deactivating && !input.reason) throw new DomainError('validation', 'Say why the member is deactivated.', { reason: 'required' });
        const saved = await withNote(deactivating ? input.reason : undefined, () => staff.replace(updated));
        // A changed role or a deactivation takes effect at once: the member signs in again (or cannot).
        if (updated.role !== member.role || !updated.active) ctx.sessions.closeAllOf(member.id);
        return publicStaff(ctx, saved);
      }),

    /** One's own preferences, never another's: the session's member is the one changed. */
    'staff.preferences': (input, caller) =>
      ctx.store.exclusive(async () => {
        const actor = requireRole(ctx, caller);
        const member = staffOf().get(actor.id);
        if (!member) throw new DomainError('not_found', 'No such staff member.', { id: 'not_found' });
        const saved = await staffOf().replace({
          ...member,
          uiLanguage: input.uiLanguage ?? member.uiLanguage,
          documentLanguage: input.documentLanguage ?? member.documentLanguage,
        });
        return publicStaff(ctx, saved);
      }),

    /**
     * One's own PIN: the current PIN is asked for (a session left open is not enough to lock its member out), and a
     * wrong one counts towards the lock-out; a member without a PIN yet (signed in to choose one) has none to give.
     * Anyone else's: a manager's, without their PIN.
     */
    'staff.setPin': (input, caller) =>
      ctx.store.exclusive(async () => {
        const actor = requireRole(ctx, caller);
        const own = actor.id === input.id;
        if (!own && !may(actor.role, 'staff.manage')) {
          throw new DomainError('forbidden', "Only a manager may set another member's PIN.", { id: 'role' });
        }
        const member = staffOf().get(input.id);
        if (!member) throw new DomainError('not_found', 'No such staff member.', { id: 'not_found' });
        if (own && pinHashOf(ctx, member)) {
          if (input.currentPin === undefined) throw new DomainError('validation', 'Give your current PIN.', { currentPin: 'required' });
          await verifyPin(ctx, member, input.currentPin, 'currentPin');
        }
        await ctx.pins.set(member.id, await ctx.pinHasher.hash(input.pin));
        // The record says when the PIN changed (and so does the audit log), never what it is.
        const saved = await staffOf().replace({ ...member, pinHash: undefined, pinChangedAt: nowIso(ctx) });
        // Whoever knew or guessed the old PIN is signed out; the member's own session (if it is theirs) goes on.
        const session = changeContext.getStore()?.session;
        ctx.sessions.closeAllOf(member.id, own ? session : undefined);
        if (own) ctx.sessions.pinChosen(session);
        return publicStaff(ctx, saved);
      }),

    /**
     * With the member's PIN. A member with no PIN on this PC (their data was imported from another PC, or the PIN
     * file is gone) waits for a manager to set one; only while no manager here can sign in (data from before PINs)
     * does a member sign in without one, into a session that can do nothing but choose it.
     */
    'session.signIn': async (input) => {
      const member = staffOf().get(input.staffId);
      if (!member || !member.active) {
        throw new DomainError('validation', 'Choose an active staff member.', { staffId: 'unknown_actor' });
      }
      refuseWhileLocked(ctx.sessions.lockedFor(member.id), 'pin');
      if (!pinHashOf(ctx, member)) {
        if (aManagerHasAPin(ctx)) throw new DomainError('forbidden', 'No PIN is set for this member on this PC: a manager sets it.', { pin: 'pin_not_set' });
        if (input.pin !== '') wrongPin(await ctx.sessions.recordFailure(member.id), 'pin');
        return { token: ctx.sessions.open(member.id, { mustSetPin: true }), staff: publicStaff(ctx, member) };
      }
      await verifyPin(ctx, member, input.pin, 'pin');
      return { token: ctx.sessions.open(member.id), staff: publicStaff(ctx, member) };
    },

    'session.current': (input) => {
      const staffId = ctx.sessions.staffFor(input.token);
      const member = staffId ? staffOf().get(staffId) : undefined;
      return { staff: member?.active ? publicStaff(ctx, member) : undefined };
    },

    'session.signOut': (input) => {
      ctx.sessions.close(input.token);
      return {};
    },
  };
}
