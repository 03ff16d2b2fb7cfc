import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Semaphore } from 'async-mutex';
import { writeFileDurably } from '../platform/store/durableWrite.js';

/** A session unused this long ends by itself: a PC left signed in overnight asks for the PIN in the morning. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** Wrong PINs in a row before a member is locked out; each further wrong PIN doubles the wait, up to the cap. */
export const PIN_ATTEMPTS = 5;
export const PIN_LOCK_MS = 30_000;
export const PIN_LOCK_MAX_MS = 15 * 60_000;

/** scrypt's parameters: N (CPU and memory cost, a power of two), r (block size), p (parallelism). */
export interface PinHashCost {
  N: number;
  r: number;
  p: number;
}

/**
 * scrypt's cost in the application: about 30 ms per check on a small PC (16 MB of memory); with the lock-out,
 * guessing 10,000 PINs takes days. Every PIN the application hashes or checks uses it: `pinHasher()` without an
 * argument, which is what the backend gets unless its caller passes a hasher (only the test helpers do).
 */
export const PIN_HASH_COST: PinHashCost = Object.freeze({ N: 1 << 14, r: 8, p: 1 });
const SALT_BYTES = 16;
const HASH_BYTES = 32;

/**
 * scrypt off the main thread: Node runs the asynchronous one on libuv's thread pool (4 threads), which the store's
 * file reads and writes share. One derivation runs at a time, so that a burst of sign-ins neither blocks the event
 * loop nor takes the threads the writes need (measured with 30 sign-ins at once: scryptSync stalled the event loop
 * 1.3-1.7 s; unbounded crypto.scrypt left it free but a save waited 1.9-3.2 s; one at a time: 13-35 ms stalls,
 * saves at most about 110 ms, the 30 sign-ins done in 1.5 s). A worker thread would do no better.
 */
const kdfSlots = new Semaphore(1);
const derive = (pin: string, salt: Buffer, cost: PinHashCost) =>
  kdfSlots.runExclusive(
    () => new Promise<Buffer>((resolve, reject) => scrypt(pin, salt, HASH_BYTES, cost, (error, key) => (error ? reject(error) : resolve(key)))),
  );

/** Hashes a PIN for the vault and checks a PIN against a stored hash, both at one scrypt cost. */
export interface PinHasher {
  /** `scrypt$<salt>$<hash>`, both base64url. */
  hash(pin: string): Promise<string>;
  /** A stored value that is not a whole hash of ours (hand-edited, imported) matches no PIN. */
  check(pin: string, stored: string): Promise<boolean>;
}

/**
 * The PIN hasher at a cost: the application's (PIN_HASH_COST) unless a cost is given. The stored text does not
 * name the cost, so a hash checks only at the cost it was made with: the test helpers' cheap hasher (a backend of
 * their own, on a temporary folder) makes hashes that the application's hasher refuses.
 */
export function pinHasher(cost: PinHashCost = PIN_HASH_COST): PinHasher {
  return {
    hash: async (pin) => {
      const salt = randomBytes(SALT_BYTES);
      const hash = await derive(pin, salt, cost);
      return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
    },
    check: async (pin, stored) => {
      const [kind, salt, hash, ...rest] = stored.split('$');
      if (kind !== 'scrypt' || !salt || !hash || rest.length) return false;
      const saltBytes = Buffer.from(salt, 'base64url');
      const expected = Buffer.from(hash, 'base64url');
      if (saltBytes.length !== SALT_BYTES || expected.length !== HASH_BYTES) return false;
      return timingSafeEqual(await derive(pin, saltBytes, cost), expected);
    },
  };
}

const applicationHasher = pinHasher();
/** A PIN hashed at the application's cost. */
export const derivePinHash = (pin: string): Promise<string> => applicationHasher.hash(pin);
/** A PIN checked at the application's cost. */
export const checkPin = (pin: string, stored: string): Promise<boolean> => applicationHasher.check(pin, stored);

interface Session {
  staffId: string;
  lastUsed: number;
  /** Signed in without a PIN (a member from before PINs): may do nothing but choose one. */
  mustSetPin: boolean;
}

