import { DomainError } from '../../shared/platform/result.js';
import { checkWarranty } from '../../shared/warranty/warranty.js';
import { PRESETS } from '../../shared/rules/index.js';
import { textKey } from '../../shared/platform/search.js';
import { DEVICE_WARRANTY_FIELDS, type Device } from '../../shared/devices/index.js';
import { correctionsOf } from '../../shared/platform/corrections.js';
import type { RepairOrder } from '../../shared/orders/index.js';
import type { WarrantyCard } from '../../shared/warranty/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import type { Permission } from '../../shared/staff/index.js';
import { devicesByCode } from '../devices/index.js';
import { listRow } from '../orders/index.js';
import { asWarrantyOrder, today, workshopProfile } from '../rules/index.js';
import { currentSettings } from '../settings/index.js';
import { customerMatches, phoneCountry } from '../customers/index.js';

export function getDevice(ctx: ServiceContext, id: string): Device {
  const device = ctx.store.devices.get(id);
  if (!device) throw new DomainError('not_found', 'No such device.', { deviceId: 'not_found' });
  return device;
}

export function ordersOfDevice(ctx: ServiceContext, deviceId: string) {
  return ctx.store.orders.all().filter((o) => o.deviceId === deviceId);
}

/** The warranty answer for one unit on the workshop's today, under its rule profile. */
export function warrantyOf(ctx: ServiceContext, device: Device, profile = workshopProfile(ctx), on = today(ctx), orders = ordersOfDevice(ctx, device.id)) {
  return checkWarranty(device, orders.map(asWarrantyOrder), profile, on);
}

export function warrantyCard(ctx: ServiceContext, device: Device): WarrantyCard {
  const owner = ctx.store.customers.get(device.ownerId);
  if (!owner) throw new DomainError('internal', 'The device names a missing owner.');
  const orders = ordersOfDevice(ctx, device.id).reverse();
  return {
    device,
    owner,
    warranty: warrantyOf(ctx, device),
    history: orders.map((o) => ({ ...listRow(ctx, o), statedDefect: o.intake.statedDefect, diagnosis: o.diagnosis?.notes })),
    profile: currentSettings(ctx).ruleProfile,
  };
}

/** A code names devices by serial or IMEI, or an order (whose device is meant). */
function devicesNamedBy(ctx: ServiceContext, code: string): Device[] {
  const byCode = devicesByCode(ctx, code);
  if (byCode.length) return byCode;
  const order = ctx.store.orders.all().find((o) => o.number === code.trim().toUpperCase());
  const device = order && ctx.store.devices.get(order.deviceId);
  return device ? [device] : [];
}

export function warrantyHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'warranty.check' | 'warranty.void' | 'warranty.unvoid' | 'warranty.expiring' | 'rules.get' | 'devices.update'> {
  const { store } = ctx;

  async function changeDevice(caller: Caller, id: string, edit: (device: Device, at: string) => Device, action?: Permission) {
    return store.exclusive(async () => {
      requireRole(ctx, caller, action);
      const actorId = caller.id;
      const device = getDevice(ctx, id);
      const at = nowIso(ctx);
      const saved = await store.devices.replace({ ...edit(device, at), updatedAt: at, updatedBy: actorId });
      return warrantyCard(ctx, saved);
    });
  }

  return {
    'warranty.check': ({ code }) => devicesNamedBy(ctx, code).map((device) => warrantyCard(ctx, device)),

    /** Purchase and installation dates, warranty months and extensions decide the warranty: a manager corrects them. */
    'devices.update': ({ id, reason, ...facts }, caller) =>
      changeDevice(caller, id, (device, at) => {
        const next: Device = { ...device };
        for (const [key, value] of Object.entries(facts) as Array<[keyof typeof facts, unknown]>) {
          if (value === undefined) continue;
          (next as Record<string, unknown>)[key] = value === '' || value === null ? undefined : value;
        }
        if (next.installationDate && next.purchaseDate && next.installationDate < next.purchaseDate) {
          throw new DomainError('validation', 'Installation cannot precede the purchase.', { installationDate: 'before_purchase' });
        }
        const corrections = correctionsOf(device, next, DEVICE_WARRANTY_FIELDS, { at, by: caller.id, reason });
        return corrections.length ? { ...next, corrections: [...(device.corrections ?? []), ...corrections] } : next;
      }, 'devices.correct'),

    /** Voiding is a manager's decision, with a reason code and a note; it stays in the unit's history. */
    'warranty.void': ({ deviceId, reason, note }, caller) =>
      changeDevice(
        caller,
        deviceId,
        (device, at) => {
          if (device.voided) throw new DomainError('conflict', 'The warranty is void already.', { deviceId: 'already_void' });
          return {
            ...device,
            voided: { at, by: caller.id, reason, note },
            voidHistory: [...(device.voidHistory ?? []), { action: 'void', at, by: caller.id, reason, note }],
          };
        },
        'warranty.void',
      ),

    'warranty.unvoid': ({ deviceId, note }, caller) =>
      changeDevice(
        caller,
        deviceId,
        (device, at) => {
          if (!device.voided) throw new DomainError('conflict', 'The warranty is not void.', { deviceId: 'not_void' });
          return { ...device, voided: undefined, voidHistory: [...(device.voidHistory ?? []), { action: 'unvoid', at, by: caller.id, note }] };
        },
        'warranty.void',
      ),

    /** The outreach list: units whose warranty ends within N days, or ended within the last N days. */
    'warranty.expiring': ({ withinDays, pastDays, model, customer }) => {
      const profile = workshopProfile(ctx);
      const on = today(ctx);
      const modelKey = textKey(model);
      const customerKey = textKey(customer);
      const country = phoneCountry(ctx);
      // Every unit's orders at once: one pass over the history, not one per unit.
      const ordersByDevice = new Map<string, RepairOrder[]>();
      for (const order of store.orders.all()) {
        const list = ordersByDevice.get(order.deviceId);
        if (list) list.push(order);
        else ordersByDevice.set(order.deviceId, [order]);
      }
      return store.devices
        .all()
        .flatMap((device) => {
          const owner = store.customers.get(device.ownerId);
          if (!owner) return [];
          if (modelKey && !textKey(`${device.brand} ${device.model}`).includes(modelKey)) return [];
          if (customerKey && !customerMatches(owner, customer, country)) return [];
          const answer = warrantyOf(ctx, device, profile, on, ordersByDevice.get(device.id) ?? []);
          const end = answer.extendedUntil ?? answer.end;
          if (!end || answer.daysLeft === undefined || answer.status === 'void') return [];
          if (answer.daysLeft > withinDays || answer.daysLeft < -pastDays) return [];
          return [
            {
              deviceId: device.id,
              end,
              daysLeft: answer.daysLeft,
              status: answer.status,
              brand: device.brand,
              model: device.model,
              serial: device.imei ?? device.serial ?? '',
              customerName: owner.name,
              customerPhone: owner.phones[0] ?? '',
              customerEmail: owner.email ?? '',
            },
          ];
        })
        .sort((a, b) => a.end.localeCompare(b.end));
    },

    'rules.get': () => {
      const effective = workshopProfile(ctx);
      return { presets: PRESETS, effective: { ...effective, values: { ...effective.values } }, holidays: currentSettings(ctx).holidays };
    },
  };
}
