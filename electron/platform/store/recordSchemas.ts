import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { Claim } from '../../../shared/claims/index.js';
import { Counterparty } from '../../../shared/parts/index.js';
import { CounterpartyClaim, Examination } from '../../../shared/claims/index.js';
import { Customer } from '../../../shared/customers/index.js';
import { DefectCodeRecord } from '../../../shared/defects/index.js';
import { Device } from '../../../shared/devices/index.js';
import { IssuedDocument } from '../../../shared/documents/index.js';
import { LabourOperation } from '../../../shared/parts/index.js';
import { Loan, LoanerUnit } from '../../../shared/loans/index.js';
import { RepairOrder } from '../../../shared/orders/index.js';
import { Part, StockMove } from '../../../shared/parts/index.js';
import { ProductModel } from '../../../shared/registry/index.js';
import { Requisition } from '../../../shared/parts/index.js';
import { Sale } from '../../../shared/parts/index.js';
import { Shipment } from '../../../shared/shipments/index.js';
import { CashDay, CashMovement, Payment } from '../../../shared/payments/index.js';
import { StaffMember } from '../../../shared/staff/index.js';
import { OutboxMessage } from '../../../shared/notifications/index.js';
import { StockLocation } from '../../../shared/parts/index.js';
import { Visit } from '../../../shared/visits/index.js';
import { Contract } from '../../../shared/contracts/index.js';

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
  payments: Payment,
  cashDays: CashDay,
  cashMovements: CashMovement,
  outbox: OutboxMessage,
  notificationSettings: z.looseObject({ id: z.literal('notifications') }),
  stockLocations: StockLocation,
  visits: Visit,
  contracts: Contract,
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
