import { z } from 'zod';

/** A service point's code: 2 to 8 Latin letters or digits (MSK1), written in capitals; it goes into numbers. */
export const SiteCode = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{2,8}$/, 'invalid_site_code'));
export type SiteCode = z.infer<typeof SiteCode>;

/** This installation in the network: set once, at set-up (numbers already issued carry it). */
export const SiteIdentity = z.strictObject({
  code: SiteCode,
  name: z.string().trim().min(1, 'required').max(120, 'too_long'),
});
export type SiteIdentity = z.infer<typeof SiteIdentity>;

/** The hub: a CouchDB 3 database reached over HTTPS (HTTP only on this PC, for tests and a local hub). */
export const HubUrl = z
  .string()
  .trim()
  .max(500, 'too_long')
  .refine((text) => {
    try {
      const url = new URL(text);
      if (url.username || url.password || url.search || url.hash) return false;
      return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
    } catch {
      return false;
    }
  }, 'invalid_hub_url');

/** A CouchDB database name: lower-case letters first, then letters, digits and _$()+-. */
export const HubDatabase = z.string().trim().regex(/^[a-z][a-z0-9_$()+-]{0,127}$/, 'invalid_database');

export const NetworkConfigInput = z.strictObject({
  hubUrl: HubUrl,
  database: HubDatabase,
  /** The hub user of this site (by convention its site code) and its password; an empty password keeps the stored one. */
  username: z.string().trim().min(1, 'required').max(120, 'too_long'),
  password: z.string().max(200, 'too_long'),
  /** Off: nothing is sent or received (the point works alone); the settings are kept. */
  enabled: z.boolean(),
});
export type NetworkConfigInput = z.infer<typeof NetworkConfigInput>;

/** What a replication problem is, in a closed set the screen says in words. */
export const NetworkProblem = z.enum(['unreachable', 'wrong_password', 'forbidden', 'no_database', 'hub_garbage', 'hub_error', 'local_error']);
export type NetworkProblem = z.infer<typeof NetworkProblem>;

/** Why a pulled document was refused (never stored). */
export const RefusalReason = z.enum(['not_a_record', 'unknown_collection', 'invalid_record', 'refused_by_hub']);

export const RefusedDocument = z.object({
  docId: z.string(),
  rev: z.string(),
  site: z.string().optional(),
  reason: RefusalReason,
  /** What is wrong with it, as the schema says it (field paths), for the person who asks the hub's administrator. */
  detail: z.string(),
  at: z.string(),
});
export type RefusedDocument = z.infer<typeof RefusedDocument>;

/** Why the rules could not decide between two versions of a record. */
export const ConflictReason = z.enum(['not_owner', 'same_time']);

export const ConflictVersion = z.object({ rev: z.string(), site: z.string(), changedAt: z.string(), record: z.unknown() });

export const NetworkConflict = z.object({
  docId: z.string(),
  collection: z.string(),
  id: z.string(),
  reason: ConflictReason,
  /** The version this point keeps, then the one it did not apply. */
  versions: z.array(ConflictVersion),
  at: z.string(),
});
export type NetworkConflict = z.infer<typeof NetworkConflict>;

export const NetworkStatus = z.object({
  site: SiteIdentity.optional(),
  configured: z.boolean(),
  enabled: z.boolean(),
  hubUrl: z.string().optional(),
  database: z.string().optional(),
  username: z.string().optional(),
  /** Where the password is kept: a file next to the data folder, not inside it (not in backups or exports). */
  credentialsFile: z.string(),
  state: z.enum(['off', 'connecting', 'online', 'offline']),
  lastPush: z.string().optional(),
  lastPull: z.string().optional(),
  pending: z.int(),
  pushed: z.int(),
  pulled: z.int(),
  problem: NetworkProblem.optional(),
  /** The hub's own words (or the system's), shown under the problem. */
  problemDetail: z.string().optional(),
  /** When the next attempt is made while the hub is out of reach. */
  retryAt: z.string().optional(),
  conflicts: z.array(NetworkConflict),
  refused: z.array(RefusedDocument),
});
export type NetworkStatus = z.infer<typeof NetworkStatus>;
