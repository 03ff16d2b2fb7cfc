import { DomainError } from '../../shared/platform/result.js';
import { serialKey } from '../../shared/platform/search.js';
import type { Device, DeviceFields } from '../../shared/devices/schemas.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso } from '../platform/context.js';
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

export function newDevice(ctx: ServiceContext, fields: DeviceFields, ownerId: string, actorId: string): Device {
  if (fields.imei && devicesByCode(ctx, fields.imei).some((d) => d.imei === fields.imei)) {
    throw new DomainError('conflict', 'A device with this IMEI is registered already: pick it instead.', {
      'device.imei': 'duplicate_device',
    });
  }
  const serial = fields.serial ? serialKey(fields.serial) : '';
  if (
    serial &&
    devicesByCode(ctx, serial).some((d) => d.serial && serialKey(d.serial) === serial && d.brand.toLowerCase() === fields.brand.toLowerCase())
  ) {
    throw new DomainError('conflict', 'A device of this brand with this serial number is registered already.', {
      'device.serial': 'duplicate_device',
    });
  }
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

export function deviceHandlers(ctx: ServiceContext): Pick<Handlers, 'devices.find'> {
  return {
    'devices.find': ({ code }) =>
      devicesByCode(ctx, code).flatMap((device) => {
        const owner = ctx.store.customers.get(device.ownerId);
        return owner ? [{ device, owner }] : [];
      }),
  };
}
