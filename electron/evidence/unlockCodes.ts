import type { UnlockCodeInput, UnlockRecord } from '../../shared/evidence/schemas.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import { DomainError } from '../../shared/platform/result.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { getOrder } from '../orders/index.js';
import { seal, unlockKeysOf, unseal } from './unlockKeys.js';

/** The unlock code record of an order (the newest, should there be more than one). */
export function unlockOf(ctx: ServiceContext, orderId: string): UnlockRecord | undefined {
  return ctx.store.unlockCodes.byKey('order', (u) => [u.orderId], orderId).at(-1);
}

/** What a code is bound to: its order and its kind. */
const bindingOf = (orderId: string, kind: UnlockRecord['kind']) => `${orderId}:${kind}`;

export function unlockStatus(record: UnlockRecord | undefined) {
  return record ? { kind: record.kind, setAt: record.setAt, setBy: record.setBy, shownCount: record.shown.length, erasedAt: record.erasedAt } : null;
}

/**
 * Keep an order's unlock code, sealed, replacing the one kept (inside the caller's store lock: the intake keeps
 * the code it was given with the order). A handed-back order takes none: its code was erased.
 */
export async function keepUnlockCode(ctx: ServiceContext, caller: Caller, order: RepairOrder, code: UnlockCodeInput): Promise<UnlockRecord> {
  if (order.status === 'issued') throw new DomainError('conflict', `Order ${order.number} has been handed back: its unlock code was erased.`, { orderId: 'order_closed' });
  const key = await (await unlockKeysOf(ctx)).keyOf(order.id);
  const sealed = seal(key, bindingOf(order.id, code.kind), code.value);
  const at = nowIso(ctx);
  const kept = unlockOf(ctx, order.id);
  const record: UnlockRecord = { id: kept?.id ?? ctx.newId(), orderId: order.id, kind: code.kind, sealed, setAt: at, setBy: caller.id, shown: kept?.shown ?? [] };
  return kept ? ctx.store.unlockCodes.replace(record) : ctx.store.unlockCodes.insert(record);
}

export function setUnlockCode(ctx: ServiceContext, caller: Caller, orderId: string, code: UnlockCodeInput) {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller);
    return unlockStatus(await keepUnlockCode(ctx, caller, getOrder(ctx, orderId), code))!;
  });
}

/** Show the code to a technician or a manager; the showing is stamped on the record (and so in the audit log). */
export function revealUnlockCode(ctx: ServiceContext, caller: Caller, orderId: string) {
  return ctx.store.exclusive(async () => {
    requireRole(ctx, caller, 'evidence.unlockShow');
    getOrder(ctx, orderId);
    const record = unlockOf(ctx, orderId);
    if (!record) throw new DomainError('not_found', 'No unlock code is kept for this order.', { orderId: 'no_unlock_code' });
    if (!record.sealed) throw new DomainError('conflict', 'The unlock code was erased at hand-back.', { orderId: 'unlock_erased' });
    const key = (await unlockKeysOf(ctx)).get(orderId);
    const value = key ? unseal(key, bindingOf(orderId, record.kind), record.sealed) : undefined;
    if (value === undefined) throw new DomainError('conflict', 'The unlock code cannot be read on this PC.', { orderId: 'unlock_unreadable' });
    await ctx.store.unlockCodes.replace({ ...record, shown: [...record.shown, { at: nowIso(ctx), by: caller.id }] });
    return { kind: record.kind, value };
  });
}

/**
 * At hand-back the code goes: its key first (what any backup, export or audit entry kept of the sealed code can
 * then never be opened), then the sealed text from the record, which keeps who set it and who saw it.
 */
export async function eraseUnlockCode(ctx: ServiceContext, order: RepairOrder, by: string): Promise<void> {
  const record = unlockOf(ctx, order.id);
  if (!record || record.erasedAt) return;
  await (await unlockKeysOf(ctx)).erase(order.id);
  const { sealed: _gone, ...rest } = record;
  await ctx.store.unlockCodes.replace({ ...rest, erasedAt: nowIso(ctx), erasedBy: by });
}

/** Called with every saved change of an order: a hand-back erases its unlock code. */
export async function eraseOnHandBack(ctx: ServiceContext, before: RepairOrder | undefined, after: RepairOrder): Promise<void> {
  if (after.status === 'issued' && before?.status !== 'issued') await eraseUnlockCode(ctx, after, after.updatedBy);
}
