import { DomainError } from '../../shared/platform/result.js';
import { serialKey } from '../../shared/platform/search.js';
import { DEVICE_IDENTITY_FIELDS, type Device, type DeviceFields } from '../../shared/devices/schemas.js';
import { correctionsOf } from '../../shared/platform/corrections.js';
import { isOpen } from '../../shared/orders/index.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { findModel } from '../registry/index.js';

/** Devices whose serial number or IMEI is exactly this code (as a scanner or a clerk types it). */
/** The keys a device is found by: its serial number (normalised) and its IMEI. */
const deviceCodes = (device: Device) => [device.serial ? serialKey(device.serial) : '', device.imei ?? ''];

/** Devices whose serial number or IMEI is this code, oldest first (through an index, not a scan). */
export function devicesByCode(ctx: ServiceContext, code: string): Device[] {
  const key = serialKey(code);
  if (!key) return [];
  return [...ctx.store.devices.byKey('code', deviceCodes, key)].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * A unit may not take the IMEI of another, nor the serial number of another of its brand: refused naming the field
 * (under `prefix`, "device." at intake). `self` is the unit being corrected, which may keep its own.
 */
function refuseDuplicates(ctx: ServiceContext, fields: Pick<DeviceFields, 'imei' | 'serial' | 'brand'>, prefix: string, self?: string): void {
  if (fields.imei && devicesByCode(ctx, fields.imei).some((d) => d.id !== self && d.imei === fields.imei)) {
    throw new DomainError('conflict', 'A device with this IMEI is registered already: pick it instead.', {
      [`${prefix}imei`]: 'duplicate_device',
    });
  }
  const serial = fields.serial ? serialKey(fields.serial) : '';
  if (
    serial &&
    devicesByCode(ctx, serial).some((d) => d.id !== self && d.serial && serialKey(d.serial) === serial && d.brand.toLowerCase() === fields.brand.toLowerCase())
  ) {
    throw new DomainError('conflict', 'A device of this brand with this serial number is registered already.', {
      [`${prefix}serial`]: 'duplicate_device',
    });
  }
}

/** The open order a unit is in for repair under, if any (the newest). */
export function openOrderOfDevice(ctx: ServiceContext, deviceId: string) {
  return ctx.store.orders
    .byKey('device', (o) => [o.deviceId], deviceId)
    .filter((o) => isOpen(o.status))
    .sort((a, b) => (a.id < b.id ? 1 : -1))[0];
}

export function newDevice(ctx: ServiceContext, fields: DeviceFields, ownerId: string, actorId: string): Device {
  refuseDuplicates(ctx, fields, 'device.');
  const catalogue = findModel(ctx, fields.brand, fields.model);
  return {
    id: ctx.newId(),
    ownerId,
    category: fields.category,
    brand: fields.brand,
    model: fields.model,
    serial: fields.serial || undefined,
    imei: fields.imei || undefined,
    purchaseDate: fields.purchaseDate || undefined,
    seller: fields.seller || undefined,
    purchaseDocument: fields.purchaseDocument || undefined,
    warrantyMonths: fields.warrantyMonths ?? catalogue?.warrantyMonths,
    serviceLifeMonths: catalogue?.serviceLifeMonths,
    createdAt: nowIso(ctx),
    createdBy: actorId,
  };
}

export function deviceHandlers(ctx: ServiceContext): Pick<Handlers, 'devices.find' | 'devices.correctIdentity'> {
  const { store } = ctx;
  return {
    'devices.find': ({ code }) =>
      devicesByCode(ctx, code).flatMap((device) => {
        const owner = store.customers.get(device.ownerId);
        const open = openOrderOfDevice(ctx, device.id);
        return owner ? [{ device, owner, ...(open ? { openOrder: { id: open.id, number: open.number } } : {}) }] : [];
      }),

    /** What identifies a unit, corrected at the counter: validated as at intake; only what changed is recorded. */
    'devices.correctIdentity': ({ id, reason, ...fields }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller, 'devices.identity');
        const device = store.devices.get(id);
        if (!device) throw new DomainError('not_found', 'No such device.', { id: 'not_found' });
        const next: Device = {
          ...device,
          category: fields.category ?? device.category,
          brand: fields.brand ?? device.brand,
          model: fields.model ?? device.model,
          serial: fields.serial === undefined ? device.serial : fields.serial || undefined,
          imei: fields.imei === undefined ? device.imei : fields.imei || undefined,
        };
        if (!next.serial && !next.imei) throw new DomainError('validation', 'A unit needs a serial number or an IMEI.', { serial: 'serial_or_imei' });
        const at = nowIso(ctx);
        const corrections = correctionsOf(device, next, DEVICE_IDENTITY_FIELDS, { at, by: caller.id, reason });
        if (corrections.length === 0) return device;
        refuseDuplicates(ctx, next, '', device.id);
        return store.devices.replace({ ...next, corrections: [...(device.corrections ?? []), ...corrections], updatedAt: at, updatedBy: caller.id });
      }),
  };
}
