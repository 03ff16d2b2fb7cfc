import type { Language } from '../../shared/platform/common.js';
import type { LoanView } from '../../shared/loans/schemas.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';

export interface LoanActData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  loan: LoanView;
}

/** DOMAIN.md document 4: the loaner issue act, or (kind "return") the return act, as PDF bytes. */
export async function renderLoanAct(
  data: LoanActData,
  kind: 'issue' | 'return',
  language: Language,
  options: Omit<RenderOptions, 'title' | 'createdAt'>,
): Promise<Uint8Array> {
  const t = documentTexts(language);
  const title = kind === 'issue' ? t('loanAct.issueTitle') : t('loanAct.returnTitle');
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${title} ${data.documentNumber}` });
  const { date, money } = formatters(language, data.currency, data.workshop.dates);
  const { loan, unit } = data.loan;
  w.onNewPage = letterhead(w, data.workshop, loan.number);
  w.onNewPage();
  documentTitle(
    w,
    title,
    `${t('pdf.number')} ${data.documentNumber} · ${t('loanAct.loan')} ${loan.number} · ${t('pdf.repairOrder')} ${data.loan.orderNumber} · ${t('pdf.date')} ${date(data.issuedAt.toISOString())}`,
  );

  w.heading(t('loanAct.customer'));
  w.field(t('loanAct.customer'), data.loan.customerName);
  w.field(t('loanAct.phone'), data.loan.customerPhone);

  w.heading(t('loans.card'));
  w.field(t('loans.inventoryNumber'), unit.inventoryNumber);
  w.field(t('loanAct.model'), `${unit.category}: ${unit.model}`);
  if (unit.serial) w.field(t('device.serial'), unit.serial);
  w.field(t('loanAct.value'), money(unit.value));

  w.heading(t('loanAct.issue'));
  w.field(t('loanAct.issuedAt'), date(loan.issuedAt, true));
  w.field(t('loans.dueBack'), date(loan.dueBack));
  w.field(t('loans.conditionOut'), loan.conditionOut);
  w.field(t('loanAct.accessories'), loan.accessoriesOut.join(', ') || t('common.none'));
  w.field(t('loanAct.deposit'), money(loan.depositTaken));

  if (kind === 'return' && loan.returnedAt) {
    w.heading(t('loanAct.returnSection'));
    w.field(t('loanAct.returnedAt'), date(loan.returnedAt, true));
    w.field(t('loans.conditionIn'), loan.conditionIn ?? '');
    w.field(t('loans.depositReturned'), money(loan.depositReturned));
    if (loan.withheldReason) w.field(t('loanAct.withheld'), `${money(loan.depositTaken - (loan.depositReturned ?? 0))} · ${loan.withheldReason}`);
  }
  signatures(w, t('pdf.signatures'), [t('loanAct.customerSign'), t('loanAct.workshopSign')], data.workshop.signatory, () =>
    w.paragraph(kind === 'issue' ? t('loanAct.issueTerms') : t('loanAct.returnTerms'), { size: 8.5 }, 8),
  );
  return w.finish();
}
