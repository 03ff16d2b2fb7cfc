import type { z } from 'zod';
import type { Language } from './platform/common.js';
import { appChannels } from './app/channels.js';
import { sessionChannels } from './session/channels.js';
import { staffChannels } from './staff/channels.js';
import { customersChannels } from './customers/channels.js';
import { devicesChannels } from './devices/channels.js';
import { ordersChannels } from './orders/channels.js';
import { documentsChannels } from './documents/channels.js';
import { settingsChannels } from './settings/channels.js';
import { rulesChannels } from './rules/channels.js';
import { warrantyChannels } from './warranty/channels.js';
import { registryChannels } from './registry/channels.js';
import { loansChannels } from './loans/channels.js';
import { partsChannels } from './parts/channels.js';
import { claimsChannels } from './claims/channels.js';
import { defectsChannels } from './defects/channels.js';
import { analyticsChannels } from './analytics/channels.js';
import { shipmentsChannels } from './shipments/channels.js';
import { dataChannels } from './data/channels.js';
import { paymentsChannels } from './payments/channels.js';
import { reportsChannels } from './reports/channels.js';
import { historyChannels } from './history/channels.js';
import { notificationsChannels } from './notifications/channels.js';
import { networkChannels } from './network/channels.js';
import { visitsChannels } from './visits/channels.js';
import { contractsChannels } from './contracts/channels.js';

/**
 * Every channel between the renderer and the backend: name → input schema, output schema, one-line summary.
 * Each feature declares its own in shared/<feature>/channels.ts, and a channel's name starts with its feature's
 * folder name (`loans.issue` lives in shared/loans/). register() validates inputs with these schemas; the client
 * and docs/api.md are derived from this table.
 */
export const channels = {
  ...appChannels,
  ...sessionChannels,
  ...staffChannels,
  ...customersChannels,
  ...devicesChannels,
  ...ordersChannels,
  ...documentsChannels,
  ...settingsChannels,
  ...rulesChannels,
  ...warrantyChannels,
  ...registryChannels,
  ...loansChannels,
  ...partsChannels,
  ...claimsChannels,
  ...defectsChannels,
  ...analyticsChannels,
  ...shipmentsChannels,
  ...dataChannels,
  ...paymentsChannels,
  ...reportsChannels,
  ...historyChannels,
  ...notificationsChannels,
  ...networkChannels,
  ...visitsChannels,
  ...contractsChannels,
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

/**
 * Channels that answer without a signed-in session: what the sign-in and first-run screens need. Everything else
 * needs a session, and whoever acts is the session's member (requests carry no actor id).
 */
export function isPublicChannel(name: ChannelName): boolean {
  return 'public' in channels[name];
}

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

export type { Language };
