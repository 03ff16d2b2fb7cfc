import type { WarrantyBasis } from '../orders/index.js';
import { addDays, addMonths, daysBetween, type IsoDate } from '../rules/index.js';
import type { EffectiveProfile, RuleKey } from '../rules/index.js';
import type { Outcome, OrderStatus } from '../orders/index.js';

/** What the warranty of one unit depends on. */
export interface WarrantyDevice {
  purchaseDate?: IsoDate;
  installationDate?: IsoDate;
  warrantyMonths?: number;
  extendedUntil?: IsoDate;
  serviceLifeMonths?: number;
  voided?: { at: string; by: string; reason: string; note?: string };
}

/** A past or open order of the unit, with dates as calendar days. */
export interface WarrantyOrder {
  number: string;
  receivedOn: IsoDate;
  handedBackOn?: IsoDate;
  status: OrderStatus;
  outcome?: Outcome;
  warrantyBasis: WarrantyBasis;
  lines: ReadonlyArray<{ description: string; warrantyDays: number; part?: boolean }>;
}

export type BasisStep =
  | { kind: 'start'; from: 'purchase' | 'installation' | 'replacement'; date: IsoDate; order?: string }
  | { kind: 'months'; months: number; minimum: boolean }
  | { kind: 'repair_days'; days: number; order: string; ongoing: boolean }
  | { kind: 'repair_months'; months: number; order: string };

export interface ClaimWindow {
  rule: RuleKey;
  until: IsoDate;
  open: boolean;
}

export interface RepairWarranty {
  order: string;
  description: string;
  until: IsoDate;
}

export interface WarrantyAnswer {
  status: 'under_warranty' | 'extended' | 'void' | 'expired' | 'unknown';
  start?: IsoDate;
  /** The end of the warranty with every extension the profile grants. */
  end?: IsoDate;
  /** The end of an extended (contract) warranty, when it runs past `end`. */
  extendedUntil?: IsoDate;
  /** Days left until the date that still covers the unit (0 on its last day, negative once past). */
  daysLeft?: number;
  steps: BasisStep[];
  voided?: WarrantyDevice['voided'];
  /** Claims the law still allows after (or besides) the warranty, and until when. */
  windows: ClaimWindow[];
  /** Work and parts of earlier repairs still under the workshop's own warranty. */
  repairWarranties: RepairWarranty[];
  repeatRepairs: number;
  suggestedBasis: WarrantyBasis;
}

const WARRANTY_REPAIR: readonly WarrantyBasis[] = ['manufacturer', 'statutory'];

/**
 * Is the unit under warranty on `today`, until when, and why: start (purchase, installation or the hand-over of a
 * replacement) + warranty months (at least the legal minimum) + every extension the profile grants for repairs.
 */
