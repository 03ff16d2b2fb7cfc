/**
 * After-sales analytics as one pure function over the orders, read in a single pass (100,000 orders in well under a
 * second): failures per model and component with the rate per unit sold, causes by category, time in service at
 * failure, repeat repairs, volume and turnaround, time in each status, deadlines kept, technician workload,
 * warranty versus paid work, parts used, customer satisfaction. The caller (electron/analytics/analytics.ts) turns
 * stored orders into the slim records below; the math lives here and is tested on a hand-checked data set.
 */
import { addDays, daysBetween, type IsoDate, weekday } from '../rules/index.js';
import { legalTermEnd } from '../rules/index.js';
import { CAUSE_CATEGORIES, type CauseCategory } from '../defects/index.js';
import type { EffectiveProfile } from '../rules/index.js';
import { type OrderStatus } from '../orders/index.js';
import { share, spread, type Spread } from '../platform/stats.js';
import type { WarrantyBasis } from '../orders/index.js';

export interface AnalyticsOrder {
  deviceId: string;
  /** "Brand Model", the unit of failure statistics. */
  model: string;
  receivedAt: string;
  /** Local dates of receipt and hand-back, as the workshop counts days. */
  receivedOn: IsoDate;
  handedBackAt?: string;
  handedBackOn?: IsoDate;
  /** The local date the order first became ready (the defect eliminated). */
  readyOn?: IsoDate;
  /** How the order ended: only a repaired unit that comes back is a repeat repair. */
  outcome?: 'repaired' | 'replaced' | 'refunded' | 'unrepairable' | 'refused';
  status: OrderStatus;
  warrantyBasis: WarrantyBasis;
  /** The customer is a consumer (consumer law applies), not a company. */
  consumer: boolean;
  technicianId?: string;
  promisedDate?: IsoDate;
  timeline: ReadonlyArray<{ at: string; to: OrderStatus }>;
  defects?: ReadonlyArray<{ symptom?: string; cause?: string; action?: string; component?: string }>;
  /** Work and parts, minor units. */
  cost: number;
  paid?: number;
  parts: ReadonlyArray<{ key: string; name: string; quantity: number }>;
  purchaseDate?: IsoDate;
  satisfaction?: number;
}

export interface AnalyticsInput {
  orders: Iterable<AnalyticsOrder>;
  from: IsoDate;
  to: IsoDate;
  bucket: 'week' | 'month';
  /** Now, for the time open orders have spent in their current status. */
  now: string;
  profile: EffectiveProfile;
  holidays: readonly IsoDate[];
  /** Units sold per model (the registry of sold units): the base of the failure rate. */
  unitsSold: ReadonlyMap<string, number>;
  /** Cause code → category, from the defect catalogue. */
  causeCategory: ReadonlyMap<string, CauseCategory>;
  /** A new order of a unit within this many days of its previous hand-back counts as a repeat repair. */
  repeatWindowDays?: number;
  /** Parts returned to suppliers as defective (from the parts ledger, when there is one): key → quantity. */
  supplierReturns?: ReadonlyMap<string, { name: string; quantity: number }>;
}

export const BASIS_GROUPS = ['warranty', 'paid', 'goodwill'] as const;
export type BasisGroup = (typeof BASIS_GROUPS)[number];

export function basisGroup(basis: WarrantyBasis): BasisGroup {
  return basis === 'paid' ? 'paid' : basis === 'goodwill' ? 'goodwill' : 'warranty';
}

/** Months in service at failure, as the report groups them. */
export const AGE_BANDS = [3, 6, 12, 24] as const;

const WARRANTY_BASES: readonly WarrantyBasis[] = ['manufacturer', 'statutory', 'repeat_repair'];
const DAY_MS = 86_400_000;

type CategoryCounts = Record<CauseCategory, number>;
const noCategories = (): CategoryCounts => Object.fromEntries(CAUSE_CATEGORIES.map((c) => [c, 0])) as CategoryCounts;

