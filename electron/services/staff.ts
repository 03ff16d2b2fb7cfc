import type { Handlers } from '../ipc/handlers.js';
import { DomainError } from '../../shared/result.js';
import type { StaffMember, StaffRecord } from '../../shared/schemas/staff.js';
import { type ServiceContext, nowIso, requireActor } from './context.js';
import { checkPin, derivePinHash } from './sessions.js';
import { changeContext } from '../store/audit.js';

/** What leaves the backend: never the PIN's hash, only whether there is one. */
export function publicStaff({ pinHash, ...member }: StaffRecord): StaffMember {
  return { ...member, hasPin: Boolean(pinHash) };
}

export function staffHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'staff.list' | 'staff.create' | 'staff.update' | 'staff.setPin' | 'session.signIn' | 'session.current' | 'session.signOut'> {
  const staffOf = () => ctx.store.staff;
  return {
    'staff.list': () => staffOf().all().map(publicStaff),

    'staff.create': (input) =>
      ctx.store.exclusive(async () => {
        const staff = staffOf();
        if (staff.size > 0) {
          if (!input.actorId) throw new DomainError('validation', 'Name the current user.', { actorId: 'required' });
          requireActor(ctx, input.actorId, ['manager']);
        }
        const duplicate = staff.all().some((m) => m.name.toLocaleLowerCase() === input.name.toLocaleLowerCase());
        if (duplicate) throw new DomainError('conflict', `${input.name} is on the staff list already.`, { name: 'duplicate' });
        const record = { id: ctx.newId(), name: input.name, role: input.role, active: true, createdAt: nowIso(ctx), pinHash: await derivePinHash(input.pin) };
        return publicStaff(await staff.insert(record));
      }),

    'staff.update': (input) =>
      ctx.store.exclusive(async () => {
        requireActor(ctx, input.actorId, ['manager']);
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

    'staff.setPin': (input) =>
      ctx.store.exclusive(async () => {
        const actor = requireActor(ctx, input.actorId);
        if (actor.id !== input.id && actor.role !== 'manager') {
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
