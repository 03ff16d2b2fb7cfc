import { conditionConclusion } from '../../shared/orders/condition.js';
import type { WarrantyAnswer } from '../../shared/warranty/index.js';
import { basisText } from '../../shared/warranty/index.js';
import type { Language } from '../../shared/platform/common.js';
import type { ConditionFindings } from '../../shared/documents/index.js';
import type { OrderView } from '../../shared/orders/schemas.js';
import type { Settings } from '../../shared/settings/index.js';
import { CONDITION_ACT_TEXTS } from './conditionActTexts.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { unitSection, WARRANTY_TEXTS } from '../warranty/index.js';

export interface ConditionActData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  view: OrderView;
  findings: ConditionFindings;
  examinedBy: string;
  warranty: WarrantyAnswer;
  timeZone?: string;
}

/**
 * DOMAIN.md document 6: the technical condition act — the defect confirmed or not, its cause, repairability, the
 * recommendation, and the conclusion whether it is a warranty case (for a refusal or for a claim).
 */
export async function renderConditionAct(data: ConditionActData, language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const t = CONDITION_ACT_TEXTS[language];
  const { order, customer, device } = data.view;
  const { findings, warranty } = data;
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${t.title} ${data.documentNumber}`, bufferPages: true });
  const { date } = formatters(language, data.currency, data.timeZone);
  w.onNewPage = letterhead(w, data.workshop, order.number);
  w.onNewPage();
  documentTitle(w, t.title, `${t.number} ${data.documentNumber} · ${t.order} ${order.number} · ${t.date} ${date(data.issuedAt.toISOString())}`);

  unitSection(w, WARRANTY_TEXTS[language], { device, owner: customer }, (iso) => date(iso));

  w.heading(t.examination);
  w.field(t.received, date(order.receivedAt, true));
  w.field(t.statedDefect, order.intake.statedDefect);
  w.field(t.defectConfirmed, findings.defectConfirmed ? t.yes : t.no);
  w.field(t.defect, findings.defect);
  w.field(t.cause, t.causes[findings.cause]);
  w.field(t.repairability, t.repairabilities[findings.repairability]);
  w.field(t.examinedBy, data.examinedBy);

  w.heading(t.warranty);
  if (warranty.voided) w.field(t.voided, date(warranty.voided.at));
  if (warranty.end) w.field(t.warrantyEnd, date(warranty.extendedUntil ?? warranty.end));
  if (warranty.steps.length) w.field(t.basis, basisText(warranty.steps, warranty.end, language, (iso) => date(iso)));

  w.heading(t.conclusion);
  const conclusion = conditionConclusion(findings, warranty);
  const c = t.conclusions;
  const text =
    conclusion.reason === 'under_warranty' || conclusion.reason === 'claim_window'
      ? c[conclusion.reason](date(conclusion.until))
      : conclusion.reason === 'expired'
        ? c.expired(date(conclusion.end))
        : c[conclusion.reason];
  w.paragraph(text, { bold: true, size: 10, base: 'document' }, 6);
  if (findings.recommendation) w.field(t.recommendation, findings.recommendation);
  w.paragraph(t.dispute, { size: 8.5, base: 'document' }, 6);

  signatures(w, t.signatures, [t.technician, t.customer, t.manager], data.workshop.signatory);
  w.onNewPage = undefined;
  w.pageNumbers(t.page);
  return w.finish();
}
