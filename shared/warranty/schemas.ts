import { z } from 'zod';
import { PROFILE_IDS } from '../rules/index.js';
import { REGISTRY_FIELDS } from '../registry/index.js';
import { Id, IsoDate, numberError, Text } from '../platform/common.js';
import { Customer } from '../customers/index.js';
import { Device } from '../devices/index.js';
import { OrderListRow, WarrantyBasis } from '../orders/index.js';

export const ProfileId = z.enum(PROFILE_IDS);

const RuleKeyName = z.enum([
  'weeklyRestDays',
  'consumersOnly',
  'termEndsOnWorkingDay',
  'repairDeadlineDays',
  'repairDeadlineCounting',
  'loanerDeadlineDays',
  'minimumWarrantyMonths',
  'repairExtension',
  'repairExtensionFrom',
  'replacementRestartsWarranty',
  'replacedComponentFullWarranty',
  'claimWindowNoWarrantyMonths',
  'claimWindowAfterWarrantyMonths',
  'significantDefectYears',
  'presumptionMonths',
  'refundDays',
  'refundTermFromAgreement',
  'replacementDays',
  'replacementCheckDays',
  'replacementNoStockMonths',
  'repairCostsDays',
  'penaltyDemandDays',
  'penaltyPercentPerDay',
  'shortTermRejectDays',
  'warrantyFromInstallation',
]);

const Days = z.int('invalid_number').min(0, 'negative').max(3650, 'too_large').nullable();
const Months = z.int('invalid_number').min(0, 'negative').max(600, 'too_large').nullable();

/** What the workshop may override in its rule profile, each value checked for its kind. */
export const RuleOverrides = z.strictObject({
  weeklyRestDays: z.array(z.int().min(0).max(6)).max(6, 'too_many').optional(),
  consumersOnly: z.boolean().optional(),
  termEndsOnWorkingDay: z.boolean().optional(),
  repairDeadlineDays: Days.optional(),
  repairDeadlineCounting: z.enum(['calendar', 'working']).optional(),
  loanerDeadlineDays: Days.optional(),
  minimumWarrantyMonths: Months.optional(),
  repairExtension: z.enum(['days_out_of_use', 'plus_12_months_once', 'none']).optional(),
  repairExtensionFrom: IsoDate.nullable().optional(),
  replacementRestartsWarranty: z.boolean().optional(),
  replacedComponentFullWarranty: z.boolean().optional(),
  claimWindowNoWarrantyMonths: Months.optional(),
  claimWindowAfterWarrantyMonths: Months.optional(),
  significantDefectYears: z.int('invalid_number').min(0, 'negative').max(50, 'too_large').nullable().optional(),
  presumptionMonths: Months.optional(),
  refundDays: Days.optional(),
  refundTermFromAgreement: z.boolean().optional(),
  replacementDays: Days.optional(),
  replacementCheckDays: Days.optional(),
  replacementNoStockMonths: Months.optional(),
  repairCostsDays: Days.optional(),
  penaltyDemandDays: Days.optional(),
  penaltyPercentPerDay: z.number('invalid_number').min(0, 'negative').max(100, 'too_large').nullable().optional(),
  shortTermRejectDays: Days.optional(),
  warrantyFromInstallation: z.boolean().optional(),
});

export const EffectiveProfileOutput = z.object({
  id: ProfileId,
  values: z.record(z.string(), z.unknown()),
  sources: z.record(z.string(), z.object({ source: z.string(), confirmed: z.boolean() })),
  overridden: z.array(RuleKeyName),
});

const BasisStep = z.union([
  z.object({ kind: z.literal('start'), from: z.enum(['purchase', 'installation', 'replacement']), date: z.string(), order: z.string().optional() }),
  z.object({ kind: z.literal('months'), months: z.int(), minimum: z.boolean() }),
  z.object({ kind: z.literal('repair_days'), days: z.int(), order: z.string(), ongoing: z.boolean() }),
  z.object({ kind: z.literal('repair_months'), months: z.int(), order: z.string() }),
]);

export const WarrantyAnswer = z.object({
  status: z.enum(['under_warranty', 'extended', 'void', 'expired', 'unknown']),
  start: z.string().optional(),
  end: z.string().optional(),
  extendedUntil: z.string().optional(),
  daysLeft: z.int().optional(),
  steps: z.array(BasisStep),
  voided: z.object({ at: z.string(), by: Id, reason: z.string(), note: z.string().optional() }).optional(),
  windows: z.array(z.object({ rule: RuleKeyName, until: z.string(), open: z.boolean() })),
  repairWarranties: z.array(z.object({ order: z.string(), description: z.string(), until: z.string() })),
  repeatRepairs: z.int(),
  suggestedBasis: WarrantyBasis,
});

export const WarrantyCard = z.object({
  device: Device,
  owner: Customer,
  warranty: WarrantyAnswer,
  /** Every order of the unit, newest first. */
  history: z.array(OrderListRow.extend({ statedDefect: z.string(), diagnosis: z.string().optional() })),
  profile: ProfileId,
});
export type WarrantyCard = z.infer<typeof WarrantyCard>;

export const WarrantyCheckInput = z.strictObject({ code: z.string().trim().min(1, 'required').max(80, 'too_long') });

export const ExpiringInput = z.strictObject({
  withinDays: z.int('invalid_number').min(0, 'negative').max(3650, 'too_large').default(30),
  pastDays: z.int('invalid_number').min(0, 'negative').max(3650, 'too_large').default(30),
  model: z.string().trim().max(120, 'too_long').default(''),
  customer: z.string().trim().max(160, 'too_long').default(''),
});
export const ExpiringRow = z.object({
  deviceId: Id,
  end: z.string(),
  daysLeft: z.int(),
  status: WarrantyAnswer.shape.status,
  brand: z.string(),
  model: z.string(),
  serial: z.string(),
  customerName: z.string(),
  customerPhone: z.string(),
  customerEmail: z.string(),
});

const RegistryFieldName = z.enum(REGISTRY_FIELDS);
export const ColumnMappingSchema = z.partialRecord(RegistryFieldName, z.int({ error: numberError('invalid_number') }).min(0, 'negative').max(999, 'too_large'));

/** A registry file travels as base64 (at most about 10 MB of file). */
export const RegistryFileInput = z.strictObject({
  fileName: Text(200),
  contentBase64: z.string().min(1, 'required').max(14_000_000, 'too_large'),
  mapping: ColumnMappingSchema.optional(),
});
export const RegistryImportInput = RegistryFileInput;

const RegistryRowSchema = z.object({
  line: z.int(),
  values: z.record(z.string(), z.unknown()),
  errors: z.record(z.string(), z.string()),
  key: z.string().optional(),
});
export const RegistryPreview = z.object({
  headers: z.array(z.string()),
  mapping: ColumnMappingSchema,
  sample: z.array(RegistryRowSchema),
  invalid: z.array(RegistryRowSchema),
  counts: z.object({ rows: z.int(), valid: z.int(), invalid: z.int(), merged: z.int(), new: z.int(), known: z.int() }),
});
export const RegistryImportResult = z.object({
  rows: z.int(),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  merged: z.int(),
  invalid: z.int(),
});
