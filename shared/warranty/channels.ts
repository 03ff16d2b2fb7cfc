import { z } from 'zod';
import { WarrantyUnvoidInput, WarrantyVoidInput } from '../devices/schemas.js';
import { ProductModel, ProductModelSaveInput } from '../registry/productModel.js';
import { EffectiveProfileOutput, ExpiringInput, ExpiringRow, RegistryFileInput, RegistryImportInput, RegistryImportResult, RegistryPreview, WarrantyCard, WarrantyCheckInput } from './schemas.js';

const Empty = z.strictObject({});

/** Warranty checks and voids, the rule profile, the product catalogue and the registry of sold units. */
export const warrantyChannels = {
  'models.list': {
    summary: 'The product model catalogue: default warranty and service life of each model.',
    input: Empty,
    output: z.array(ProductModel),
  },
  'models.save': {
    summary: 'Add a model to the catalogue, or change one (managers only); brand and model are unique together.',
    input: ProductModelSaveInput,
    output: ProductModel,
  },
  'warranty.check': {
    summary: 'The warranty card of every unit a code names (serial, IMEI or order number): status, end date with its basis, claim windows, history.',
    input: WarrantyCheckInput,
    output: z.array(WarrantyCard),
  },
  'warranty.void': {
    summary: "Void a unit's warranty (managers only), with a reason code and a note.",
    input: WarrantyVoidInput,
    output: WarrantyCard,
  },
  'warranty.unvoid': {
    summary: 'Undo a void (managers only); the void and its undoing stay in the history.',
    input: WarrantyUnvoidInput,
    output: WarrantyCard,
  },
  'warranty.expiring': {
    summary: 'Units whose warranty ends within N days or ended within the last N days, by end date; filter by model and customer.',
    input: ExpiringInput,
    output: z.array(ExpiringRow),
  },
  'registry.preview': {
    summary: 'Read a registry of sold units (CSV or XLSX, base64): columns, the suggested mapping, sample rows and every row error.',
    input: RegistryFileInput,
    output: RegistryPreview,
  },
  'registry.import': {
    summary: 'Import the valid rows of a registry of sold units: new units added, known ones updated, duplicates merged; the same file twice changes nothing.',
    input: RegistryImportInput,
    output: RegistryImportResult,
  },
  'rules.get': {
    summary: "The rule profile presets with the source of every value, the workshop's effective profile and its holiday list.",
    input: Empty,
    output: z.object({ presets: z.record(z.string(), z.unknown()), effective: EffectiveProfileOutput, holidays: z.array(z.string()) }),
    public: true,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
