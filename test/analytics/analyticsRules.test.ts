import { describe, expect, it } from 'vitest';
import { analyse, type AnalyticsOrder, bucketOf, bucketsBetween } from '../../shared/analytics/analytics.js';
import { DEFAULT_DEFECT_CODES } from '../../shared/defects/defects.js';
import { effectiveProfile } from '../../shared/rules/profiles.js';
import { percentile } from '../../shared/platform/stats.js';
import { systemicAlerts } from '../../shared/analytics/systemic.js';

/**
 * Eight orders of February-March 2026, every figure below worked out by hand (see the comments). All times are
 * 09:00 UTC unless said; the repair deadline is overridden to 10 calendar days to keep the sums short.
 */
const at = (date: string, time = '09:00') => `${date}T${time}:00.000Z`;
type Step = [date: string, to: AnalyticsOrder['status'], time?: string];
function order(fields: Partial<AnalyticsOrder> & { deviceId: string; model: string; steps: Step[] }): AnalyticsOrder {
  const timeline = fields.steps.map(([date, to, time]) => ({ at: at(date, time), to }));
  const issued = timeline.find((e) => e.to === 'issued');
  return {
    receivedAt: timeline[0].at,
    receivedOn: timeline[0].at.slice(0, 10),
    handedBackAt: issued?.at,
    handedBackOn: issued?.at.slice(0, 10),
    readyOn: timeline.find((e) => e.to === 'ready')?.at.slice(0, 10),
    status: timeline.at(-1)!.to,
    outcome: issued ? 'repaired' : undefined,
    warrantyBasis: 'manufacturer',
    consumer: true,
    cost: 0,
    parts: [],
    timeline,
    ...fields,
  };
}

const S23 = 'Samsung Galaxy S23';
const BOSCH = 'Bosch WAN28281';
const LG = 'LG 55UR78006LK';

