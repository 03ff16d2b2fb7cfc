import { join } from 'node:path';
import { monotonicFactory } from 'ulidx';
import { DomainError } from '../../shared/platform/result.js';
import type { StaffRecord, StaffRole } from '../../shared/staff/index.js';
import type { Store } from './store/store.js';
import { SessionTable } from '../session/index.js';

/** The shell's printing, passed in: services never import Electron. */
export interface Printer {
  print(pdfFile: string): Promise<boolean>;
}

export interface ServiceContext {
  store: Store;
  now: () => Date;
  newId: () => string;
  version: string;
  /** True inside the Electron app, false in the web host. */
  desktop: boolean;
  printer?: Printer;
  sequences: NumberSequences;
  /** Who is signed in where: register() checks every request's token against it. */
  sessions: SessionTable;
}

export function createContext(
  store: Store,
  options: { version: string; desktop: boolean; printer?: Printer; now?: () => Date },
): ServiceContext {
  const ulid = monotonicFactory();
  return {
    store,
    now: options.now ?? (() => new Date()),
    newId: () => ulid(),
    version: options.version,
    desktop: options.desktop,
    printer: options.printer,
    sequences: new NumberSequences(),
    // Wrong-PIN counts outlive a restart (a dot-file: not data, not in backups).
    sessions: new SessionTable(options.now ? () => options.now!().getTime() : Date.now, join(store.dataDir, '.pin-lockout.json')),
  };
}

/** The staff member who makes a change: must exist and be active (and hold one of the roles, when given). */
export function requireActor(ctx: ServiceContext, actorId: string, roles?: readonly StaffRole[]): StaffRecord {
  const actor = ctx.store.staff.get(actorId);
  if (!actor || !actor.active) {
    throw new DomainError('validation', 'The current user is not an active staff member.', { actorId: 'unknown_actor' });
  }
  if (roles && !roles.includes(actor.role)) {
    throw new DomainError('forbidden', `This needs one of the roles: ${roles.join(', ')}.`, { actorId: 'role' });
  }
  return actor;
}

export function nowIso(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}


/**
 * Yearly number sequences (orders, documents, loans), remembered after one scan of the numbers in use, so that
 * numbering does not read the whole history on every intake. A number counts as used once its record is saved
 * (`commit`): a failed save leaves the next number free, so numbers are neither skipped nor reused.
 */
export class NumberSequences {
  private highest = new Map<string, number>();

  next(prefix: string, year: number, used: () => Iterable<string>): string {
    const head = `${prefix}-${year}-`;
    if (!this.highest.has(head)) {
      let max = 0;
      for (const number of used()) if (number.startsWith(head)) max = Math.max(max, Number(number.slice(head.length)) || 0);
      this.highest.set(head, max);
    }
    return `${head}${String(this.highest.get(head)! + 1).padStart(5, '0')}`;
  }

  /** Forget what was remembered (the data was replaced by a restore or an import). */
  reset(): void {
    this.highest.clear();
  }

  commit(number: string): void {
    const cut = number.lastIndexOf('-') + 1;
    const head = number.slice(0, cut);
    this.highest.set(head, Math.max(this.highest.get(head) ?? 0, Number(number.slice(cut)) || 0));
  }
}
