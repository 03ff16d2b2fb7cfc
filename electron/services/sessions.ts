import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** A session unused this long ends by itself: a PC left signed in overnight asks for the PIN in the morning. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** Wrong PINs in a row before a member is locked out; each further wrong PIN doubles the wait, up to the cap. */
export const PIN_ATTEMPTS = 5;
export const PIN_LOCK_MS = 30_000;
export const PIN_LOCK_MAX_MS = 15 * 60_000;

/** scrypt's cost: about 30 ms per check on a small PC; with the lock-out, guessing 10,000 PINs takes days. */
const SCRYPT = { N: 1 << 14, r: 8, p: 1 } as const;

/** `scrypt$<salt>$<hash>`, both base64url. */
export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, 32, SCRYPT);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export function pinMatches(pin: string, stored: string): boolean {
  const [kind, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const given = scryptSync(pin, Buffer.from(salt, 'base64url'), expected.length, SCRYPT);
  return timingSafeEqual(given, expected);
}

interface Session {
  staffId: string;
  lastUsed: number;
}

/**
 * Signed-in sessions, in memory only: a restart signs everybody out. The transport hands register() the token a
 * request carries; register() asks here whose it is.
 */
export class SessionTable {
  private sessions = new Map<string, Session>();
  private failures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  open(staffId: string): string {
    const token = randomBytes(24).toString('base64url');
    this.sessions.set(token, { staffId, lastUsed: this.clock() });
    this.failures.delete(staffId);
    return token;
  }

  /** The member a token signs in, if it is still valid; using a session keeps it alive. */
  staffFor(token: unknown): string | undefined {
    if (typeof token !== 'string') return undefined;
    const session = this.sessions.get(token);
    if (!session) return undefined;
    const now = this.clock();
    if (now - session.lastUsed > SESSION_IDLE_MS) {
      this.sessions.delete(token);
      return undefined;
    }
    session.lastUsed = now;
    return session.staffId;
  }

  close(token: string): void {
    this.sessions.delete(token);
  }

  /** End every session of a member (deactivated, role changed, PIN changed), except the one making the change. */
  closeAllOf(staffId: string, except?: string): void {
    for (const [token, session] of this.sessions) if (session.staffId === staffId && token !== except) this.sessions.delete(token);
  }

  /** Milliseconds the member must still wait before the next try, 0 when they may try. */
  lockedFor(staffId: string): number {
    const entry = this.failures.get(staffId);
    return entry ? Math.max(0, entry.lockedUntil - this.clock()) : 0;
  }

  recordFailure(staffId: string): void {
    const entry = this.failures.get(staffId) ?? { count: 0, lockedUntil: 0 };
    entry.count += 1;
    if (entry.count >= PIN_ATTEMPTS) {
      entry.lockedUntil = this.clock() + Math.min(PIN_LOCK_MS * 2 ** (entry.count - PIN_ATTEMPTS), PIN_LOCK_MAX_MS);
    }
    this.failures.set(staffId, entry);
  }
}
