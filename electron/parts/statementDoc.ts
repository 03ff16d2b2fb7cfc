import type { Language } from '../../shared/platform/common.js';
import type { StatementOutput } from '../../shared/parts/cost.js';
import type { Settings } from '../../shared/settings/index.js';
import { documentTitle, formatters, letterhead, signatures, type LetterheadProfile } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { documentTexts } from '../platform/pdf/texts.js';
import { table } from '../platform/pdf/table.js';

export interface StatementDocData {
  statement: StatementOutput;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
}

/** The statement to a manufacturer of its warranty repairs in a period, with parts and labour, for reimbursement. */
export async function renderStatement(data: StatementDocData, language: Language, options: Omit<RenderOptions, 'title'>): Promise<Uint8Array> {
  const t = documentTexts(language);
  const s = data.statement;
  const w = new PdfWriter(language, { ...options, title: `${t('partStatement.title')} ${s.from} – ${s.to}` });
  const { date, money } = formatters(language, data.currency, data.workshop.dates);
  w.onNewPage = letterhead(w, data.workshop, '');
  w.onNewPage();
  documentTitle(w, t('partStatement.title'), `${t('pdf.period')} ${date(s.from)} – ${date(s.to)}`);
  w.field(t('partStatement.manufacturer'), [s.manufacturer.legalName || s.manufacturer.name, s.manufacturer.taxId].filter(Boolean).join(' · '));
  if (s.manufacturer.brands.length) w.field(t('partStatement.brands'), s.manufacturer.brands.join(', '));
  w.field(t('partStatement.repairs'), String(s.lines.length));
  w.paragraph(t('partStatement.intro'), { size: 8.5, color: '#333333' }, 6);
  const closing = () => {
    // The grand total and the signatures under it stay on one page.
    signatures(w, t('pdf.signatures'), [t('partStatement.manufacturerSign'), t('partStatement.workshopSign')], data.workshop.signatory, () => {
      w.y += 4;
      w.field(t('partStatement.grandTotal'), money(s.total.total));
    });
  };
  if (!s.lines.length) w.paragraph(t('partStatement.none'));
  else
    table(
      w,
      [
        { title: t('partStatement.order'), width: 1.7 },
        { title: t('partStatement.completed'), width: 1.4 },
        { title: t('partStatement.device'), width: 1.9 },
        { title: t('partStatement.defect'), width: 1.8 },
        { title: t('partStatement.parts'), width: 2 },
        { title: t('partStatement.labour'), width: 1.2, align: 'end' },
        { title: t('partStatement.total'), width: 1.2, align: 'end' },
      ],
      s.lines.map((l) => [
        l.number,
        date(l.completedAt),
        `${l.brand} ${l.model}${l.serial ? `, ${l.serial}` : ''}`,
        l.defect,
        // A part a line; a repair of many parts lists them in a run, so that its row, the total and the signatures
        // still fit on a page together.
        [
          l.parts.map((p) => `${p.sku || p.name} × ${p.quantity}${p.unitCost === undefined ? ` (${t('partStatement.costUnknown')})` : ''}`).join(l.parts.length > 6 ? '; ' : '\n'),
          money(l.partsAtCost),
        ].join('\n'),
        money(l.labour),
        money(l.total),
      ]),
      [t('partStatement.total'), '', '', '', money(s.total.partsAtCost), money(s.total.labour), money(s.total.total)],
      { keepWithNext: w.measureHeight(closing) },
    );
  closing();
  return w.finish();
}
