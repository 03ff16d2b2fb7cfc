import { z } from 'zod';
import { Customer } from '../customers/index.js';
import { WarrantyCard } from '../warranty/index.js';
import { Device, DeviceFindInput, DeviceUpdateInput } from './schemas.js';

/** The devices channels: every name starts with "devices.". */
export const devicesChannels = {
  'devices.find': {
    summary: 'Devices whose serial number or IMEI equals the code, with their owners.',
    input: DeviceFindInput,
    output: z.array(z.object({ device: Device, owner: Customer })),
  },
  'devices.update': {
    summary: 'Correct or add the warranty facts of a unit: purchase and installation dates, warranty months, extended warranty, service life, known faults.',
    input: DeviceUpdateInput,
    output: WarrantyCard,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
