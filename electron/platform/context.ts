import { join } from 'node:path';
import { monotonicFactory } from 'ulidx';
import { DomainError } from '../../shared/platform/result.js';
import { type Permission, type StaffRecord, type StaffRole, may, rolesFor } from '../../shared/staff/index.js';
import type { Store } from './store/store.js';
import { type PinHasher, pinHasher, type PinVault, SessionTable } from '../session/index.js';

/** Folders for the second copy of the backups that the shell offers (drives, USB sticks, documents), passed in. */
export interface BackupPlaces {
  offered(): Promise<Array<{ path: string; label: string }>>;
}

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
  places?: BackupPlaces;
  sequences: NumberSequences;
  /** Who is signed in where: register() checks every request's token against it. */
  sessions: SessionTable;
  /** The staff's PIN hashes, on this PC only (never in a backup or an export). */
  pins: PinVault;
  /** Hashes and checks PINs: at the application's cost (PIN_HASH_COST) unless the caller of startBackend gives one. */
  pinHasher: PinHasher;
}

export function createContext(
  store: Store,
  options: { version: string; desktop: boolean; printer?: Printer; places?: BackupPlaces; now?: () => Date; sessionClock?: () => number; pins: PinVault; pinHasher?: PinHasher },
): ServiceContext {
  const ulid = monotonicFactory();
  return {
    store,
    now: options.now ?? (() => new Date()),
    newId: () => ulid(),
    version: options.version,
    desktop: options.desktop,
    printer: options.printer,
    places: options.places,
    // Once the point has its site code (network.setSite), every number it issues carries it: R-MSK1-2026-00042.
    sequences: new NumberSequences(() => store.settings.get('settings')?.site?.code),
    // Wrong-PIN counts outlive a restart (a dot-file: not data, not in backups).
    // Sessions follow the same clock, unless they are given their own (tests that move the calendar by days).
    pins: options.pins,
    pinHasher: options.pinHasher ?? pinHasher(),
    sessions: new SessionTable(options.sessionClock ?? (options.now ? () => options.now!().getTime() : Date.now), join(store.dataDir, '.pin-lockout.json')),
  };
}

/**
 * Who makes a request: the signed-in member, as register() reads them from the store for every request (a changed
 * role counts at once). Handlers receive it as their second argument; requests carry no actor id.
 */
export interface Caller {
  id: string;
  name: string;
  role: StaffRole;
}

/** A stored member as a caller. */
export function callerOf(member: Pick<StaffRecord, 'id' | 'name' | 'role'>): Caller {
  return { id: member.id, name: member.name, role: member.role };
}

/**
 * The caller must be an active member (read again from the store: a member deactivated or demoted since the
 * request began cannot act) and, when an action is named, hold one of the roles the permission table
 * (shared/staff/permissions.ts) gives it. The screens read the same table to show a control disabled.
 */
export function requireRole(ctx: ServiceContext, caller: Caller, action?: Permission): StaffRecord {
  const member = ctx.store.staff.get(caller.id);
  if (!member || !member.active) {
    throw new DomainError('unauthenticated', 'The signed-in member is no longer an active staff member.', { _: 'unknown_actor' });
  }
  if (action && !may(member.role, action)) {
    throw new DomainError('forbidden', `This needs one of the roles: ${rolesFor(action).join(', ')}.`, { _: 'role' });
  }
  return member;
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

  /** The site code of this service point, when it has one: two points of a network never issue the same number. */
  constructor(readonly site: () => string | undefined = () => undefined) {}

  next(prefix: string, year: number, used: () => Iterable<string>): string {
    const site = this.site();
    // Document keys ("doc:intake_act") are internal: the site goes into the printed number by its format instead.
    const head = site && !prefix.startsWith('doc:') ? `${prefix}-${site}-${year}-` : `${prefix}-${year}-`;
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