export interface ModelRow {
  model: string;
  orders: number;
  /** Orders less those whose every cause is "no fault found". */
  failures: number;
  /** Orders with a manufacturing-defect cause: what production answers for (not misuse, damage or wear). */
  manufacturing: number;
  unitsSold: number | null;
  /** Manufacturing-defect failures / units sold; null when the registry does not know the units sold. */
  rate: number | null;
  categories: CategoryCounts;
  causes: Record<string, number>;
}

export interface AnalyticsReport {
  from: IsoDate;
  to: IsoDate;
  bucket: 'week' | 'month';
  volume: { received: number; handedBack: number; series: Array<{ bucket: string; received: number; handedBack: number }> };
  /** Days from receipt to hand-back, orders handed back in the period. */
  turnaround: Spread;
  /** Days spent in each status by the orders received in the period (open ones: until now). */
  timeInStatus: Array<{ status: OrderStatus } & Spread>;
  deadlines: {
    legal: { total: number; within: number; share: number | null };
    promised: { total: number; kept: number; share: number | null };
  };
  technicians: Array<{ technicianId: string; received: number; handedBack: number; open: number; turnaroundMedian: number | null }>;
  basis: Array<{ group: BasisGroup; orders: number; share: number | null; cost: number; paid: number }>;
  models: ModelRow[];
  components: Array<{ component: string; count: number }>;
  causes: Array<{ cause: string; category: CauseCategory | null; count: number }>;
  categories: CategoryCounts;
  /** Days from purchase to receipt, orders of units with a known purchase date. */
  serviceAge: Spread & { bands: number[] };
  repeat: { orders: number; repeats: number; share: number | null; windowDays: number };
  parts: Array<{ key: string; name: string; quantity: number; orders: number }>;
  supplierDefective: Array<{ key: string; name: string; quantity: number }>;
  satisfaction: { responses: number; average: number | null; series: Array<{ bucket: string; responses: number; average: number | null }> };
}

