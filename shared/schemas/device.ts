import { z } from 'zod';
import { imeiProblem } from '../rules/imei.js';
import { Id, IsoDate, IsoDateTime, OptionalText, Text } from './common.js';

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
  createdAt: IsoDateTime,
  createdBy: Id,
});
export type Device = z.infer<typeof Device>;

export const DeviceFindInput = z.strictObject({ code: Text(60) });
