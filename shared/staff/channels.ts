import { z } from 'zod';
import { StaffCreateInput, StaffMember, StaffPreferencesInput, StaffSetPinInput, StaffUpdateInput } from './schemas.js';

const Empty = z.strictObject({});

/** The staff channels: every name starts with "staff.". */
export const staffChannels = {
  'staff.list': {
    summary: 'All staff members, active and inactive.',
    input: Empty,
    output: z.array(StaffMember),
    public: true,
  },
  'staff.create': {
    summary: 'Add a staff member (a manager; the very first one is made on first run, in a data folder that was never set up, before anyone can sign in).',
    input: StaffCreateInput,
    output: StaffMember,
    public: true,
  },
  'staff.update': {
    summary: 'Rename, change the role of, or (de)activate a staff member (their open sessions end); a deactivation needs a reason, kept in the audit log.',
    input: StaffUpdateInput,
    output: StaffMember,
  },
  'staff.setPin': {
    summary: "Set a staff member's PIN (4 to 12 digits): one's own, giving the current one, or anyone's for a manager (their other sessions end).",
    input: StaffSetPinInput,
    output: StaffMember,
  },
  'staff.preferences': {
    summary: "The signed-in member's own preferences: interface language and default document language (kept with the member, not the PC).",
    input: StaffPreferencesInput,
    output: StaffMember,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
