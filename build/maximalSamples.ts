import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackend } from '../electron/backend.js';
import { DEMO_PIN } from '../electron/app/demo.js';
import { imeiCheckDigit } from '../shared/devices/imei.js';
import type { Language } from '../shared/platform/common.js';
import type { ProfileId } from '../shared/rules/index.js';
import { localClient } from './localClient.js';
import { logoPng } from './samplePng.js';

/**
 * The kinds of the maximal-content samples (the documents a customer, a supplier or a manufacturer signs or keeps),
 * as `<kind>.max.<lang>.pdf`.
 */
export const MAXIMAL_KINDS = [
  'intake_act',
  'condition_act',
  'completion_act',
  'warranty_certificate',
  'device_warranty_certificate',
  'tax_invoice',
  'requisition',
  'sale_receipt',
  'reimbursement_statement',
  'waybill_out',
  'loan_issue_act',
  'loan_return_act',
  'void_notice',
  'claim_response',
  'credit_note',
  'period_report',
  'defect_proposal',
] as const;
export type MaximalKind = (typeof MAXIMAL_KINDS)[number];

/** Each language's documents under the rules of a country where it is spoken: the profile's deadlines print. */
export const PROFILE_OF: Record<Language, ProfileId> = { ru: 'ru', he: 'il', en: 'uk' };

/** What a busy workshop really writes: every field filled, three lines of defect, forty lines. */
const LINES = 40;
const DEFECT = [
  'Does not switch on after a fall from a table; before that it rebooted by itself several times a day and got hot while charging.',
  'The lower part of the screen shows green stripes and does not respond to touch; the back glass is cracked at the camera.',
  'The customer says the phone was never opened or repaired elsewhere and asks to keep the data (photos) if at all possible.',
].join('\n');
const TERMS = Array.from(
  { length: 6 },
  (_, i) =>
    `${i + 1}. The workshop diagnoses the device within the period stated above and informs the customer of the cost before any paid repair; work beyond the approved maximum is done only with the customer's further consent, given in writing or by a recorded call.`,
).join('\n');

export interface MaximalSample {
  kind: MaximalKind;
  language: Language;
  file: string;
}

/**
 * Every maximal-content kind in the languages asked for (all three unless told), rendered from the demo workshop
 * with a fully filled workshop profile, customer, device and order (40 lines) through the real channels.
 */
