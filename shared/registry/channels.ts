import { z } from 'zod';
import { RegistryFileInput, RegistryImportInput, RegistryImportResult, RegistryPreview } from '../warranty/index.js';
import { ProductModel, ProductModelSaveInput } from './productModel.js';

const Empty = z.strictObject({});

/** The registry channels: every name starts with "registry.". */
export const registryChannels = {
  'registry.models.list': {
    summary: 'The product model catalogue: default warranty and service life of each model.',
    input: Empty,
    output: z.array(ProductModel),
  },
  'registry.models.save': {
    summary: 'Add a model to the catalogue, or change one (managers only); brand and model are unique together.',
    input: ProductModelSaveInput,
    output: ProductModel,
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
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
