import { z } from 'zod';
import { Customer } from '../customers/index.js';
import { WarrantyCard } from '../warranty/index.js';
import { Device, DeviceFindInput, DeviceIdentityInput, DeviceUpdateInput } from './schemas.js';
import { Id } from '../platform/common.js';

/** The devices channels: every name starts with "devices.". */
export const devicesChannels = {
  'devices.find': {
    summary: 'Devices whose serial number or IMEI equals the code, with their owners and the order they are in for repair under, if one is open.',
    input: DeviceFindInput,
    output: z.array(z.object({ device: Device, owner: Customer, openOrder: z.object({ id: Id, number: z.string() }).optional() })),
  },
  'devices.correctIdentity': {
    summary: "Correct a unit's type, brand, model, serial number or IMEI after intake (clerk or manager): the IMEI's check digit and duplicates are checked as at intake; each changed field is recorded.",
    input: DeviceIdentityInput,
    output: Device,
  },
  'devices.update': {
    summary: 'Correct or add the warranty facts of a unit (a manager): purchase and installation dates, warranty months, extended warranty, service life, known faults; each changed fact is recorded with an optional reason.',
    input: DeviceUpdateInput,
    output: WarrantyCard,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
