import type { Handlers } from '../platform/ipc/handlers.js';
import { DomainError } from '../../shared/platform/result.js';
import type { StaffMember, StaffRecord } from '../../shared/staff/schemas.js';
import { may } from '../../shared/staff/index.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import type { ChannelParsedInput } from '../../shared/channels.js';
import { checkPin, derivePinHash } from '../session/index.js';
import { changeContext } from '../platform/store/audit.js';

/** What leaves the backend: never the PIN's hash, only whether there is one. */
export function publicStaff({ pinHash, ...member }: StaffRecord): StaffMember {
  return { ...member, hasPin: Boolean(pinHash) };
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
  const record = { id: ctx.newId(), name: input.name, role: input.role, active: true, createdAt: nowIso(ctx), pinHash: await derivePinHash(input.pin) };
  return publicStaff(await staff.insert(record));
}

export function staffHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'staff.list' | 'staff.create' | 'staff.update' | 'staff.setPin' | 'session.signIn' | 'session.current' | 'session.signOut'> {
  const staffOf = () => ctx.store.staff;
  return {
    'staff.list': () => staffOf().all().map(publicStaff),

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
        const saved = await staff.replace(updated);
        // A changed role or a deactivation takes effect at once: the member signs in again (or cannot).
        if (updated.role !== member.role || !updated.active) ctx.sessions.closeAllOf(member.id);
        return publicStaff(saved);
      }),

    'staff.setPin': (input, caller) =>
      ctx.store.exclusive(async () => {
        const actor = requireRole(ctx, caller);
        if (actor.id !== input.id && !may(actor.role, 'staff.manage')) {
          throw new DomainError('forbidden', "Only a manager may set another member's PIN.", { id: 'role' });
        }
        const member = staffOf().get(input.id);
        if (!member) throw new DomainError('not_found', 'No such staff member.', { id: 'not_found' });
        const saved = await staffOf().replace({ ...member, pinHash: await derivePinHash(input.pin) });
        // Whoever knew or guessed the old PIN is signed out; the member's own session (if it is theirs) goes on.
        const session = changeContext.getStore()?.session;
        ctx.sessions.closeAllOf(member.id, actor.id === member.id ? session : undefined);
        if (actor.id === member.id) ctx.sessions.pinChosen(session);
        return publicStaff(saved);
      }),

    'session.signIn': async (input) => {
      const member = staffOf().get(input.staffId);
      if (!member || !member.active) {
        throw new DomainError('validation', 'Choose an active staff member.', { staffId: 'unknown_actor' });
      }
      const wait = ctx.sessions.lockedFor(member.id);
      if (wait > 0) {
        throw new DomainError('forbidden', `Too many wrong PINs: try again in ${Math.ceil(wait / 1000)} s.`, { pin: 'locked' });
      }
      // Members from before PINs existed sign in without one, into a session that can do nothing but choose it.
      const ok = member.pinHash ? await checkPin(input.pin, member.pinHash) : input.pin === '';
      if (!ok) {
        ctx.sessions.recordFailure(member.id);
        throw new DomainError('forbidden', 'Wrong PIN.', { pin: 'wrong_pin' });
      }
      return { token: ctx.sessions.open(member.id, { mustSetPin: !member.pinHash }), staff: publicStaff(member) };
    },

    'session.current': (input) => {
      const staffId = ctx.sessions.staffFor(input.token);
      const member = staffId ? staffOf().get(staffId) : undefined;
      return { staff: member?.active ? publicStaff(member) : undefined };
    },

    'session.signOut': (input) => {
      ctx.sessions.close(input.token);
      return {};
    },
  };
}