const ORDERS: AnalyticsOrder[] = [
  // O7: received before the period, handed back in it (14 days; promised 30 Jan, ready 2 Feb: late).
  order({
    deviceId: 'd6', model: S23, technicianId: 'T2', warrantyBasis: 'paid', cost: 30_000, paid: 30_000, promisedDate: '2026-01-30', satisfaction: 2,
    steps: [['2026-01-20', 'received'], ['2026-02-02', 'ready'], ['2026-02-03', 'issued']],
  }),
  // O1: 4 days; legal due 12 Feb, promised 5 Feb, ready 5 Feb: both kept. 92 days after purchase.
  order({
    deviceId: 'd1', model: S23, technicianId: 'T1', promisedDate: '2026-02-05', cost: 10_000, purchaseDate: '2025-11-02', satisfaction: 5,
    defects: [{ symptom: 'S02', cause: 'C01', component: 'K03', action: 'A01' }],
    parts: [{ key: 'LCD-S23', name: 'Display S23', quantity: 1 }],
    steps: [['2026-02-02', 'received'], ['2026-02-03', 'diagnosing'], ['2026-02-04', 'in_repair'], ['2026-02-05', 'ready'], ['2026-02-06', 'issued']],
  }),
  // O2: 14 days; legal due 20 Feb and promised 20 Feb, ready 23 Feb: both missed. 337 days after purchase.
  order({
    deviceId: 'd2', model: S23, technicianId: 'T2', warrantyBasis: 'statutory', promisedDate: '2026-02-20', cost: 25_000, purchaseDate: '2025-03-10', satisfaction: 3,
    defects: [{ cause: 'C01', component: 'K03' }, { cause: 'C10', component: 'K05' }],
    parts: [{ key: 'LCD-S23', name: 'Display S23', quantity: 1 }, { key: 'PORT-S23', name: 'USB-C port', quantity: 2 }],
    steps: [['2026-02-10', 'received'], ['2026-02-10', 'diagnosing', '21:00'], ['2026-02-11', 'awaiting_parts'], ['2026-02-21', 'in_repair'], ['2026-02-23', 'ready'], ['2026-02-24', 'issued']],
  }),
  // O8: cancelled after 12 hours, handed back a day after receipt: no repair, no legal deadline. No codes: a reported failure.
  order({
    deviceId: 'd7', model: S23,
    steps: [['2026-02-15', 'received'], ['2026-02-15', 'cancelled', '21:00'], ['2026-02-16', 'issued']],
  }),
  // O3: d1 again 24 days after its hand-back: a repeat. 2.25 days. No fault found: not a failure. 120 days after purchase.
  order({
    deviceId: 'd1', model: S23, technicianId: 'T1', warrantyBasis: 'repeat_repair', purchaseDate: '2025-11-02', satisfaction: 4,
    defects: [{ cause: 'C40' }],
    steps: [['2026-03-02', 'received'], ['2026-03-03', 'diagnosing'], ['2026-03-04', 'ready'], ['2026-03-04', 'issued', '15:00']],
  }),
  // O4: paid, 7 days, promised 10 Mar, ready 10 Mar: kept. Wear. 1,096 days after purchase.
  order({
    deviceId: 'd3', model: BOSCH, technicianId: 'T2', warrantyBasis: 'paid', promisedDate: '2026-03-10', cost: 45_000, paid: 45_000, purchaseDate: '2023-03-05',
    defects: [{ cause: 'C30', component: 'K06' }],
    parts: [{ key: 'BELT', name: 'Drive belt', quantity: 1 }],
    steps: [['2026-03-05', 'received'], ['2026-03-06', 'diagnosing'], ['2026-03-07', 'awaiting_approval'], ['2026-03-09', 'in_repair'], ['2026-03-10', 'ready'], ['2026-03-12', 'issued']],
  }),
  // O5: open, in repair since 22 Mar (9 days until "now", 31 Mar 09:00).
  order({
    deviceId: 'd4', model: BOSCH, technicianId: 'T1',
    defects: [{ cause: 'C01', component: 'K06' }],
    steps: [['2026-03-20', 'received'], ['2026-03-21', 'diagnosing'], ['2026-03-22', 'in_repair']],
  }),
  // O6: a company's unit, goodwill, waiting since 25 Mar (6 days). 24 days after purchase.
  order({ deviceId: 'd5', model: LG, consumer: false, warrantyBasis: 'goodwill', purchaseDate: '2026-03-01', steps: [['2026-03-25', 'received']] }),
];

// Built inside each test, not when the file loads: a mutant that breaks the analysis then fails the tests, where a
// file that cannot load would only be reported as a load error (and a mutation run takes that for a survivor).
const report = () => analyse({
  orders: ORDERS,
  from: '2026-02-01',
  to: '2026-03-31',
  bucket: 'month',
  now: at('2026-03-31'),
  profile: effectiveProfile('ru', { repairDeadlineDays: 10 }),
  holidays: [],
  unitsSold: new Map([[S23, 200], [BOSCH, 50]]),
  causeCategory: new Map(DEFAULT_DEFECT_CODES.filter((c) => c.category).map((c) => [c.code, c.category!])),
});

