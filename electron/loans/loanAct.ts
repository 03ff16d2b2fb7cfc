import type { Language } from '../../shared/platform/common.js';
import type { LoanView } from '../../shared/loans/schemas.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { LOAN_ACT_TEXTS } from './loanActTexts.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';

export interface LoanActData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  loan: LoanView;
  timeZone?: string;
}

/** DOMAIN.md document 4: the loaner issue act, or (kind "return") the return act, as PDF bytes. */
export async function renderLoanAct(
  data: LoanActData,
  kind: 'issue' | 'return',
  language: Language,
  options: Omit<RenderOptions, 'title' | 'createdAt'>,
): Promise<Uint8Array> {
  const t = LOAN_ACT_TEXTS[language];
  const title = kind === 'issue' ? t.issueTitle : t.returnTitle;
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${title} ${data.documentNumber}` });
  const { date, money } = formatters(language, data.currency, data.timeZone);
  const { loan, unit } = data.loan;
  w.onNewPage = letterhead(w, data.workshop, loan.number);
  w.onNewPage();
  documentTitle(
    w,
    title,
    `${t.number} ${data.documentNumber} · ${t.loan} ${loan.number} · ${t.order} ${data.loan.orderNumber} · ${t.date} ${date(data.issuedAt.toISOString())}`,
  );

  w.heading(t.customer);
  w.field(t.customer, data.loan.customerName);
  w.field(t.phone, data.loan.customerPhone);

  w.heading(t.unit);
  w.field(t.inventory, unit.inventoryNumber);
  w.field(t.model, `${unit.category}: ${unit.model}`);
  if (unit.serial) w.field(t.serial, unit.serial);
  w.field(t.value, money(unit.value));

  w.heading(t.issue);
  w.field(t.issuedAt, date(loan.issuedAt, true));
  w.field(t.dueBack, date(loan.dueBack));
  w.field(t.conditionOut, loan.conditionOut);
  w.field(t.accessories, loan.accessoriesOut.join(', ') || t.none);
  w.field(t.deposit, money(loan.depositTaken));

  if (kind === 'return' && loan.returnedAt) {
    w.heading(t.returnSection);
    w.field(t.returnedAt, date(loan.returnedAt, true));
    w.field(t.conditionIn, loan.conditionIn ?? '');
    w.field(t.depositReturned, money(loan.depositReturned));
    if (loan.withheldReason) w.field(t.withheld, `${money(loan.depositTaken - (loan.depositReturned ?? 0))} · ${loan.withheldReason}`);
  }
  w.paragraph(kind === 'issue' ? t.issueTerms : t.returnTerms, { size: 8.5 }, 8);
  signatures(w, t.signatures, [t.customerSign, t.workshopSign], data.workshop.signatory);
  return w.finish();
}
