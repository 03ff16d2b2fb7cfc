import { conditionConclusion } from '../../shared/orders/condition.js';
import type { WarrantyAnswer } from '../../shared/warranty/index.js';
import { basisText } from '../../shared/warranty/index.js';
import type { Language } from '../../shared/platform/common.js';
import type { ConditionFindings } from '../../shared/documents/index.js';
import type { OrderView } from '../../shared/orders/schemas.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';
import { unitSection } from '../warranty/index.js';

export interface ConditionActData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  view: OrderView;
  findings: ConditionFindings;
  examinedBy: string;
  warranty: WarrantyAnswer;
}

/**
 * DOMAIN.md document 6: the technical condition act — the defect confirmed or not, its cause, repairability, the
 * recommendation, and the conclusion whether it is a warranty case (for a refusal or for a claim).
 */
export async function renderConditionAct(data: ConditionActData, language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const t = documentTexts(language);
  const { order, customer, device } = data.view;
  const { findings, warranty } = data;
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${t('conditionAct.title')} ${data.documentNumber}`, bufferPages: true });
  const { date } = formatters(language, data.currency, data.workshop.dates);
  w.onNewPage = letterhead(w, data.workshop, order.number);
  w.onNewPage();
  documentTitle(w, t('conditionAct.title'), `${t('pdf.number')} ${data.documentNumber} · ${t('pdf.repairOrder')} ${order.number} · ${t('pdf.date')} ${date(data.issuedAt.toISOString())}`);

  unitSection(w, t, { device, owner: customer }, (iso) => date(iso));

  w.heading(t('conditionAct.examination'));
  w.field(t('conditionAct.received'), date(order.receivedAt, true));
  w.field(t('order.statedDefect'), order.intake.statedDefect);
  w.field(t('conditionAct.defectConfirmed'), findings.defectConfirmed ? t('common.yes') : t('common.no'));
  w.field(t('conditionAct.defect'), findings.defect);
  w.field(t('conditionAct.cause'), t(`conditionAct.causes.${findings.cause}`));
  w.field(t('conditionAct.repairability'), t(`conditionAct.repairabilities.${findings.repairability}`));
  w.field(t('conditionAct.examinedBy'), data.examinedBy);

  w.heading(t('conditionAct.warranty'));
  if (warranty.voided) w.field(t('conditionAct.voided'), date(warranty.voided.at));
  if (warranty.end) w.field(t('warrantyDocuments.end'), date(warranty.extendedUntil ?? warranty.end));
  if (warranty.steps.length) w.field(t('warrantyDocuments.basis'), basisText(warranty.steps, warranty.end, t, (iso) => date(iso)));

  w.heading(t('conditionAct.conclusion'));
  const conclusion = conditionConclusion(findings, warranty);
  const text = t(`conditionAct.conclusions.${conclusion.reason}`, {
    until: 'until' in conclusion ? date(conclusion.until) : '',
    end: 'end' in conclusion ? date(conclusion.end) : '',
  });
  w.paragraph(text, { bold: true, size: 10, base: 'document' }, 6);
  if (findings.recommendation) w.field(t('conditionAct.recommendation'), findings.recommendation);
  signatures(w, t('pdf.signatures'), [t('conditionAct.technician'), t('conditionAct.customer'), t('conditionAct.manager')], data.workshop.signatory, () =>
    w.paragraph(t('conditionAct.dispute'), { size: 8.5, base: 'document' }, 6),
  );
  return w.finish();
}
