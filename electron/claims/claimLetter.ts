import { daysBetween } from '../../shared/rules/index.js';
import type { EffectiveProfile } from '../../shared/rules/index.js';
import type { ClaimView } from '../../shared/claims/schemas.js';
import type { Language } from '../../shared/platform/common.js';
import type { Settings, WorkshopProfile } from '../../shared/settings/index.js';
import { CLAIM_LETTER_TEXTS, citation } from './claimLetterTexts.js';
import { fill } from '../platform/pdf/fill.js';
import { documentTitle, formatters, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';

export interface ClaimLetterData {
  documentNumber: string;
  issuedAt: Date;
  workshop: WorkshopProfile;
  currency: Settings['currency'];
  view: ClaimView;
  profile: EffectiveProfile;
  timeZone?: string;
}

/** DOMAIN.md document 7: the response to a consumer claim — the claim, the decision and its reasons, the legal basis. */
export async function renderClaimLetter(data: ClaimLetterData, language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const t = CLAIM_LETTER_TEXTS[language];
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${t.title} ${data.documentNumber}` });
  const { date, money } = formatters(language, data.currency, data.timeZone);
  const { claim, deadline, penalty } = data.view;
  const decision = claim.decision!;
  const cite = (rule: string | null, source: string) =>
    citation(data.profile.id, rule, source, language, rule !== null && data.profile.overridden.includes(rule as never));

  w.onNewPage = letterhead(w, data.workshop, claim.number);
  w.onNewPage();
  documentTitle(w, t.title, `${t.number} ${data.documentNumber} · ${t.date} ${date(decision.decidedOn)}`, fill(t.claimLine, { number: claim.number, date: date(claim.receivedOn) }));
  w.y += 8;

  w.field(t.to, claim.customerName);
  if (claim.customerAddress) w.field(t.address, claim.customerAddress);
  if (claim.customerPhone) w.field(t.phone, claim.customerPhone);

  w.heading(t.claim);
  w.field(t.goods, claim.goods);
  if (data.view.orderNumber) w.field(t.order, data.view.orderNumber);
  w.field(t.demand, t.demands[claim.demand]);
  if (claim.goodsPrice !== undefined) w.field(t.goodsPrice, money(claim.goodsPrice));
  if (claim.amountClaimed !== undefined) w.field(t.amountClaimed, money(claim.amountClaimed));
  w.field(t.statement, claim.statement);

  w.heading(t.decision);
  w.paragraph(t.outcomes[decision.outcome], { bold: true, size: 11 });
  if (decision.amount !== undefined) w.field(t.amount, money(decision.amount));
  w.field(t.reasons, decision.reasons);

  w.heading(t.legal);
  if (decision.legalBasis) w.paragraph(decision.legalBasis);
  const source = cite(deadline.rule, deadline.source) + (deadline.confirmed ? '' : ` — ${t.unconfirmed}`);
  if (deadline.company) {
    w.paragraph(fill(t.companyNoTerm, { source }));
  } else if (deadline.from === 'agreement') {
    const term = deadline.term ? `${deadline.term.amount} ${t[deadline.term.unit]}` : '';
    w.paragraph(deadline.due ? fill(t.refundDue, { date: date(deadline.due), term, source }) : fill(t.noAgreement, { source }));
  } else if (deadline.due && deadline.term) {
    w.paragraph(fill(t.deadline, { date: date(deadline.due), term: `${deadline.term.amount} ${t[deadline.term.unit]}`, source }));
    w.paragraph(data.view.state === 'answered_late' ? fill(t.answeredLate, { days: daysBetween(deadline.due, decision.decidedOn) }) : t.answeredOnTime);
  } else {
    w.paragraph(fill(t.noDeadline, { source }));
  }
  // The penalty is printed only where the decision grants the demand; a rejection never offers one.
  if (penalty && (decision.outcome === 'accepted' || decision.outcome === 'partly_accepted')) {
    w.paragraph(
      fill(t.penalty, {
        percent: penalty.percentPerDay.toLocaleString(language),
        days: penalty.overdueDays,
        amount: money(penalty.amount),
        source: cite('penaltyPercentPerDay', penalty.source),
      }),
    );
    w.paragraph(fill(penalty.running ? t.penaltyRunning : t.penaltyUntil, { date: date(penalty.until) }));
  }
  w.paragraph(t.closing, { size: 9, color: '#333333' }, 8);
  signatures(w, t.signatures, [t.workshopSign], data.workshop.signatory);
  return w.finish();
}

