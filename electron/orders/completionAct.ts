import { daysBetween } from '../../shared/rules/index.js';
import { displayPhone } from '../../shared/customers/index.js';
import { customerCharge, extensionOfRepair, repairDates } from '../../shared/orders/completion.js';
import { lineTotal, orderTotals } from '../../shared/platform/money.js';
import type { EffectiveProfile } from '../../shared/rules/index.js';
import { lineWarrantyEnd, type WarrantyAnswer } from '../../shared/warranty/index.js';
import type { Language } from '../../shared/platform/common.js';
import type { OrderView } from '../../shared/orders/schemas.js';
import type { Settings } from '../../shared/settings/index.js';
import { COMPLETION_ACT_TEXTS } from './completionActTexts.js';
import { INTAKE_ACT_TEXTS } from './intakeActTexts.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { table } from '../platform/pdf/table.js';

export interface CompletionActData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  view: OrderView;
  staffNames: Record<string, string>;
  /** The unit's warranty as checked when the act is issued: it holds the extension this repair brought. */
  warranty: WarrantyAnswer;
  profile: EffectiveProfile;
  timeZone?: string;
}

/**
 * DOMAIN.md document 2: the work completion act — the dates of the demand, hand-over, completion and return, the
 * defects found, the work done and the parts replaced with their warranties, the costs (nothing to the customer for
 * warranty work) and the extension of the unit's warranty this repair brought.
 */
export async function renderCompletionAct(data: CompletionActData, language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const t = COMPLETION_ACT_TEXTS[language];
  const it = INTAKE_ACT_TEXTS[language];
  const { order, customer, device } = data.view;
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${t.title} ${data.documentNumber}`, bufferPages: true });
  const { date, money } = formatters(language, data.currency, data.timeZone);
  w.onNewPage = letterhead(w, data.workshop, order.number);
  w.onNewPage();
  documentTitle(w, t.title, `${t.number} ${data.documentNumber} · ${t.order} ${order.number} · ${t.date} ${date(data.issuedAt.toISOString())}`);

  w.heading(t.customer);
  w.field(t.name, customer.name);
  w.field(t.phone, customer.phones.map((phone) => displayPhone(phone, data.workshop.phoneCountry)).join(', '));
  w.heading(t.device);
  w.field(t.brandModel, `${device.category}: ${device.brand} ${device.model}`);
  if (device.serial) w.field(t.serial, device.serial);
  if (device.imei) w.field(t.imei, device.imei);

  const dates = repairDates(order);
  w.heading(t.dates);
  w.field(t.demand, date(dates.demand, true));
  w.field(t.handOver, date(dates.handOver, true));
  w.field(t.completion, dates.completion ? date(dates.completion, true) : t.notYet);
  w.field(t.returned, dates.return ? date(dates.return, true) : t.notYet);
  if (dates.return) w.field(t.daysInRepair, String(daysBetween(dates.demand.slice(0, 10), dates.return.slice(0, 10))));
  w.field(t.demandKind, it.demands[order.intake.demand]);
  w.field(t.warrantyBasis, it.bases[order.intake.warrantyBasis]);

  w.heading(t.findings);
  w.field(t.statedDefect, order.intake.statedDefect);
  w.field(t.diagnosis, order.diagnosis?.notes ?? '');
  if (order.technicianId) w.field(t.technician, data.staffNames[order.technicianId] ?? '');
  if (order.outcome) w.field(t.outcome, t.outcomes[order.outcome]);

  const handedBackOn = order.handedBackAt?.slice(0, 10);
  const until = (description: string, warrantyDays: number, part: boolean) => {
    const end = lineWarrantyEnd({ description, warrantyDays, part }, { handedBackOn, warrantyBasis: order.intake.warrantyBasis }, device, data.profile);
    return end ? date(end) : warrantyDays ? `${warrantyDays} ${t.days}` : '—';
  };
  const quantity = (q: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : language === 'ru' ? 'ru-RU' : 'he-IL').format(q);

  w.heading(t.work);
  if (order.workLines.length) {
    table(
      w,
      [
        { title: t.description, width: 46 },
        { title: t.quantity, width: 9, align: 'end' },
        { title: t.price, width: 15, align: 'end' },
        { title: t.amount, width: 15, align: 'end' },
        { title: t.warrantyUntil, width: 15 },
      ],
      order.workLines.map((l) => [l.description, quantity(l.quantity), money(l.unitPrice), money(lineTotal(l)), until(l.description, l.warrantyDays, false)]),
    );
  } else w.paragraph(t.noLines);

  w.heading(t.parts);
  if (order.partLines.length) {
    table(
      w,
      [
        { title: t.description, width: 32 },
        { title: t.partNo, width: 14 },
        { title: t.quantity, width: 9, align: 'end' },
        { title: t.price, width: 15, align: 'end' },
        { title: t.amount, width: 15, align: 'end' },
        { title: t.warrantyUntil, width: 15 },
      ],
      order.partLines.map((l) => [l.name, l.sku ?? '', quantity(l.quantity), money(l.unitPrice), money(lineTotal(l)), until(l.name, l.warrantyDays, true)]),
    );
  } else w.paragraph(t.noLines);

  const totals = orderTotals(order.workLines, order.partLines, order.intake.prepayment ?? 0);
  const charge = customerCharge(order.intake.warrantyBasis, totals);
  // The costs stay together on one page with their heading.
  w.ensureSpace(w.lineHeight(12) + 14 + 7 * (w.lineHeight(10) + 3));
  w.heading(t.costs);
  w.field(t.workTotal, money(totals.work), 220);
  w.field(t.partsTotal, money(totals.parts), 220);
  w.field(t.total, money(totals.total), 220);
  w.field(t.coveredByWarranty, money(charge.coveredByWarranty), 220);
  w.field(t.charged, money(charge.charged), 220);
  if (totals.prepayment) w.field(t.prepayment, money(totals.prepayment), 220);
  w.field(t.due, money(charge.due), 220);

  w.heading(t.extension);
  const extension = extensionOfRepair(data.warranty.steps, order.number);
  const end = data.warranty.end ? date(data.warranty.end) : '';
  w.paragraph(
    extension.kind === 'days'
      ? extension.ongoing || !dates.return
        ? t.extensionOngoing(extension.days, date(dates.demand))
        : t.extensionDays(extension.days, date(dates.demand), date(dates.return), end)
      : extension.kind === 'months'
        ? t.extensionMonths(extension.months, end)
        : t.extensionNone,
    { size: 9, base: 'document' },
  );

  w.heading(t.repairWarranty);
  w.paragraph(t.repairTerms, { size: 8.5, base: 'document' });

  signatures(w, t.signatures, [t.customerSignature, t.workshopSignature], data.workshop.signatory);
  w.onNewPage = undefined;
  w.pageNumbers(t.page);
  return w.finish();
}
