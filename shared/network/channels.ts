import { z } from 'zod';
import { NetworkConfigInput, NetworkStatus, SiteIdentity } from './schemas.js';

/** The network channels: every name starts with "network.". */
export const networkChannels = {
  'network.status': {
    summary: "This service point in the network: its site, the hub, the last push and pull, changes waiting, problems in words, conflicts and refused documents (managers only).",
    input: z.strictObject({}),
    output: NetworkStatus,
  },
  'network.setSite': {
    summary: "Set this service point's site code and name, once (the code goes into every number issued after it).",
    input: SiteIdentity,
    output: NetworkStatus,
  },
  'network.configure': {
    summary: 'Set the hub (URL, database, this site\'s user and password) and turn replication on or off (managers only); the password is kept outside the data folder.',
    input: NetworkConfigInput,
    output: NetworkStatus,
  },
  'network.syncNow': {
    summary: 'Try the hub now, without waiting for the next attempt (managers only).',
    input: z.strictObject({}),
    output: NetworkStatus,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