/** Who a request's token signs in, as register() needs to know it. */
export interface SignedIn {
  staffId: string;
  mustSetPin: boolean;
}

type Failures = Record<string, { count: number; lockedUntil: number }>;

/**
 * Signed-in sessions, in memory only: a restart signs everybody out. The transport hands register() the token a
 * request carries; register() asks here whose it is. Wrong-PIN counts are kept in a small file of the data folder
 * (when one is given), so that restarting the application does not give a guesser fresh tries.
 */
export class SessionTable {
  private sessions = new Map<string, Session>();
  private failures: Failures = {};

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly failuresFile?: string,
  ) {
    if (failuresFile) {
      try {
        this.failures = JSON.parse(readFileSync(failuresFile, 'utf8')) as Failures;
      } catch {
        this.failures = {};
      }
    }
  }

  open(staffId: string, options: { mustSetPin?: boolean } = {}): string {
    const token = randomBytes(24).toString('base64url');
    this.sessions.set(token, { staffId, lastUsed: this.clock(), mustSetPin: options.mustSetPin ?? false });
    if (this.failures[staffId]) {
      delete this.failures[staffId];
      this.saveFailures();
    }
    return token;
  }

  /** The member a token signs in, if it is still valid; using a session keeps it alive. */
  signedIn(token: unknown): SignedIn | undefined {
    if (typeof token !== 'string') return undefined;
    const session = this.sessions.get(token);
    if (!session) return undefined;
    const now = this.clock();
    if (now - session.lastUsed > SESSION_IDLE_MS) {
      this.sessions.delete(token);
      return undefined;
    }
    session.lastUsed = now;
    return { staffId: session.staffId, mustSetPin: session.mustSetPin };
  }

  staffFor(token: unknown): string | undefined {
    return this.signedIn(token)?.staffId;
  }

  /** The member chose a PIN in this session: it may do everything now. */
  pinChosen(token: string | undefined): void {
    const session = token ? this.sessions.get(token) : undefined;
    if (session) session.mustSetPin = false;
  }

  close(token: string): void {
    this.sessions.delete(token);
  }

  /** End every session of a member (deactivated, role changed, PIN changed), except the one making the change. */
  closeAllOf(staffId: string, except?: string): void {
    for (const [token, session] of this.sessions) if (session.staffId === staffId && token !== except) this.sessions.delete(token);
  }

  /** End every session (the data was replaced by a restore or an import: everybody signs in again). */
  closeAll(): void {
    this.sessions.clear();
  }

  /** Milliseconds the member must still wait before the next try, 0 when they may try. */
  lockedFor(staffId: string): number {
    const entry = this.failures[staffId];
    return entry ? Math.max(0, entry.lockedUntil - this.clock()) : 0;
  }

  /**
   * Count a wrong PIN; resolves, once the count is on disk (or the disk refused it: the count stays in memory), with
   * the milliseconds the member is now locked out for (0 while tries are left).
   */
  async recordFailure(staffId: string): Promise<number> {
    const entry = this.failures[staffId] ?? { count: 0, lockedUntil: 0 };
    entry.count += 1;
    if (entry.count >= PIN_ATTEMPTS) {
      entry.lockedUntil = this.clock() + Math.min(PIN_LOCK_MS * 2 ** (entry.count - PIN_ATTEMPTS), PIN_LOCK_MAX_MS);
    }
    this.failures[staffId] = entry;
    await this.saveFailures();
    return this.lockedFor(staffId);
  }

  private saving: Promise<void> = Promise.resolve();

  /**
   * Written like the data files (durableWrite.ts), one write at a time, each of the counts as they are when it
   * starts, so that the last write on disk holds the latest counts. Best effort: a disk that cannot take this small
   * file must not stop anyone from signing in.
   */
  private saveFailures(): Promise<void> {
    const file = this.failuresFile;
    if (!file) return Promise.resolve();
    this.saving = this.saving.then(() => writeFileDurably(file, JSON.stringify(this.failures)).catch(() => undefined));
    return this.saving;
  }
}
