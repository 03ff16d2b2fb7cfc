import { z } from 'zod';
import { Id, IsoDate, Language } from '../platform/common.js';
import { PaymentMethod } from '../payments/index.js';
import { WarrantyBasis } from '../orders/index.js';
import { CounterpartyClaim } from '../claims/index.js';

/** At most this many days in one report (ten years): a range beyond is a typing mistake. */
export const MAX_REPORT_DAYS = 3660;

const Range = { from: IsoDate, to: IsoDate };
const inOrder = (p: { from: string; to: string }) => p.from <= p.to;
const BEFORE_FROM = { message: 'before_from', path: ['to'] };

export const ReportInput = z.strictObject(Range).refine(inOrder, BEFORE_FROM);

/** The report's tables as files: CSV holds one table, XLSX every table, one sheet each. */
export const REPORT_TABLES = ['takings', 'staff', 'tax', 'warranty'] as const;
export const ReportTable = z.enum(REPORT_TABLES);
export type ReportTable = z.infer<typeof ReportTable>;
export const ReportExportInput = z
  .strictObject({ ...Range, format: z.enum(['csv', 'xlsx']), table: ReportTable.default('takings'), language: Language.optional() })
  .refine(inOrder, BEFORE_FROM);
export const ReportFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
  /** Where the main process wrote it (the data folder's exports/reports/). */
  file: z.string(),
});

const Flow = z.object({ paid: z.int(), refunded: z.int(), net: z.int(), count: z.int() });
const Methods = z.record(PaymentMethod, Flow);
const Taxed = z.object({ net: z.int(), tax: z.int(), gross: z.int() });

export const MoneyReport = z.object({
  from: IsoDate,
  to: IsoDate,
  takings: z.object({
    days: z.array(z.object({ date: IsoDate, methods: Methods, total: Flow })),
    staff: z.array(z.object({ staffId: z.string(), name: z.string(), methods: Methods, total: Flow })),
    methods: Methods,
    total: Flow,
  }),
  tax: z.object({
    rates: z.array(Taxed.extend({ rate: z.int().nullable(), from: IsoDate.optional(), documents: z.int() })),
    total: Taxed.extend({ documents: z.int() }),
    source: z.object({ source: z.string(), confirmed: z.boolean(), key: z.string(), preset: z.string().optional() }),
    profile: z.string(),
    exempt: z.boolean(),
  }),
  warranty: z.object({
    rows: z.array(
      z.object({
        orderId: Id,
        number: z.string(),
        basis: WarrantyBasis,
        completedOn: IsoDate,
        device: z.string(),
        manufacturerId: Id.optional(),
        manufacturerName: z.string().optional(),
        value: z.int(),
        customer: z.int(),
        partsAtCost: z.int(),
        labour: z.int(),
        unknownCostParts: z.int(),
        cost: z.int(),
        claimed: z.int(),
        reimbursed: z.int(),
        difference: z.int(),
        claims: z.array(CounterpartyClaim.pick({ id: true, number: true, status: true })),
      }),
    ),
    total: z.object({
      value: z.int(),
      partsAtCost: z.int(),
      labour: z.int(),
      unknownCostParts: z.int(),
      cost: z.int(),
      claimed: z.int(),
      reimbursed: z.int(),
      difference: z.int(),
      orders: z.int(),
      unclaimed: z.int(),
    }),
  }),
});
export type MoneyReport = z.infer<typeof MoneyReport>;
