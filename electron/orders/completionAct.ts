import { daysBetween } from '../../shared/rules/index.js';
import { displayPhone } from '../../shared/customers/index.js';
import { extensionOfRepair, repairDates } from '../../shared/orders/completion.js';
import { lineTotal } from '../../shared/platform/money.js';
import { effectiveTax, type MoneyView, orderMoney } from '../../shared/payments/index.js';
import { localDate } from '../../shared/rules/index.js';
import type { EffectiveProfile } from '../../shared/rules/index.js';
import { lineWarrantyEnd, type WarrantyAnswer } from '../../shared/warranty/index.js';
import type { Language } from '../../shared/platform/common.js';
import type { OrderView } from '../../shared/orders/schemas.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';
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
  /** What the customer owes and paid, from the one rule (shared/payments): the order screen shows the same. */
  money?: MoneyView;
}

/**
 * DOMAIN.md document 2: the work completion act — the dates of the demand, hand-over, completion and return, the
 * defects found, the work done and the parts replaced with their warranties, the costs (nothing to the customer for
 * warranty work) and the extension of the unit's warranty this repair brought.
 */
export async function renderCompletionAct(data: CompletionActData, language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const t = documentTexts(language);
  const { order, customer, device } = data.view;
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${t('completionAct.title')} ${data.documentNumber}`, bufferPages: true });
  const { date, money } = formatters(language, data.currency, data.workshop.dates);
  w.onNewPage = letterhead(w, data.workshop, order.number);
  w.onNewPage();
  documentTitle(w, t('completionAct.title'), `${t('pdf.number')} ${data.documentNumber} · ${t('pdf.repairOrder')} ${order.number} · ${t('pdf.date')} ${date(data.issuedAt.toISOString())}`);

  w.heading(t('completionAct.customer'));
  w.field(t('completionAct.name'), customer.name);
  w.field(t('completionAct.phone'), customer.phones.map((phone) => displayPhone(phone, data.workshop.phoneCountry)).join(', '));
  w.heading(t('completionAct.device'));
  w.field(t('device.brandModel'), `${device.category}: ${device.brand} ${device.model}`);
  if (device.serial) w.field(t('device.serial'), device.serial);
  if (device.imei) w.field(t('device.imei'), device.imei);

  const dates = repairDates(order);
  w.heading(t('completionAct.dates'));
  w.field(t('completionAct.demand'), date(dates.demand, true));
  w.field(t('completionAct.handOver'), date(dates.handOver, true));
  w.field(t('completionAct.completion'), dates.completion ? date(dates.completion, true) : t('completionAct.notYet'));
  w.field(t('completionAct.returned'), dates.return ? date(dates.return, true) : t('completionAct.notYet'));
  if (dates.return) w.field(t('completionAct.daysInRepair'), String(daysBetween(dates.demand.slice(0, 10), dates.return.slice(0, 10))));
  w.field(t('order.demand'), t(`demand.${order.intake.demand}`));
  w.field(t('order.basis'), t(`basis.${order.intake.warrantyBasis}`));

  w.heading(t('completionAct.findings'));
  w.field(t('order.statedDefect'), order.intake.statedDefect);
  w.field(t('completionAct.diagnosis'), order.diagnosis?.notes ?? '');
  if (order.technicianId) w.field(t('completionAct.technician'), data.staffNames[order.technicianId] ?? '');
  if (order.outcome) w.field(t('completionAct.outcome'), t(`outcome.${order.outcome}`));

  const handedBackOn = order.handedBackAt?.slice(0, 10);
  const until = (description: string, warrantyDays: number, part: boolean) => {
    const end = lineWarrantyEnd({ description, warrantyDays, part }, { handedBackOn, warrantyBasis: order.intake.warrantyBasis }, device, data.profile);
    return end ? date(end) : warrantyDays ? t('common.days', { count: warrantyDays }) : '—';
  };
  const quantity = (q: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : language === 'ru' ? 'ru-RU' : 'he-IL').format(q);

  w.heading(t('completionAct.work'));
  if (order.workLines.length) {
    table(
      w,
      [
        { title: t('completionAct.description'), width: 46 },
        { title: t('completionAct.quantity'), width: 9, align: 'end' },
        { title: t('completionAct.price'), width: 15, align: 'end' },
        { title: t('completionAct.amount'), width: 15, align: 'end' },
        { title: t('completionAct.warrantyUntil'), width: 15 },
      ],
      order.workLines.map((l) => [l.description, quantity(l.quantity), money(l.unitPrice), money(lineTotal(l)), until(l.description, l.warrantyDays, false)]),
    );
  } else w.paragraph(t('completionAct.noLines'));

  w.heading(t('completionAct.parts'));
  if (order.partLines.length) {
    table(
      w,
      [
        { title: t('completionAct.description'), width: 32 },
        { title: t('completionAct.partNo'), width: 14 },
        { title: t('completionAct.quantity'), width: 9, align: 'end' },
        { title: t('completionAct.price'), width: 15, align: 'end' },
        { title: t('completionAct.amount'), width: 15, align: 'end' },
        { title: t('completionAct.warrantyUntil'), width: 15 },
      ],
      order.partLines.map((l) => [l.name, l.sku ?? '', quantity(l.quantity), money(l.unitPrice), money(lineTotal(l)), until(l.name, l.warrantyDays, true)]),
    );
  } else w.paragraph(t('completionAct.noLines'));

  // Without the order's payments given, the same rule on the profile's tax with none paid.
  const m = data.money ?? orderMoney({ ...order, handedBackOn: order.handedBackAt && localDate(order.handedBackAt) }, effectiveTax(data.profile.id), [], localDate(data.issuedAt.toISOString()));
  const ofKind = (kind: 'work' | 'part') => m.lines.filter((l) => l.kind === kind).reduce((sum, l) => sum + l.gross, 0);
  // The costs stay together on one page with their heading.
  w.ensureSpace(w.lineHeight(12) + 14 + 11 * (w.lineHeight(10) + 3));
  w.heading(t('completionAct.costs'));
  w.field(t('completionAct.workTotal'), money(ofKind('work')), 220);
  w.field(t('completionAct.partsTotal'), money(ofKind('part')), 220);
  w.field(t('completionAct.total'), money(m.total.gross), 220);
  w.field(t('completionAct.coveredByWarranty'), money(m.covered.gross), 220);
  w.field(t('completionAct.charged'), money(m.customer.gross), 220);
  w.field(t('invoice.totalNet'), money(m.customer.net), 220);
  w.field(m.rate === null ? t('invoice.noVat') : t('invoice.totalTax', { rate: `${m.rate / 100}%` }), money(m.customer.tax), 220);
  if (m.balance.paid) w.field(t('payments.paid'), money(m.balance.paid), 220);
  if (m.balance.refunded) w.field(t('payments.refunded'), money(m.balance.refunded), 220);
  w.field(t('completionAct.due'), money(m.balance.due), 220);
  // The customer's approval of the cost (lines above the estimate): the last one the customer gave.
  const approved = [...(order.approvals ?? [])].reverse().find((a) => a.answer === 'approved' && a.approvedUpTo !== undefined);
  if (approved) {
    w.heading(t('approval.title'));
    w.paragraph(
      t('approval.act', { amount: money(approved.approvedUpTo!), channel: t(`approval.channels.${approved.channel}`), date: date(approved.at), name: data.staffNames[approved.by] ?? '' }),
      { size: 9, base: 'document' },
    );
  }

  w.heading(t('completionAct.extension'));
  const extension = extensionOfRepair(data.warranty.steps, order.number);
  const end = data.warranty.end ? date(data.warranty.end) : '';
  w.paragraph(
    extension.kind === 'days'
      ? extension.ongoing || !dates.return
        ? t('completionAct.extensionOngoing', { count: extension.days, from: date(dates.demand) })
        : t('completionAct.extensionDays', { count: extension.days, from: date(dates.demand), to: date(dates.return), end })
      : extension.kind === 'months'
        ? t('completionAct.extensionMonths', { count: extension.months, end })
        : t('completionAct.extensionNone'),
    { size: 9, base: 'document' },
  );

  signatures(w, t('pdf.signatures'), [t('completionAct.customerSignature'), t('completionAct.workshopSignature')], data.workshop.signatory, () => {
    w.heading(t('completionAct.repairWarranty'));
    w.paragraph(t('completionAct.repairTerms'), { size: 8.5, base: 'document' });
  });
  return w.finish();
}