export async function renderMaximalSamples(
  outDir: string,
  paperSize: 'A4' | 'LETTER' = 'A4',
  languagesOf: (kind: MaximalKind) => Language[] = () => ['en', 'ru', 'he'],
): Promise<MaximalSample[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'workshop-maximal-'));
  let now = new Date('2026-11-20T09:00:00Z').getTime();
  const backend = await startBackend(dataDir, { version: 'samples', desktop: false, now: () => new Date((now += 60_000)) });
  const client = localClient(backend);
  try {
    await client.public.call('app.loadDemo', {});
    const staff = await client.public.call('staff.list', {});
    const { call } = await client.as(staff.find((s) => s.role === 'manager')!.id, DEMO_PIN);
    const bench = await client.as(staff.find((s) => s.role === 'technician')!.id, DEMO_PIN);
    await call('settings.update', {
      paperSize,
      workshop: {
        name: 'FixPoint Service Centre — Electronics & Home Appliances',
        legalName: 'FixPoint Service and Repair Ltd. (a subsidiary of FixPoint Holdings)',
        taxId: '515123456',
        registration: 'Company No. 51-512345-6',
        address: '12 Herzl St., Building B, 3rd floor, office 304, Tel Aviv-Yafo 6100001',
        phone: '+972 3-555-0100',
        email: 'service@fixpoint.example',
        website: 'https://fixpoint.example/service',
        bankDetails: 'Bank Hapoalim, branch 600, account 123456789, IBAN IL62 0108 0000 0009 9999 999',
        signatory: 'Sarah Cohen, service manager',
      },
      intakeTerms: { en: TERMS, ru: TERMS, he: TERMS },
    });
    await call('settings.setLogo', { imageBase64: logoPng().toString('base64') });
    const [supplier] = await call('parts.counterparties.list', { kind: 'supplier' });
    const [manufacturer] = await call('parts.counterparties.list', { kind: 'manufacturer' });
    const brand = manufacturer?.brands[0] ?? 'Samsung';

    const view = await call('orders.create', {
      customer: {
        kind: 'person',
        name: 'Alexandra Konstantinopolskaya-Rosenberg',
        phones: ['+972 54-777-1234', '+972 52-123-4567'],
        email: 'alexandra.konstantinopolskaya@example.com',
        address: '45 Rothschild Blvd., apt. 12, Tel Aviv-Yafo',
      },
      device: {
        category: 'Smartphone',
        brand,
        model: 'Galaxy S23 Ultra 512 GB (SM-S918B/DS)',
        serial: 'R5CT20ABCDE',
        imei: `35689012345678${imeiCheckDigit('35689012345678')}`,
        purchaseDate: '2026-03-14',
        seller: 'KSP Computers, Dizengoff Center branch',
        purchaseDocument: 'Invoice 2026/04/118822',
        warrantyMonths: 24,
      },
      intake: {
        statedDefect: DEFECT,
        appearance: 'Used: scratches on the frame at all four corners, a dent at the USB-C port, a crack across the back glass near the camera.',
        accessories: ['Charger (25 W)', 'USB-C cable', 'Silicone case', 'Screen protector (applied)', 'SIM tray key', 'Box'],
        completeness: 'SIM card and memory card removed by the customer; the case handed over with the phone.',
        demand: 'repair',
        warrantyBasis: 'manufacturer',
        estimate: 85_000,
        approvedMax: 120_000,
        prepayment: 20_000,
        promisedDate: '2026-12-04',
        loanerDemanded: true,
      },
    });
    const id = view.order.id;
    // The loaner the customer demanded, lent with a long list of accessories and given back with a deposit withheld.
    const unit = await call('loans.loaners.save', {
      inventoryNumber: 'LN-2026-0042',
      category: 'Smartphone',
      model: 'Samsung Galaxy A55 5G 256 GB (SM-A556B/DS), loaner pool, second generation',
      serial: 'R58W90LOAN1',
      value: 180_000,
      condition: 'Good: light scratches on the back, a small chip at the top left corner of the frame, screen protector applied.',
    });
    const loan = await call('loans.issue', {
      orderId: id,
      unitId: unit.id,
      dueBack: '2026-12-04',
      conditionOut: 'Good: light scratches on the back, a small chip at the top left corner of the frame, screen protector applied, battery health 96 %.',
      accessoriesOut: ['Charger (25 W)', 'USB-C cable', 'Silicone case', 'SIM tray key', 'Box', 'Quick start guide'],
      depositTaken: 50_000,
    });
    await bench.call('orders.transition', { id, to: 'diagnosing' });
    await bench.call('orders.diagnose', { id, notes: DEFECT });
    await bench.call('orders.transition', { id, to: 'in_repair' });
    const half = LINES / 2;
    await bench.call('orders.setLines', {
      id,
      workLines: Array.from({ length: half }, (_, i) => ({ description: `Operation ${i + 1}: disassembly, cleaning, replacement and adjustment of module ${i + 1}, with a functional test`, quantity: 1 + (i % 3), unitPrice: 4_500 + i * 150, warrantyDays: 90 })),
      partLines: Array.from({ length: half }, (_, i) => ({ name: `Spare part ${i + 1} (original, service pack)`, sku: `GH82-${String(30000 + i)}A`, quantity: 1 + (i % 2), unitPrice: 6_000 + i * 275, warrantyDays: 180 })),
    });
    const findings = {
      defectConfirmed: true,
      defect: DEFECT,
      cause: 'external_damage' as const,
      repairability: 'repairable' as const,
      recommendation: 'Replace the display module and the back glass, clean the system board of corrosion and replace the charging port flex (paid repair, estimate 850.00).',
    };
    const conditionActs = new Map<Language, Uint8Array>();
    const fileOf = async (document: { file: string }) => new Uint8Array(await readFile(join(dataDir, document.file)));
    for (const language of languagesOf('condition_act')) {
      await call('settings.update', { ruleProfile: PROFILE_OF[language] });
      conditionActs.set(language, await fileOf(await bench.call('orders.conditionAct', { orderId: id, language, findings })));
    }
    await call('loans.return', {
      loanId: loan.loan.id,
      conditionIn: 'A new crack across the screen protector and a dent at the bottom edge; the case is missing; charger and cable returned.',
      depositReturned: 30_000,
      withheldReason: 'The silicone case was not returned and the screen protector must be replaced (price list, items 14 and 15).',
    });
    await bench.call('orders.transition', { id, to: 'ready' });
    await call('orders.transition', { id, to: 'issued', outcome: 'repaired' });
    await call('payments.record', { orderId: id, amount: 20_000, method: 'card' });

    // A requisition of 40 parts (each below its minimum stock) and a counter sale of 40 parts.
    const parts = [];
    for (let i = 0; i < LINES; i++) {
      parts.push(
        await call('parts.save', {
          sku: `SP-${String(1000 + i)}-${brand.slice(0, 3).toUpperCase()}`,
          name: `Display assembly with frame, ${brand} model ${i + 1} (service pack, original)`,
          cost: 12_000 + i * 100,
          price: 18_000 + i * 150,
          supplierId: supplier?.id ?? '',
          manufacturerId: manufacturer?.id ?? '',
          warrantyDays: 180,
          minStock: 12,
        }),
      );
    }
    for (const part of parts) await call('parts.receive', { partId: part.id, quantity: 2 });
    const requisitions = await call('parts.requisitions.generate', { supplierId: supplier?.id });
    const requisition = requisitions.reduce((a, b) => (b.lines.length > a.lines.length ? b : a));
    const sale = await call('parts.sales.create', {
      customerName: 'Michael Abramovich, Abramovich Mobile Repairs Ltd.',
      customerPhone: '+972 50-000-1111',
      lines: parts.map((part) => ({ partId: part.id, quantity: 1 })),
    });
    // Twelve more units of the same customer, each taken in and diagnosed, for a waybill of many devices.
    for (let i = 0; i < 12; i++) {
      const unit = await call('orders.create', {
        customer: { id: view.customer.id },
        device: { category: 'Tablet', brand, model: `Galaxy Tab S9 FE 5G, unit ${i + 1}`, serial: `R9TW${String(70000 + i)}` },
        intake: { statedDefect: DEFECT, accessories: ['Charger', 'Cover'], demand: 'repair', warrantyBasis: 'manufacturer' },
      });
      await bench.call('orders.transition', { id: unit.order.id, to: 'diagnosing' });
    }
    const { rows } = await call('orders.list', { query: '' });
    const shipment = await call('shipments.create', {
      serviceCentre: `${brand} Authorised Service Centre Israel (component-level repair)`,
      address: '5 HaMelacha St., Industrial Zone, Rosh HaAyin 4809105',
      note: 'Devices for component-level repair under the manufacturer warranty; each packed with its intake act',
      orderIds: rows.filter((r) => ['diagnosing', 'awaiting_parts', 'in_repair'].includes(r.status)).slice(0, 16).map((r) => r.id),
    });

    // One of the tablets: its warranty voided for liquid damage, with the technician's long note.
    const tablet = await call('orders.get', { id: rows.find((r) => r.serial === 'R9TW70000')!.id });
    await call('warranty.void', {
      deviceId: tablet.device.id,
      reason: 'liquid_damage',
      note: `${DEFECT}\nLiquid indicators under the SIM tray and on the system board are red; corrosion on the battery connector and the display flex (photos 1-6 in the order).`,
    });
    // A claim for a refund, answered with a price reduction; the prepayment refunded (credit note) after the invoice.
    const claim = await call('claims.save', {
      orderId: id,
      receivedOn: '2026-11-20',
      demand: 'refund',
      goodsPrice: 450_000,
      amountClaimed: 450_000,
      customerAddress: '45 Rothschild Blvd., apt. 12, Tel Aviv-Yafo',
      statement: `${DEFECT}\n${DEFECT}\nI ask for my money back for the phone and for the repair.`,
    });
    await call('claims.decide', {
      id: claim.claim.id,
      outcome: 'partly_accepted',
      reasons: `${findings.recommendation} ${DEFECT} We offer a price reduction for the days the phone was out of use instead of a refund.`,
      legalBasis: 'The seller and the workshop answer for the repair under the consumer protection rules of the profile.',
      amount: 40_000,
      decidedOn: '2026-11-20',
    });
    let refund: string | undefined;
    const refunded = async () => {
      if (refund) return refund;
      const { payments } = await call('payments.refund', { orderId: id, amount: 20_000, method: 'card', reason: 'Prepayment returned: part of the repair is covered by the manufacturer warranty' });
      return (refund = payments.find((p) => p.amount < 0)!.id);
    };
    const bytes = (file: { base64: string }) => new Uint8Array(Buffer.from(file.base64, 'base64'));
    const issuers: Record<MaximalKind, (language: Language) => Promise<Uint8Array>> = {
      intake_act: async (language) => fileOf(await call('orders.intakeAct', { orderId: id, language })),
      condition_act: async (language) => conditionActs.get(language)!,
      completion_act: async (language) => fileOf(await call('orders.completionAct', { orderId: id, language })),
      warranty_certificate: async (language) => fileOf(await call('warranty.certificate', { deviceId: view.device.id, orderId: id, language })),
      device_warranty_certificate: async (language) => fileOf(await call('warranty.certificate', { deviceId: view.device.id, language })),
      tax_invoice: async (language) => fileOf(await call('payments.invoice', { orderId: id, language })),
      requisition: async (language) => bytes(await call('parts.requisitions.pdf', { id: requisition.id, language })),
      sale_receipt: async (language) => bytes(await call('parts.sales.receiptPdf', { id: sale.id, language })),
      reimbursement_statement: async (language) =>
        bytes(await call('parts.costs.statementPdf', { from: '2026-01-01', to: '2026-11-30', manufacturerId: manufacturer!.id, language })),
      waybill_out: async (language) => fileOf(await call('shipments.waybill', { shipmentId: shipment.shipment.id, direction: 'out', language })),
      loan_issue_act: async (language) => fileOf(await call('loans.act', { loanId: loan.loan.id, kind: 'issue', language })),
      loan_return_act: async (language) => fileOf(await call('loans.act', { loanId: loan.loan.id, kind: 'return', language })),
      void_notice: async (language) => fileOf(await call('warranty.voidNotice', { deviceId: tablet.device.id, language })),
      claim_response: async (language) => fileOf(await call('claims.responseLetter', { claimId: claim.claim.id, language })),
      credit_note: async (language) => fileOf(await call('payments.creditNote', { paymentId: await refunded(), language })),
      period_report: async (language) => fileOf(await call('analytics.periodReport', { from: '2026-01-01', to: '2026-11-30', bucket: 'month', language })),
      defect_proposal: async (language) => fileOf(await call('analytics.defectProposal', { language })),
    };
    await mkdir(outDir, { recursive: true });
    const written: MaximalSample[] = [];
    for (const kind of MAXIMAL_KINDS) {
      for (const language of languagesOf(kind)) {
        await call('settings.update', { ruleProfile: PROFILE_OF[language] });
        const file = join(outDir, `${kind}.max.${language}.pdf`);
        await writeFile(file, await issuers[kind](language));
        written.push({ kind, language, file });
      }
    }
    return written;
  } finally {
    await backend.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
