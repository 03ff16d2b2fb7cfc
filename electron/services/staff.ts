import type { Handlers } from '../ipc/handlers.js';
import { DomainError } from '../../shared/result.js';
import { type ServiceContext, nowIso, requireActor } from './context.js';

export function staffHandlers(ctx: ServiceContext): Pick<Handlers, 'staff.list' | 'staff.create' | 'staff.update'> {
  const staffOf = () => ctx.store.staff;
  return {
    'staff.list': () => [...staffOf().all()],

    'staff.create': (input) =>
      ctx.store.exclusive(async () => {
        const staff = staffOf();
        if (staff.size > 0) {
          if (!input.actorId) throw new DomainError('validation', 'Name the current user.', { actorId: 'required' });
          requireActor(ctx, input.actorId, ['manager']);
        }
        const duplicate = staff.all().some((m) => m.name.toLocaleLowerCase() === input.name.toLocaleLowerCase());
        if (duplicate) throw new DomainError('conflict', `${input.name} is on the staff list already.`, { name: 'duplicate' });
        return staff.insert({ id: ctx.newId(), name: input.name, role: input.role, active: true, createdAt: nowIso(ctx) });
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
        return staff.replace(updated);
      }),
  };
}
