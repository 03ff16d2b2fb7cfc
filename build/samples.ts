import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackend } from '../electron/backend.js';
import { logoPng } from './samplePng.js';
import { localClient } from './localClient.js';
import { DEMO_PIN } from '../electron/app/demo.js';
import type { Language } from '../shared/platform/common.js';
import type { DocumentKind, IssuedDocument } from '../shared/documents/schemas.js';

export const SAMPLE_LANGUAGES: Language[] = ['en', 'ru', 'he'];

/** The fixed "today" of the samples: the same demo data gives the same documents. */
const SAMPLE_NOW = new Date('2026-11-20T09:00:00Z');

export interface SampleTiming {
  kind: string;
  /** The first document of the kind in this process, in ms (fonts and code loaded on the way). */
  first: number;
  /** Each further language of the same kind, in ms. */
  warm: number[];
}

/** The kinds printed besides the register's document kinds: a certificate of the device, the parts screens' documents. */
export const PRINTED_KINDS = ['device_warranty_certificate', 'requisition', 'sale_receipt', 'reimbursement_statement'] as const;

/**
 * Every document kind (and PRINTED_KINDS) in every language, rendered from the demo workshop through the real
 * channels into `outDir` as `<kind>.<lang>.pdf`. Returns the files written.
 */