export function checkWarranty(
  device: WarrantyDevice,
  orders: readonly WarrantyOrder[],
  profile: EffectiveProfile,
  today: IsoDate,
): WarrantyAnswer {
  const rules = profile.values;
  const history = [...orders].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  const repairWarranties = history.flatMap((o) =>
    o.handedBackOn && o.status === 'issued'
      ? o.lines
          .map((l) => ({ order: o.number, description: l.description, until: lineWarrantyEnd(l, o, device, profile) }))
          .filter((w): w is RepairWarranty => w.until !== undefined && w.until >= today)
      : [],
  );
  const repeatRepairs = Math.max(0, history.length - 1);

  const replacement = rules.replacementRestartsWarranty
    ? [...history].reverse().find((o) => o.outcome === 'replaced' && o.handedBackOn)
    : undefined;
  const steps: BasisStep[] = [];
  let start: IsoDate | undefined;
  if (replacement) {
    start = replacement.handedBackOn!;
    steps.push({ kind: 'start', from: 'replacement', date: start, order: replacement.number });
  } else if (device.installationDate && rules.warrantyFromInstallation) {
    start = device.installationDate;
    steps.push({ kind: 'start', from: 'installation', date: start });
  } else if (device.purchaseDate) {
    start = device.purchaseDate;
    steps.push({ kind: 'start', from: 'purchase', date: start });
  }

  const base: Omit<WarrantyAnswer, 'status' | 'suggestedBasis'> = { steps, windows: [], repairWarranties, repeatRepairs, voided: device.voided };
  if (!start) {
    return { ...base, status: device.voided ? 'void' : 'unknown', suggestedBasis: repairWarranties.length ? 'repeat_repair' : 'paid' };
  }

  const ownMonths = device.warrantyMonths ?? 0;
  const minimum = rules.minimumWarrantyMonths ?? 0;
  const months = Math.max(ownMonths, minimum);
  steps.push({ kind: 'months', months, minimum: minimum > ownMonths });
  let end = addMonths(start, months);

  const repairs = history.filter((o) => o.receivedOn >= start! && WARRANTY_REPAIR.includes(o.warrantyBasis) && o.outcome !== 'refused');
  if (rules.repairExtension === 'days_out_of_use') {
    for (const order of repairs) {
      if (order.receivedOn > end) continue; // a demand after the warranty ended extends nothing
      const ongoing = !order.handedBackOn;
      const days = daysBetween(order.receivedOn, order.handedBackOn ?? today);
      if (days <= 0) continue;
      steps.push({ kind: 'repair_days', days, order: order.number, ongoing });
      end = addDays(end, days);
    }
  } else if (rules.repairExtension === 'plus_12_months_once' && (!rules.repairExtensionFrom || start >= rules.repairExtensionFrom)) {
    const repaired = repairs.find((o) => o.outcome === 'repaired' && o.handedBackOn && o.receivedOn <= end);
    if (repaired) {
      steps.push({ kind: 'repair_months', months: 12, order: repaired.number });
      end = addMonths(end, 12);
    }
  }

  const windows = claimWindows(start, months, device, profile, today);
  const extendedUntil = device.extendedUntil && device.extendedUntil > end ? device.extendedUntil : undefined;
  const coveredUntil = extendedUntil ?? end;
  const status: WarrantyAnswer['status'] = device.voided
    ? 'void'
    : today <= end
      ? 'under_warranty'
      : extendedUntil && today <= extendedUntil
        ? 'extended'
        : 'expired';
  const suggestedBasis: WarrantyBasis =
    status === 'under_warranty' || status === 'extended'
      ? 'manufacturer'
      : repairWarranties.length
        ? 'repeat_repair'
        : status === 'expired' && windows.some((w) => w.open && w.rule !== 'presumptionMonths' && w.rule !== 'shortTermRejectDays')
          ? 'statutory'
          : 'paid';
  return { ...base, status, start, end, extendedUntil, daysLeft: daysBetween(today, coveredUntil), windows, suggestedBasis };
}

function claimWindows(start: IsoDate, months: number, device: WarrantyDevice, profile: EffectiveProfile, today: IsoDate): ClaimWindow[] {
  const rules = profile.values;
  const windows: ClaimWindow[] = [];
  const add = (rule: RuleKey, until: IsoDate) => windows.push({ rule, until, open: today <= until });
  if (months === 0 && rules.claimWindowNoWarrantyMonths) add('claimWindowNoWarrantyMonths', addMonths(start, rules.claimWindowNoWarrantyMonths));
  if (months > 0 && rules.claimWindowAfterWarrantyMonths && months < rules.claimWindowAfterWarrantyMonths) {
    add('claimWindowAfterWarrantyMonths', addMonths(start, rules.claimWindowAfterWarrantyMonths));
  }
  if (rules.significantDefectYears) {
    add('significantDefectYears', addMonths(start, device.serviceLifeMonths ?? rules.significantDefectYears * 12));
  }
  if (rules.presumptionMonths) add('presumptionMonths', addMonths(start, rules.presumptionMonths));
  if (rules.shortTermRejectDays) add('shortTermRejectDays', addDays(start, rules.shortTermRejectDays));
  return windows;
}

/**
 * Until when a work or part line of a handed-back repair is under warranty: its own days from hand-back, or, for a
 * part replaced in a warranty repair where the profile says so, the unit's whole warranty period from hand-back.
 */
export function lineWarrantyEnd(
  line: WarrantyOrder['lines'][number],
  order: Pick<WarrantyOrder, 'handedBackOn' | 'warrantyBasis'>,
  device: Pick<WarrantyDevice, 'warrantyMonths'>,
  profile: EffectiveProfile,
): IsoDate | undefined {
  if (!order.handedBackOn) return undefined;
  const own = line.warrantyDays > 0 ? addDays(order.handedBackOn, line.warrantyDays) : undefined;
  const fullPeriod =
    line.part && profile.values.replacedComponentFullWarranty && WARRANTY_REPAIR.includes(order.warrantyBasis) && device.warrantyMonths
      ? addMonths(order.handedBackOn, device.warrantyMonths)
      : undefined;
  if (own && fullPeriod) return own > fullPeriod ? own : fullPeriod;
  return own ?? fullPeriod;
}
