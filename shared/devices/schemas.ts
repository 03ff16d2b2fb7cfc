import { z } from 'zod';
import { imeiProblem } from './imei.js';
import { Id, IsoDate, IsoDateTime, OptionalText, Text } from '../platform/common.js';
import { Correction } from '../platform/corrections.js';
import { ImportMark } from '../platform/importMark.js';

export const Imei = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = imeiProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const DeviceFields = z
  .strictObject({
    category: Text(80),
    brand: Text(80),
    model: Text(120),
    serial: z.string().trim().max(60, 'too_long').optional(),
    imei: z.union([z.literal(''), Imei]).optional(),
    purchaseDate: z.union([z.literal(''), IsoDate]).optional(),
    seller: OptionalText(160),
    purchaseDocument: OptionalText(80),
    warrantyMonths: z.int('invalid_number').min(0, 'negative').max(240, 'too_large').optional(),
  })
  .superRefine((device, ctx) => {
    if (!device.serial && !device.imei) {
      ctx.addIssue({ code: 'custom', path: ['serial'], message: 'serial_or_imei' });
    }
  });
export type DeviceFields = z.infer<typeof DeviceFields>;

export const VOID_REASONS = ['tampering', 'unauthorized_repair', 'physical_damage', 'liquid_damage', 'serial_removed', 'misuse', 'other'] as const;
export const VoidReason = z.enum(VOID_REASONS);

export const WarrantyVoid = z.object({ at: IsoDateTime, by: Id, reason: VoidReason, note: z.string().optional() });
export const WarrantyVoidEvent = z.object({
  action: z.enum(['void', 'unvoid']),
  at: IsoDateTime,
  by: Id,
  reason: VoidReason.optional(),
  note: z.string().optional(),
});

export const Device = z.object({
  id: Id,
  ownerId: Id,
  category: z.string(),
  brand: z.string(),
  model: z.string(),
  serial: z.string().optional(),
  imei: z.string().optional(),
  purchaseDate: z.string().optional(),
  seller: z.string().optional(),
  purchaseDocument: z.string().optional(),
  warrantyMonths: z.int().optional(),
  installationDate: z.string().optional(),
  extendedUntil: z.string().optional(),
  extendedContract: z.string().optional(),
  serviceLifeMonths: z.int().optional(),
  knownFaults: z.string().optional(),
  voided: WarrantyVoid.optional(),
  voidHistory: z.array(WarrantyVoidEvent).optional(),
  /** Listed in an imported sales registry: a unit sold (its purchase date is a sale). Intake alone never sets it. */
  fromRegistry: z.boolean().optional(),
  createdAt: IsoDateTime,
  createdBy: Id,
  updatedAt: IsoDateTime.optional(),
  updatedBy: Id.optional(),
  /** Every fact corrected after intake (identity and warranty facts), oldest first. */
  corrections: z.array(Correction).optional(),
  /** Created by an import of a workshop's history (shared/history/): undone with it while nothing else touched it. */
  imported: ImportMark.optional(),
});
export type Device = z.infer<typeof Device>;

/** What identifies a unit, corrected by the counter: type, brand, model, serial number, IMEI. */
export const DEVICE_IDENTITY_FIELDS = ['category', 'brand', 'model', 'serial', 'imei'] as const;
/** The warranty facts a manager corrects (devices.update). */
export const DEVICE_WARRANTY_FIELDS = ['purchaseDate', 'installationDate', 'seller', 'purchaseDocument', 'warrantyMonths', 'extendedUntil', 'extendedContract', 'serviceLifeMonths', 'knownFaults'] as const;

/** Correct the identity of a unit after intake: only the fields given change; at least a serial or an IMEI stays. */
export const DeviceIdentityInput = z.strictObject({
  id: Id,
  category: Text(80).optional(),
  brand: Text(80).optional(),
  model: Text(120).optional(),
  serial: z.string().trim().max(60, 'too_long').optional(),
  imei: z.union([z.literal(''), Imei]).optional(),
  reason: OptionalText(500),
});

const OptionalDate = z.union([z.literal(''), IsoDate]).optional();

/** Warranty facts of a unit that a manager corrects or adds after intake (they decide the warranty). */
export const DeviceUpdateInput = z.strictObject({
  id: Id,
  purchaseDate: OptionalDate,
  installationDate: OptionalDate,
  seller: OptionalText(160),
  purchaseDocument: OptionalText(80),
  warrantyMonths: z.int('invalid_number').min(0, 'negative').max(240, 'too_large').nullable().optional(),
  extendedUntil: OptionalDate,
  extendedContract: OptionalText(80),
  serviceLifeMonths: z.int('invalid_number').min(0, 'negative').max(600, 'too_large').nullable().optional(),
  knownFaults: OptionalText(2000),
  reason: OptionalText(500),
});

export const WarrantyVoidInput = z.strictObject({ deviceId: Id, reason: VoidReason, note: Text(2000) });
export const WarrantyUnvoidInput = z.strictObject({ deviceId: Id, note: Text(2000) });

export const DeviceFindInput = z.strictObject({ code: Text(60) });
