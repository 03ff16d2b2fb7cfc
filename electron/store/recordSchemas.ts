import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { Claim } from '../../shared/schemas/claim.js';
import { Counterparty } from '../../shared/schemas/counterparty.js';
import { CounterpartyClaim, Examination } from '../../shared/schemas/counterpartyClaim.js';
import { Customer } from '../../shared/schemas/customer.js';
import { DefectCodeRecord } from '../../shared/schemas/defect.js';
import { Device } from '../../shared/schemas/device.js';
import { IssuedDocument } from '../../shared/schemas/document.js';
import { LabourOperation } from '../../shared/schemas/labour.js';
import { Loan, LoanerUnit } from '../../shared/schemas/loan.js';
import { RepairOrder } from '../../shared/schemas/order.js';
import { Part, StockMove } from '../../shared/schemas/part.js';
import { ProductModel } from '../../shared/schemas/productModel.js';
import { Requisition } from '../../shared/schemas/requisition.js';
import { Sale } from '../../shared/schemas/sale.js';
import { Shipment } from '../../shared/schemas/shipment.js';
import { StaffMember } from '../../shared/schemas/staff.js';

/**
 * A path kept in a record (an issued PDF, the logo): relative, inside its folder of the data folder, no "..", no
 * drive, no NUL. A record naming any other path (a crafted archive pointed one at /etc/hostname) is not loaded.
 */
export function isSafeDataPath(path: unknown, folder: string): boolean {
  if (typeof path !== 'string' || !path || path.includes('\0') || isAbsolute(path) || /^[a-zA-Z]:/.test(path) || /^[\\/]/.test(path)) return false;
  const parts = path.split(/[\\/]/);
  return parts[0] === folder && parts.length > 1 && parts.every((part) => part !== '..' && part !== '.' && part !== '');
}

const StaffRecord = StaffMember.omit({ hasPin: true }).extend({ pinHash: z.string().optional() });

/** Settings saved before a setting existed take its default (services/settings.ts): only the shape that matters. */
const SettingsRecord = z.looseObject({
  id: z.literal('settings'),
  logo: z.looseObject({ file: z.string().refine((file) => isSafeDataPath(file, 'profile'), 'unsafe_path') }).optional(),
});

const StoredDocument = IssuedDocument.refine((document) => isSafeDataPath(document.file, 'documents'), { path: ['file'], message: 'unsafe_path' });

/** The schema of each collection's records (by collection name): every record is checked against it on load. */
export const RECORD_SCHEMAS: Record<string, z.ZodType> = {
  staff: StaffRecord,
  customers: Customer,
  devices: Device,
  orders: RepairOrder,
  documents: StoredDocument,
  settings: SettingsRecord,
  models: ProductModel,
  loaners: LoanerUnit,
  loans: Loan,
  counterparties: Counterparty,
  parts: Part,
  'stock-moves': StockMove,
  requisitions: Requisition,
  labour: LabourOperation,
  sales: Sale,
  claims: Claim,
  defectCodes: DefectCodeRecord,
  counterpartyClaims: CounterpartyClaim,
  examinations: Examination,
  shipments: Shipment,
};

/**
 * Why a record of a collection cannot be used, or undefined when it can. A field the schema does not know is no
 * reason (a record is not unusable for carrying more); a missing or malformed one is.
 */
export function recordProblem(collection: string, record: unknown): string | undefined {
  if (!record || typeof record !== 'object' || typeof (record as { id?: unknown }).id !== 'string') return 'no id';
  const schema = RECORD_SCHEMAS[collection];
  if (!schema) return undefined;
  const result = schema.safeParse(record);
  if (result.success) return undefined;
  const issues = result.error.issues.filter((issue) => issue.code !== 'unrecognized_keys');
  if (!issues.length) return undefined;
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
    .join('; ');
}
