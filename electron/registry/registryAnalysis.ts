import { DomainError } from '../../shared/platform/result.js';
import { type ColumnMapping, readRegistryRow, type RegistryRow, suggestMapping } from '../../shared/registry/index.js';
import { readRegistryFile } from './registryFile.js';

/** A catalogue model, as the check of registry rows needs it. */
export interface CatalogueModel {
  brand: string;
  model: string;
}

export interface RegistryAnalysis {
  headers: string[];
  columns: ColumnMapping;
  counts: { rows: number; valid: number; invalid: number; merged: number };
  /** The first rows, and the first rows with errors, as the preview shows them. */
  sample: RegistryRow[];
  invalid: RegistryRow[];
  /** The valid rows, one per unit (duplicates merged); only their keys when `keysOnly`. */
  units: RegistryRow[];
}

const normal = (text: string) => text.trim().toLocaleLowerCase();

/** Rows with the same unit (IMEI, or brand + serial) are merged: later rows fill in what earlier ones left out. */
function mergeDuplicates(rows: RegistryRow[]): { units: RegistryRow[]; merged: number } {
  const byKey = new Map<string, RegistryRow>();
  let merged = 0;
  for (const row of rows) {
    const first = row.key ? byKey.get(row.key) : undefined;
    if (!first) {
      if (row.key) byKey.set(row.key, row);
      continue;
    }
    merged++;
    for (const [field, value] of Object.entries(row.values)) {
      const values = first.values as Record<string, unknown>;
      if (values[field] === undefined) values[field] = value;
    }
  }
  return { units: [...byKey.values()], merged };
}

/**
 * A registry file read and checked row by row (the work that grows with the file, done in the registry worker):
 * the mapping (given, or suggested from the headers), every row's values and errors by line (a model the
 * catalogue does not list for its brand is an error), duplicates merged. What needs the store (which units are
 * known) is left to the service.
 */
export async function analyseRegistryFile(
  fileName: string,
  content: Uint8Array,
  options: { mapping?: ColumnMapping; today: string; catalogue: readonly CatalogueModel[]; keysOnly?: boolean },
): Promise<RegistryAnalysis> {
  const table = await readRegistryFile(fileName, content);
  const columns = options.mapping ?? suggestMapping(table.headers);
  for (const [field, index] of Object.entries(columns)) {
    if (index !== undefined && (index < 0 || index >= table.headers.length)) {
      throw new DomainError('validation', `Column ${index + 1} does not exist.`, { [`mapping.${field}`]: 'invalid_choice' });
    }
  }
  const modelsOfBrand = new Map<string, Set<string>>();
  for (const { brand, model } of options.catalogue) {
    const models = modelsOfBrand.get(normal(brand)) ?? new Set<string>();
    modelsOfBrand.set(normal(brand), models.add(normal(model)));
  }
  // Line numbers as a spreadsheet shows them: the header is line 1.
  const rows = table.rows.map((cells, i) => {
    const row = readRegistryRow(cells, columns, i + 2, options.today);
    const { brand, model } = row.values;
    const known = brand ? modelsOfBrand.get(normal(brand)) : undefined;
    // A model is unknown when the catalogue lists models of its brand, but not this one.
    if (brand && model && !row.errors.model && known && !known.has(normal(model))) row.errors.model = 'unknown_model';
    return row;
  });
  const valid = rows.filter((r) => Object.keys(r.errors).length === 0);
  const { units, merged } = mergeDuplicates(valid);
  return {
    headers: table.headers,
    columns,
    counts: { rows: rows.length, valid: valid.length, invalid: rows.length - valid.length, merged },
    sample: rows.slice(0, 50),
    invalid: rows.filter((r) => Object.keys(r.errors).length > 0).slice(0, 500),
    units: options.keysOnly ? units.map((u) => ({ line: u.line, values: {}, errors: {}, key: u.key })) : units,
  };
}