export async function renderSamples(outDir: string, timings: SampleTiming[] = [], paperSize: 'A4' | 'LETTER' = 'A4'): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'workshop-samples-'));
  let now = SAMPLE_NOW.getTime();
  // Time moves on a little with every call, as it would while a clerk works.
  const backend = await startBackend(dataDir, { version: 'samples', desktop: false, now: () => new Date((now += 60_000)) });
  const client = localClient(backend);
  try {
    await client.public.call('app.loadDemo', {});
    const staff = await client.public.call('staff.list', {});
    // The manager does the office work, the technician the bench work: each signed in with the demo PIN.
    const { call } = await client.as(staff.find((s) => s.role === 'manager')!.id, DEMO_PIN);
    const bench = await client.as(staff.find((s) => s.role === 'technician')!.id, DEMO_PIN);
    // Russian rules, so that the completion act shows the warranty extended by the days out of use.
    await call('settings.update', { ruleProfile: 'ru', paperSize });
    await call('settings.setLogo', { imageBase64: logoPng().toString('base64') });
    const { rows } = await call('orders.list', { query: '' });
    const byModel = (model: string) => rows.find((r) => r.device.includes(model))!;

    // A warranty repair finished with a part replaced, then handed back.
    const iphone = await call('orders.get', { id: byModel('iPhone 14').id });
    await bench.call('orders.diagnose', { id: iphone.order.id, notes: 'Battery capacity 61 % of nominal; swelling of the cell (manufacturing defect).' });
    await bench.call('orders.transition', { id: iphone.order.id, to: 'in_repair' });
    await bench.call('orders.setLines', {
      id: iphone.order.id,
      workLines: [{ description: 'Diagnostics', quantity: 1, unitPrice: 9000, warrantyDays: 0 }, { description: 'Battery replacement', quantity: 1, unitPrice: 15000, warrantyDays: 90 }],
      partLines: [{ name: 'Battery iPhone 14 (original)', sku: 'APL-661-02677', quantity: 1, unitPrice: 32000, warrantyDays: 180 }],
    });
    await bench.call('orders.transition', { id: iphone.order.id, to: 'ready' });
    await call('orders.transition', { id: iphone.order.id, to: 'issued', outcome: 'repaired' });

    const laptop = byModel('ThinkPad');
    const laptopView = await call('orders.get', { id: laptop.id });
    await call('warranty.void', { deviceId: laptopView.device.id, reason: 'liquid_damage', note: 'Liquid traces and corrosion on the keyboard connector (photos 1–3 in the order).' });
    const [loan] = await call('loans.list', { filter: 'open' });
    await call('loans.return', { loanId: loan.loan.id, conditionIn: 'Good, small scratch on the back', depositReturned: 50000 });

    const shipment = await call('shipments.create', {
      serviceCentre: 'Bosch Service Centre Israel',
      address: '5 HaMelacha St., Rosh HaAyin',
      note: 'Two devices for component-level repair',
      orderIds: [byModel('Galaxy S23').id, byModel('WAN28281').id],
    });
    await call('shipments.receive', { id: shipment.shipment.id, orderIds: [byModel('WAN28281').id], note: 'Pump replaced under the manufacturer warranty' });

    // A consumer's claim for a refund, answered by the manager with a partial price reduction.
    const claim = await call('claims.save', {
      orderId: iphone.order.id,
      receivedOn: '2026-11-12',
      demand: 'refund',
      goodsPrice: 389_900,
      amountClaimed: 389_900,
      statement: 'The battery swelled twice within a year (order R-2026); I ask for my money back.',
    });
    await call('claims.decide', {
      id: claim.claim.id,
      outcome: 'partly_accepted',
      reasons: 'The battery was replaced under warranty within 9 days; the phone works. We offer a price reduction instead of a refund.',
      amount: 40_000,
      decidedOn: '2026-11-19',
    });

    // A deposit taken on the warranty repair and given back: the invoice shows the manufacturer's share, the credit note the refund.
    await call('payments.record', { orderId: iphone.order.id, amount: 10_000, method: 'card' });
    const refunded = await call('payments.refund', { orderId: iphone.order.id, amount: 10_000, method: 'card', reason: 'Deposit returned: the repair is covered by the manufacturer' });
    const refund = refunded.payments.find((p) => p.amount < 0)!;

    // A cash day: the float, change put into the drawer, cash paid to a courier.
    await call('payments.openDay', { float: 50_000 });
    await call('payments.cashMovement', { direction: 'in', amount: 20_000, reason: 'Change for the drawer' });
    await call('payments.cashMovement', { direction: 'out', amount: 5_000, reason: 'Courier for the spare parts' });
    // A requisition of the parts below their minimum stock, a counter sale of two parts, the manufacturer's statement.
    const [requisition] = await call('parts.requisitions.generate', {});
    const stock = await call('parts.list', {});
    const sale = await call('parts.sales.create', { customerName: 'Yossi Mizrahi', lines: stock.slice(0, 2).map((part) => ({ partId: part.id, quantity: 1 })) });
    const manufacturers = await call('parts.counterparties.list', { kind: 'manufacturer' });
    const manufacturer = manufacturers.find((m) => m.brands.includes('Samsung')) ?? manufacturers[0];
    const bytes = (file: { base64: string }) => new Uint8Array(Buffer.from(file.base64, 'base64'));
    // The documents printed from the parts screens, not kept in the documents register.
    const printed: Record<string, (language: Language) => Promise<Uint8Array>> = {
      requisition: async (language) => bytes(await call('parts.requisitions.pdf', { id: requisition.id, language })),
      sale_receipt: async (language) => bytes(await call('parts.sales.receiptPdf', { id: sale.id, language })),
      reimbursement_statement: async (language) =>
        bytes(await call('parts.costs.statementPdf', { from: '2026-01-01', to: '2026-11-30', manufacturerId: manufacturer.id, language })),
    };
    const issuers: Partial<Record<DocumentKind | 'device_warranty_certificate', (language: Language) => Promise<IssuedDocument>>> = {
      intake_act: (language) => call('orders.intakeAct', { orderId: iphone.order.id, language }),
      completion_act: (language) => call('orders.completionAct', { orderId: iphone.order.id, language }),
      warranty_certificate: (language) => call('warranty.certificate', { deviceId: iphone.device.id, orderId: iphone.order.id, language }),
      device_warranty_certificate: (language) => call('warranty.certificate', { deviceId: iphone.device.id, language }),
      loan_issue_act: (language) => call('loans.act', { loanId: loan.loan.id, kind: 'issue', language }),
      loan_return_act: (language) => call('loans.act', { loanId: loan.loan.id, kind: 'return', language }),
      condition_act: (language) =>
        bench.call('orders.conditionAct', {
          orderId: laptop.id,
          language,
          findings: {
            defectConfirmed: true,
            defect: 'Keys A, S, D and Enter do not respond; traces of liquid under the keyboard, corrosion on connector J3.',
            cause: 'external_damage',
            repairability: 'repairable',
            recommendation: 'Replace the keyboard and clean the system board (paid repair, estimate 180.00).',
          },
        }),
      void_notice: (language) => call('warranty.voidNotice', { deviceId: laptopView.device.id, language }),
      waybill_out: (language) => call('shipments.waybill', { shipmentId: shipment.shipment.id, direction: 'out', language }),
      waybill_back: (language) => call('shipments.waybill', { shipmentId: shipment.shipment.id, direction: 'back', language }),
      device_label: (language) => call('orders.labels', { orderIds: rows.map((r) => r.id), language }),
      claim_response: (language) => call('claims.responseLetter', { claimId: claim.claim.id, language }),
      period_report: (language) => call('analytics.periodReport', { from: '2026-01-01', to: '2026-11-20', bucket: 'month', language }),
      defect_proposal: (language) => call('analytics.defectProposal', { language }),
      tax_invoice: (language) => call('payments.invoice', { orderId: iphone.order.id, language }),
      credit_note: (language) => call('payments.creditNote', { paymentId: refund.id, language }),
      cash_x_report: (language) => call('payments.xReport', { language }),
      cash_z_report: async (language) => {
        // The day is closed with the count the book expects, once, before its first Z report.
        const today = await call('payments.cashDay', {});
        if (today.state === 'open') await call('payments.closeDay', { counted: today.totals.expected });
        return call('payments.zReport', { language });
      },
    };
    await mkdir(outDir, { recursive: true });
    const written: string[] = [];
    const render = Object.fromEntries([
      ...Object.entries(issuers).map(([kind, issueOne]) => [kind, async (language: Language) => new Uint8Array(await readFile(join(dataDir, (await issueOne!(language)).file)))]),
      ...Object.entries(printed),
    ]) as Record<string, (language: Language) => Promise<Uint8Array>>;
    for (const [kind, renderOne] of Object.entries(render)) {
      const timing: SampleTiming = { kind, first: 0, warm: [] };
      timings.push(timing);
      for (const language of SAMPLE_LANGUAGES) {
        // Issuing renders, writes and fsyncs the PDF and records it: the time a clerk waits before printing.
        const started = performance.now();
        const pdf = await renderOne(language);
        const took = performance.now() - started;
        if (language === SAMPLE_LANGUAGES[0]) timing.first = took;
        else timing.warm.push(took);
        const file = join(outDir, `${kind}.${language}.pdf`);
        await writeFile(file, pdf);
        written.push(file);
      }
    }
    return written;
  } finally {
    await backend.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