describe('analytics on a hand-checked data set', () => {
  it('counts orders received and handed back per month', () => {
    expect(report().volume).toEqual({
      received: 7,
      handedBack: 6,
      series: [
        { bucket: '2026-02', received: 3, handedBack: 4 },
        { bucket: '2026-03', received: 4, handedBack: 2 },
      ],
    });
  });

  it('gives the turnaround median and 90th percentile of the orders handed back', () => {
    // 1, 2.25, 4, 7, 14, 14 days: median (4 + 7) / 2, p90 the 6th of 6, mean 42.25 / 6.
    expect(report().turnaround).toEqual({ count: 6, median: 5.5, p90: 14, mean: 7 });
  });

  it('gives the time spent in each status, open orders until now', () => {
    const by = Object.fromEntries(report().timeInStatus.map(({ status, ...s }) => [status, s]));
    expect(by.received).toEqual({ count: 7, median: 1, p90: 6, mean: 1.6 });
    expect(by.diagnosing).toEqual({ count: 5, median: 1, p90: 1, mean: 0.9 });
    expect(by.in_repair).toEqual({ count: 4, median: 1.5, p90: 9, mean: 3.3 });
    expect(by.ready).toEqual({ count: 4, median: 1, p90: 2, mean: 1.1 });
    expect(by.awaiting_parts).toEqual({ count: 1, median: 10, p90: 10, mean: 10 });
    expect(by.awaiting_approval).toEqual({ count: 1, median: 2, p90: 2, mean: 2 });
    expect(by.cancelled).toEqual({ count: 1, median: 0.5, p90: 0.5, mean: 0.5 });
    expect(by.issued).toBeUndefined();
  });

  it('gives the share within the legal deadline and within the promised date', () => {
    // Legal: O1 (ready 5 Feb, due 12 Feb) and O3 (ready 4 Mar, due 12 Mar) within; O2 (ready 23 Feb, due 20 Feb)
    // missed; O5 still in repair, due Monday 30 Mar, past by 31 Mar: missed. O8 was cancelled: not counted.
    expect(report().deadlines).toEqual({ legal: { total: 4, within: 2, share: 0.5 }, promised: { total: 4, kept: 2, share: 0.5 } });
  });

  it('gives each technician\'s workload', () => {
    expect(report().technicians).toEqual([
      { technicianId: 'T1', received: 3, handedBack: 2, open: 1, turnaroundMedian: 3.1 },
      { technicianId: 'T2', received: 2, handedBack: 3, open: 0, turnaroundMedian: 14 },
    ]);
  });

  it('splits warranty, paid and goodwill work with their cost', () => {
    expect(report().basis).toEqual([
      { group: 'warranty', orders: 4, share: 0.6667, cost: 35_000, paid: 0 },
      { group: 'paid', orders: 2, share: 0.3333, cost: 75_000, paid: 75_000 },
      { group: 'goodwill', orders: 0, share: 0, cost: 0, paid: 0 },
    ]);
  });

  it('gives failures per model with the manufacturing-defect rate per unit sold, and causes by category', () => {
    expect(report().models.map(({ model, orders, failures, manufacturing, unitsSold, rate }) => ({ model, orders, failures, manufacturing, unitsSold, rate }))).toEqual([
      { model: S23, orders: 4, failures: 3, manufacturing: 2, unitsSold: 200, rate: 0.01 },
      { model: BOSCH, orders: 2, failures: 2, manufacturing: 1, unitsSold: 50, rate: 0.02 },
      { model: LG, orders: 1, failures: 1, manufacturing: 0, unitsSold: null, rate: null },
    ]);
    expect(report().models[0].causes).toEqual({ C01: 2, C10: 1, C40: 1 });
    expect(report().models[0].categories).toMatchObject({ manufacturing_defect: 2, operation_violation: 1, no_fault_found: 1, wear: 0 });
    expect(report().categories).toEqual({ manufacturing_defect: 3, operation_violation: 1, external_damage: 0, wear: 1, no_fault_found: 1 });
    expect(report().causes).toEqual([
      { cause: 'C01', category: 'manufacturing_defect', count: 3 },
      { cause: 'C10', category: 'operation_violation', count: 1 },
      { cause: 'C30', category: 'wear', count: 1 },
      { cause: 'C40', category: 'no_fault_found', count: 1 },
    ]);
    expect(report().components).toEqual([
      { component: 'K03', count: 2 },
      { component: 'K06', count: 2 },
      { component: 'K05', count: 1 },
    ]);
  });

  it('gives the time in service at failure and the repeat-repair rate', () => {
    // 24, 92, 120, 337 and 1,096 days; bands <3, 3-6, 6-12, 12-24, 24+ months.
    expect(report().serviceAge).toEqual({ count: 5, median: 120, p90: 1096, mean: 333.8, bands: [1, 2, 1, 0, 1] });
    expect(report().repeat).toEqual({ orders: 7, repeats: 1, share: 0.1429, windowDays: 90 });
  });

  it('counts a comeback as a repeat repair only after a repair, and only when received after that hand-back', () => {
    const base = { from: '2026-01-01', to: '2026-06-30', bucket: 'month' as const, now: at('2026-06-30'), profile: effectiveProfile('custom'), holidays: [], unitsSold: new Map(), causeCategory: new Map() };
    const first = (outcome: AnalyticsOrder['outcome']) =>
      order({ deviceId: 'r1', model: S23, outcome, steps: [['2026-02-01', 'received'], ['2026-02-05', 'issued']] });
    const back = order({ deviceId: 'r1', model: S23, steps: [['2026-03-01', 'received'], ['2026-03-03', 'issued']] });
    expect(analyse({ ...base, orders: [first('repaired'), back] }).repeat).toMatchObject({ orders: 2, repeats: 1 });
    // Refused or replaced last time: the unit was not repaired, so coming back is no repeat repair.
    expect(analyse({ ...base, orders: [first('refused'), back] }).repeat).toMatchObject({ orders: 2, repeats: 0 });
    expect(analyse({ ...base, orders: [first('replaced'), back] }).repeat).toMatchObject({ orders: 2, repeats: 0 });
    // A second order opened before the first unit was handed back (stored after it) is not a comeback.
    const overlapping = order({ deviceId: 'r1', model: S23, steps: [['2026-02-03', 'received'], ['2026-02-10', 'issued']] });
    expect(analyse({ ...base, orders: [first('repaired'), overlapping] }).repeat).toMatchObject({ orders: 2, repeats: 0 });
  });

  it('counts the parts used on the orders, and passes supplier returns through', () => {
    expect(report().parts).toEqual([
      { key: 'LCD-S23', name: 'Display S23', quantity: 2, orders: 2 },
      { key: 'PORT-S23', name: 'USB-C port', quantity: 2, orders: 1 },
      { key: 'BELT', name: 'Drive belt', quantity: 1, orders: 1 },
    ]);
    expect(report().supplierDefective).toEqual([]);
  });

  it('averages customer satisfaction per month of hand-back', () => {
    expect(report().satisfaction).toEqual({
      responses: 4,
      average: 3.5,
      series: [
        { bucket: '2026-02', responses: 3, average: 3.33 },
        { bucket: '2026-03', responses: 1, average: 4 },
      ],
    });
  });
});

