import { citeText, daysBetween } from '../../shared/rules/index.js';
import type { EffectiveProfile } from '../../shared/rules/index.js';
import type { ClaimView } from '../../shared/claims/schemas.js';
import type { Language } from '../../shared/platform/common.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, letterhead, signatures, type LetterheadProfile } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';

export interface ClaimLetterData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  view: ClaimView;
  profile: EffectiveProfile;
}

/** DOMAIN.md document 7: the response to a consumer claim — the claim, the decision and its reasons, the legal basis. */
export async function renderClaimLetter(data: ClaimLetterData, language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const t = documentTexts(language);
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${t('claimLetter.title')} ${data.documentNumber}` });
  const { date, money } = formatters(language, data.currency, data.workshop.dates);
  const { claim, deadline, penalty } = data.view;
  const decision = claim.decision!;

  w.onNewPage = letterhead(w, data.workshop, claim.number);
  w.onNewPage();
  documentTitle(w, t('claimLetter.title'), `${t('pdf.number')} ${data.documentNumber} · ${t('pdf.date')} ${date(decision.decidedOn)}`, t('claimLetter.claimLine', { number: claim.number, date: date(claim.receivedOn) }));
  w.y += 8;

  w.field(t('claimLetter.to'), claim.customerName);
  if (claim.customerAddress) w.field(t('claimLetter.address'), claim.customerAddress);
  if (claim.customerPhone) w.field(t('claimLetter.phone'), claim.customerPhone);

  w.heading(t('claimLetter.claim'));
  w.field(t('claimLetter.goods'), claim.goods);
  if (data.view.orderNumber) w.field(t('pdf.repairOrder'), data.view.orderNumber);
  w.field(t('claimLetter.demand'), t(`claimLetter.demands.${claim.demand}`));
  if (claim.goodsPrice !== undefined) w.field(t('claims.goodsPrice'), money(claim.goodsPrice));
  if (claim.amountClaimed !== undefined) w.field(t('claims.amountClaimed'), money(claim.amountClaimed));
  w.field(t('claimLetter.statement'), claim.statement);

  w.heading(t('claimLetter.decision'));
  w.paragraph(t(`claimLetter.outcomes.${decision.outcome}`), { bold: true, size: 11 });
  if (decision.amount !== undefined) w.field(t('claimLetter.amount'), money(decision.amount));
  w.field(t('claimLetter.reasons'), decision.reasons);

  w.heading(t('claimLetter.legal'));
  if (decision.legalBasis) w.paragraph(decision.legalBasis);
  const source = citeText(t, deadline.cites, deadline.source) + (deadline.confirmed ? '' : ` — ${t('claimLetter.unconfirmed')}`);
  if (deadline.company) {
    w.paragraph(t('claimLetter.companyNoTerm', { source }));
  } else if (deadline.from === 'agreement') {
    const term = deadline.term ? t(`claims.units.${deadline.term.unit}`, { count: deadline.term.amount }) : '';
    w.paragraph(deadline.due ? t('claimLetter.refundDue', { date: date(deadline.due), term, source }) : t('claimLetter.noAgreement', { source }));
  } else if (deadline.due && deadline.term) {
    w.paragraph(t('claimLetter.deadline', { date: date(deadline.due), term: t(`claims.units.${deadline.term.unit}`, { count: deadline.term.amount }), source }));
    w.paragraph(data.view.state === 'answered_late' ? t('claimLetter.answeredLate', { count: daysBetween(deadline.due, decision.decidedOn) }) : t('claimLetter.answeredOnTime'));
  } else {
    w.paragraph(t('claimLetter.noDeadline', { source }));
  }
  // The penalty is printed only where the decision grants the demand; a rejection never offers one.
  if (penalty && (decision.outcome === 'accepted' || decision.outcome === 'partly_accepted')) {
    w.paragraph(
      t('claimLetter.penalty', {
        percent: penalty.percentPerDay.toLocaleString(language),
        count: penalty.overdueDays,
        amount: money(penalty.amount),
        source: citeText(t, penalty.cites, penalty.source),
      }),
    );
    w.paragraph(t(penalty.running ? 'claimLetter.penaltyRunning' : 'claimLetter.penaltyUntil', { date: date(penalty.until) }));
  }
  signatures(w, t('claimLetter.signatures'), [t('claimLetter.workshopSign')], data.workshop.signatory, () => w.paragraph(t('claimLetter.closing'), { size: 9, color: '#333333' }, 8));
  return w.finish();
}

