import { z } from 'zod';
import { OrderDocumentsInput } from '../documents/index.js';
import { OrderCostOutput, StatementInput, StatementOutput, StatementPdfInput, WarrantyCostInput, WarrantyCostOutput } from './cost.js';
import { Counterparty, CounterpartyListInput, CounterpartySaveInput } from './counterparty.js';
import { LabourOperation, LabourSaveInput } from './labour.js';
import { CsvOutput, FileOutput, RequisitionGenerateInput, RequisitionGetInput, RequisitionListInput, RequisitionPdfInput, RequisitionReceiveInput, RequisitionSaveInput, RequisitionStateInput, RequisitionView } from './requisition.js';
import { Sale, SaleCreateInput, SaleListInput, SaleReceiptInput } from './sale.js';
import { LocationRow, LocationSaveInput, LocationStockInput, LocationStockRow, TransferInput } from './locations.js';
import { ArrivedInput, ArrivedRow, OrderPartsOutput, PartAdjustInput, PartLedgerInput, PartLedgerOutput, PartListInput, PartReceiveInput, PartRow, PartSaveInput, PartWriteOffInput, ReturnsSummaryInput, ReturnsSummaryRow, SupplierReturnInput, WaitingRow } from './schemas.js';

/** The parts channels: every name starts with "parts.". */
export const partsChannels = {
  'parts.counterparties.list': {
    summary: 'Suppliers, manufacturers, dealers, external service centres and labs, by name; optionally of one kind.',
    input: CounterpartyListInput,
    output: z.array(Counterparty),
  },
  'parts.counterparties.save': {
    summary: 'Add or edit a counterparty (name unique): kinds, contacts, legal details, brands a manufacturer answers for.',
    input: CounterpartySaveInput,
    output: Counterparty,
  },
  'parts.list': {
    summary: 'The parts catalogue with stock summed from the ledger (on hand, reserved, available), searched by SKU, name or compatible model; "attention" keeps parts below minimum or lacking for orders.',
    input: PartListInput,
    output: z.array(PartRow),
  },
  'parts.save': {
    summary: 'Add or edit a catalogue part (SKU unique); only a manager may allow a part to go below zero.',
    input: PartSaveInput,
    output: PartRow,
  },
  'parts.ledger': {
    summary: "A part's stock ledger, newest first: every move with who, when, why and the order it served.",
    input: PartLedgerInput,
    output: PartLedgerOutput,
  },
  'parts.receive': {
    summary: 'Receive goods into stock; orders waiting for the part get it reserved, oldest first, and are flagged when complete.',
    input: PartReceiveInput,
    output: PartRow,
  },
  'parts.adjust': {
    summary: 'Stock count (managers only): the ledger gets an adjustment to the counted on-hand, with the reason.',
    input: PartAdjustInput,
    output: PartRow,
  },
  'parts.writeOff': {
    summary: 'Write off stock (managers only), with the reason; never below what is reserved.',
    input: PartWriteOffInput,
    output: PartRow,
  },
  'parts.returnToSupplier': {
    summary: 'Return parts to a supplier: defective from the supplier, or damaged in the workshop (kept apart).',
    input: SupplierReturnInput,
    output: PartRow,
  },
  'parts.returnsSummary': {
    summary: 'Parts returned to suppliers in a period, per supplier and part, supplier defects apart from workshop damage.',
    input: ReturnsSummaryInput,
    output: z.array(ReturnsSummaryRow),
  },
  'parts.forOrder': {
    summary: 'The catalogue parts of an order: needed, reserved, consumed, still lacking, and whether they arrived.',
    input: OrderDocumentsInput,
    output: OrderPartsOutput,
  },
  'parts.waiting': {
    summary: 'Open orders that lack parts, oldest first, with what each lacks.',
    input: z.strictObject({}),
    output: z.array(WaitingRow),
  },
  'parts.arrived': {
    summary: 'Orders whose missing parts have arrived (flagged until their next status change); optionally of one technician.',
    input: ArrivedInput,
    output: z.array(ArrivedRow),
  },
  'parts.requisitions.generate': {
    summary: 'Draft requisitions, one per supplier, from what waiting orders lack and stock below minimum, less what is already on order.',
    input: RequisitionGenerateInput,
    output: z.array(RequisitionView),
  },
  'parts.requisitions.list': {
    summary: 'Requisitions, newest first, optionally in one state.',
    input: RequisitionListInput,
    output: z.array(RequisitionView),
  },
  'parts.requisitions.get': {
    summary: 'One requisition with its lines, parts and the orders they serve.',
    input: RequisitionGetInput,
    output: RequisitionView,
  },
  'parts.requisitions.save': {
    summary: 'Edit a draft requisition: supplier, note, lines (one per part, quantities fitting the unit).',
    input: RequisitionSaveInput,
    output: RequisitionView,
  },
  'parts.requisitions.setState': {
    summary: 'Mark a draft requisition sent, or cancel an open one.',
    input: RequisitionStateInput,
    output: RequisitionView,
  },
  'parts.requisitions.receive': {
    summary: 'Receive goods against a sent requisition, partly or fully (never more than ordered); receipts go to the ledger and serve waiting orders.',
    input: RequisitionReceiveInput,
    output: RequisitionView,
  },
  'parts.requisitions.pdf': {
    summary: 'The requisition as PDF in a language (printed at once in the desktop app), base64-encoded.',
    input: RequisitionPdfInput,
    output: FileOutput,
  },
  'parts.requisitions.csv': {
    summary: 'The requisition as CSV for a supplier or a spreadsheet.',
    input: RequisitionGetInput,
    output: CsvOutput,
  },
  'parts.labour.list': {
    summary: "The workshop's price list of labour operations: name, standard time, price, warranty days.",
    input: z.strictObject({ includeInactive: z.boolean().default(false) }),
    output: z.array(LabourOperation),
  },
  'parts.labour.save': {
    summary: 'Add or edit a labour operation (managers only); codes and names are unique.',
    input: LabourSaveInput,
    output: LabourOperation,
  },
  'parts.costs.order': {
    summary: 'What a repair cost the workshop: catalogue parts consumed at their cost, hand-typed parts at price, labour at the price list.',
    input: OrderDocumentsInput,
    output: OrderCostOutput,
  },
  'parts.costs.warranty': {
    summary: 'Cost of warranty work per brand and model for repairs completed in a period (optionally of one warranty basis), dearest first, with the total.',
    input: WarrantyCostInput,
    output: WarrantyCostOutput,
  },
  'parts.costs.warrantyCsv': {
    summary: 'The cost of warranty work per model as CSV.',
    input: WarrantyCostInput,
    output: CsvOutput,
  },
  'parts.costs.statement': {
    summary: "A manufacturer's reimbursement statement: its brands' manufacturer-warranty repairs completed in a period, with parts and labour.",
    input: StatementInput,
    output: StatementOutput,
  },
  'parts.costs.statementPdf': {
    summary: 'The reimbursement statement as PDF in a language (printed at once in the desktop app), base64-encoded.',
    input: StatementPdfInput,
    output: FileOutput,
  },
  'parts.costs.statementCsv': {
    summary: 'The reimbursement statement as CSV.',
    input: StatementInput,
    output: CsvOutput,
  },
  'parts.sales.create': {
    summary: 'Sell parts over the counter from free stock (never what orders hold); catalogue prices unless given; numbered S-year-n.',
    input: SaleCreateInput,
    output: Sale,
  },
  'parts.sales.list': {
    summary: 'Over-the-counter sales, newest first.',
    input: SaleListInput,
    output: z.array(Sale),
  },
  'parts.sales.receiptPdf': {
    summary: 'The receipt of a sale as PDF in a language (printed at once in the desktop app), base64-encoded.',
    input: SaleReceiptInput,
    output: FileOutput,
  },
  'parts.locations.list': {
    summary: 'The vans (stock locations besides the workshop): who drives each, how many parts are on board and their worth at cost.',
    input: z.strictObject({}),
    output: z.array(LocationRow),
  },
  'parts.locations.save': {
    summary: 'Add or edit a van (managers): its name (unique) and the technician who drives it (one active van each).',
    input: LocationSaveInput,
    output: LocationRow,
  },
  'parts.locations.stock': {
    summary: "What a van holds of each part, from the ledger's moves that name it, beside what the workshop has free.",
    input: LocationStockInput,
    output: z.array(LocationStockRow),
  },
  'parts.transfer': {
    summary: 'Load parts into a van from the workshop, take them back, or move them between vans: one ledger move; never more than is free where they leave.',
    input: TransferInput,
    output: z.object({ partId: z.string(), workshop: z.number(), from: z.number().optional(), to: z.number().optional() }),
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