/** The bucket a date falls in: the Monday of its week, or its month. */
export function bucketOf(date: IsoDate, bucket: 'week' | 'month'): string {
  if (bucket === 'month') return date.slice(0, 7);
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** Every bucket from `from` to `to`, in order (an empty week still shows on a chart). */
export function bucketsBetween(from: IsoDate, to: IsoDate, bucket: 'week' | 'month'): string[] {
  const keys: string[] = [];
  let day = bucket === 'month' ? `${from.slice(0, 7)}-01` : bucketOf(from, 'week');
  while (day <= to) {
    keys.push(bucketOf(day, bucket));
    day = bucket === 'month' ? nextMonth(day) : addDays(day, 7);
  }
  return keys;
}

function nextMonth(first: IsoDate): IsoDate {
  const [y, m] = first.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const days = (fromIso: string, toIso: string) => (Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS;

/** Entries by count, most first; ties by key. */
function ranked(map: Map<string, number>): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function count<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** A cancelled order (refused or withdrawn) was never repaired: it neither meets nor misses a repair deadline. */
const cancelled = (order: Pick<AnalyticsOrder, 'status' | 'timeline'>) => order.status === 'cancelled' || order.timeline.some((e) => e.to === 'cancelled');

/** The legal repair deadline an order had (consumer warranty repairs where the profile sets one). */
export function legalRepairDue(order: Pick<AnalyticsOrder, 'receivedOn' | 'warrantyBasis' | 'consumer'>, profile: EffectiveProfile, holidays: readonly IsoDate[]): IsoDate | undefined {
  const rules = profile.values;
  if (!order.consumer || !WARRANTY_BASES.includes(order.warrantyBasis) || !rules.repairDeadlineDays) return undefined;
  return legalTermEnd(order.receivedOn, rules.repairDeadlineDays, rules.repairDeadlineCounting, profile, holidays);
}

/** The whole report in one pass over the orders (given oldest first, as they are stored). */
export function analyse(input: AnalyticsInput): AnalyticsReport {
  const { from, to, bucket, profile, holidays, unitsSold, causeCategory } = input;
  const windowDays = input.repeatWindowDays ?? 90;
  const today = input.now.slice(0, 10);
  const inPeriod = (date: IsoDate | undefined) => date !== undefined && date >= from && date <= to;
  const series = new Map(bucketsBetween(from, to, bucket).map((k) => [k, { received: 0, handedBack: 0, responses: 0, scoreSum: 0 }]));

  let received = 0;
  let handedBack = 0;
  const turnaround: number[] = [];
  const statusDays = new Map<OrderStatus, number[]>();
  const legal = { total: 0, within: 0 };
  const promised = { total: 0, kept: 0 };
  const technicians = new Map<string, { received: number; handedBack: number; open: number; turnaround: number[] }>();
  const basis = new Map<BasisGroup, { orders: number; cost: number; paid: number }>(BASIS_GROUPS.map((g) => [g, { orders: 0, cost: 0, paid: 0 }]));
  const models = new Map<string, ModelRow>();
  const components = new Map<string, number>();
  const causes = new Map<string, number>();
  const categories = noCategories();
  const serviceAges: number[] = [];
  const bands = new Array<number>(AGE_BANDS.length + 1).fill(0);
  const lastHandBack = new Map<string, IsoDate>();
  const repeat = { orders: 0, repeats: 0 };
  const parts = new Map<string, { name: string; quantity: number; orders: number }>();
  const satisfaction = { responses: 0, sum: 0 };

  const technician = (id: string) => {
    let row = technicians.get(id);
    if (!row) technicians.set(id, (row = { received: 0, handedBack: 0, open: 0, turnaround: [] }));
    return row;
  };

  for (const order of input.orders) {
    const receivedNow = inPeriod(order.receivedOn);
    const backNow = inPeriod(order.handedBackOn);
    // An order still not repaired whose legal deadline passed in the period has missed it.
    if (!order.handedBackOn && !order.readyOn && !cancelled(order)) {
      const due = legalRepairDue(order, profile, holidays);
      if (due && inPeriod(due) && due < today) legal.total++;
    }
    if (order.technicianId && order.status !== 'issued') technician(order.technicianId).open++;

    if (receivedNow) {
      received++;
      series.get(bucketOf(order.receivedOn, bucket))!.received++;
      if (order.technicianId) technician(order.technicianId).received++;
      // Time in each status: from each change to the next (the current status of an open order: until now).
      for (let i = 0; i < order.timeline.length; i++) {
        const entry = order.timeline[i];
        if (entry.to === 'issued') continue;
        const end = order.timeline[i + 1]?.at ?? input.now;
        let list = statusDays.get(entry.to);
        if (!list) statusDays.set(entry.to, (list = []));
        list.push(days(entry.at, end));
      }
      // Failures: per model, cause, category and component.
      let model = models.get(order.model);
      if (!model) {
        const sold = unitsSold.get(order.model) ?? null;
        models.set(order.model, (model = { model: order.model, orders: 0, failures: 0, manufacturing: 0, unitsSold: sold, rate: null, categories: noCategories(), causes: {} }));
      }
      model.orders++;
      let causesFound = 0;
      let noFault = 0;
      let manufacturing = false;
      for (const defect of order.defects ?? []) {
        if (defect.component) count(components, defect.component);
        if (!defect.cause) continue;
        causesFound++;
        count(causes, defect.cause);
        model.causes[defect.cause] = (model.causes[defect.cause] ?? 0) + 1;
        const category = causeCategory.get(defect.cause);
        if (category) {
          categories[category]++;
          model.categories[category]++;
          if (category === 'no_fault_found') noFault++;
          if (category === 'manufacturing_defect') manufacturing = true;
        }
      }
      if (!(causesFound > 0 && noFault === causesFound)) model.failures++;
      if (manufacturing) model.manufacturing++;
      // Time in service at failure.
      if (order.purchaseDate && order.purchaseDate <= order.receivedOn) {
        const age = daysBetween(order.purchaseDate, order.receivedOn);
        serviceAges.push(age);
        const months = age / 30.4375;
        const band = AGE_BANDS.findIndex((limit) => months < limit);
        bands[band === -1 ? AGE_BANDS.length : band]++;
      }
      // A repeat repair: the unit came back within the window after its previous hand-back as repaired (not after
      // a refusal or a replacement, and not received before that hand-back).
      repeat.orders++;
      const previous = lastHandBack.get(order.deviceId);
      const after = previous === undefined ? -1 : daysBetween(previous, order.receivedOn);
      if (after >= 0 && after <= windowDays) repeat.repeats++;
      for (const part of order.parts) {
        const row = parts.get(part.key) ?? { name: part.name, quantity: 0, orders: 0 };
        row.quantity += part.quantity;
        row.orders++;
        parts.set(part.key, row);
      }
    }
    if (order.handedBackOn) {
      if (order.outcome === 'repaired') lastHandBack.set(order.deviceId, order.handedBackOn);
      else lastHandBack.delete(order.deviceId);
    }

    if (backNow && order.handedBackAt) {
      handedBack++;
      series.get(bucketOf(order.handedBackOn!, bucket))!.handedBack++;
      const took = days(order.receivedAt, order.handedBackAt);
      turnaround.push(took);
      if (order.technicianId) {
        const row = technician(order.technicianId);
        row.handedBack++;
        row.turnaround.push(took);
      }
      const group = basis.get(basisGroup(order.warrantyBasis))!;
      group.orders++;
      group.cost += order.cost;
      group.paid += order.paid ?? 0;
      // Deadlines are met when the unit is ready (the defect eliminated), else when it went back.
      const doneOn = order.readyOn ?? order.handedBackOn!;
      const due = cancelled(order) ? undefined : legalRepairDue(order, profile, holidays);
      if (due) {
        legal.total++;
        if (doneOn <= due) legal.within++;
      }
      if (order.promisedDate) {
        promised.total++;
        if (doneOn <= order.promisedDate) promised.kept++;
      }
      if (order.satisfaction) {
        satisfaction.responses++;
        satisfaction.sum += order.satisfaction;
        const slot = series.get(bucketOf(order.handedBackOn!, bucket))!;
        slot.responses++;
        slot.scoreSum += order.satisfaction;
      }
    }
  }

  for (const model of models.values()) model.rate = model.unitsSold ? share(model.manufacturing, model.unitsSold) : null;

  return {
    from,
    to,
    bucket,
    volume: { received, handedBack, series: [...series].map(([key, s]) => ({ bucket: key, received: s.received, handedBack: s.handedBack })) },
    turnaround: spread(turnaround),
    timeInStatus: [...statusDays].map(([status, list]) => ({ status, ...spread(list) })),
    deadlines: {
      legal: { ...legal, share: share(legal.within, legal.total) },
      promised: { ...promised, share: share(promised.kept, promised.total) },
    },
    technicians: [...technicians]
      .map(([technicianId, row]) => ({ technicianId, received: row.received, handedBack: row.handedBack, open: row.open, turnaroundMedian: spread(row.turnaround).median }))
      .sort((a, b) => b.received + b.open - (a.received + a.open) || a.technicianId.localeCompare(b.technicianId)),
    basis: [...basis].map(([group, row]) => ({ group, ...row, share: share(row.orders, handedBack) })),
    models: [...models.values()].sort((a, b) => b.failures - a.failures || a.model.localeCompare(b.model)),
    components: ranked(components).map(([component, n]) => ({ component, count: n })),
    causes: ranked(causes).map(([cause, n]) => ({ cause, category: causeCategory.get(cause) ?? null, count: n })),
    categories,
    serviceAge: { ...spread(serviceAges), bands },
    repeat: { ...repeat, share: share(repeat.repeats, repeat.orders), windowDays },
    parts: [...parts].map(([key, row]) => ({ key, ...row })).sort((a, b) => b.quantity - a.quantity || a.key.localeCompare(b.key)),
    supplierDefective: [...(input.supplierReturns ?? new Map())].map(([key, row]) => ({ key, name: row.name, quantity: row.quantity })),
    satisfaction: {
      responses: satisfaction.responses,
      average: satisfaction.responses ? Math.round((satisfaction.sum / satisfaction.responses) * 100) / 100 : null,
      series: [...series].map(([key, s]) => ({ bucket: key, responses: s.responses, average: s.responses ? Math.round((s.scoreSum / s.responses) * 100) / 100 : null })),
    },
  };
}