describe('buckets and percentiles', () => {
  it('puts a date in the week starting on its Monday, and lists every bucket of a period', () => {
    expect(bucketOf('2026-03-01', 'week')).toBe('2026-02-23'); // a Sunday
    expect(bucketOf('2026-03-02', 'week')).toBe('2026-03-02');
    expect(bucketsBetween('2026-02-25', '2026-03-10', 'week')).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
    expect(bucketsBetween('2025-11-15', '2026-02-01', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('takes the nearest-rank percentile and the usual median', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([], 0.9)).toBeNull();
  });
});

describe('the legal repair deadline in the analytics, Russia (45 days; Civil Code Art. 193)', () => {
  const ru = effectiveProfile('ru');
  const base = { from: '2026-04-01', to: '2026-04-30', bucket: 'month' as const, now: at('2026-04-30'), profile: ru, unitsSold: new Map(), causeCategory: new Map() };

  it('moves a deadline ending on a rest day or the workshop\'s holiday to the next working day', () => {
    // Received Sunday 22 Feb: 45 days end on Wednesday 8 April — a holiday this workshop keeps, so Thursday 9 April.
    // Ready on 9 April: within. Without the holiday it would have been one day late.
    const late = order({ deviceId: 'h1', model: S23, steps: [['2026-02-22', 'received'], ['2026-04-09', 'ready'], ['2026-04-10', 'issued']] });
    expect(analyse({ ...base, orders: [late], holidays: ['2026-04-08'] }).deadlines.legal).toEqual({ total: 1, within: 1, share: 1 });
    expect(analyse({ ...base, orders: [late], holidays: [] }).deadlines.legal).toEqual({ total: 1, within: 0, share: 0 });
    // From Thursday 19 February 45 days end on Sunday 5 April: the deadline is Monday 6 April.
    const weekend = order({ deviceId: 'h2', model: S23, steps: [['2026-02-19', 'received'], ['2026-04-06', 'ready'], ['2026-04-07', 'issued']] });
    expect(analyse({ ...base, orders: [weekend], holidays: [] }).deadlines.legal).toEqual({ total: 1, within: 1, share: 1 });
  });

  it('counts an order still unrepaired past its deadline as missed, and a cancelled one not at all', () => {
    const open = order({ deviceId: 'o1', model: S23, steps: [['2026-03-02', 'received'], ['2026-03-03', 'in_repair']] }); // due 16 Apr
    const notYet = order({ deviceId: 'o2', model: S23, steps: [['2026-03-20', 'received']] }); // due 4 May: still running
    const cancelled = order({ deviceId: 'o3', model: S23, steps: [['2026-02-20', 'received'], ['2026-04-10', 'cancelled']] });
    expect(analyse({ ...base, orders: [open, notYet, cancelled], holidays: [] }).deadlines.legal).toEqual({ total: 1, within: 0, share: 0 });
  });
});

describe('systemic-defect alerts', () => {
  const categories = new Map(DEFAULT_DEFECT_CODES.filter((c) => c.category).map((c) => [c.code, c.category!]));
  const row = (model: string, failures: number, manufacturing: number, unitsSold: number | null, causes: Record<string, number>) => ({
    model,
    orders: failures,
    failures,
    manufacturing,
    unitsSold,
    rate: null,
    categories: report().categories,
    causes,
  });

  it('raises a model whose manufacturing-defect rate or one manufacturing cause crosses the threshold, never on too few failures or on "no fault found"', () => {
    const alerts = systemicAlerts(
      [
        row('A', 12, 6, 300, { C01: 6, C10: 2 }), // 6 manufacturing failures: 2.0% of units; C01 all of them
        row('B', 6, 0, 1000, { C40: 6 }), // no fault found ignored
        row('C', 3, 3, 10, { C01: 3 }), // 30% but only 3 failures
        row('D', 8, 0, null, { C20: 4, C30: 4 }), // units unknown; damage and wear are not production's
      ],
      { failureRatePercent: 2, causeSharePercent: 40, minFailures: 5 },
      categories,
    );
    expect(alerts).toEqual([
      { kind: 'cause_share', model: 'A', failures: 6, unitsSold: 300, value: 100, threshold: 40, cause: 'C01', causeCount: 6 },
      { kind: 'failure_rate', model: 'A', failures: 6, unitsSold: 300, value: 2, threshold: 2 },
    ]);
  });

  it('never raises a model for damage its customers caused: liquid damage is not a systemic defect', () => {
    // 20 failures of 100 units sold, 18 of them liquid damage (operation violation), 2 manufacturing.
    const flooded = row('E', 20, 2, 100, { C10: 18, C01: 2 });
    expect(systemicAlerts([flooded], { failureRatePercent: 5, causeSharePercent: 50, minFailures: 2 }, categories)).toEqual([
      { kind: 'cause_share', model: 'E', failures: 2, unitsSold: 100, value: 100, threshold: 50, cause: 'C01', causeCount: 2 },
    ]);
    expect(systemicAlerts([flooded], { failureRatePercent: 5, causeSharePercent: 50, minFailures: 3 }, categories)).toEqual([]);
  });
});
