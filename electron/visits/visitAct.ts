import type { Language } from '../../shared/platform/common.js';
import type { Settings } from '../../shared/settings/index.js';
import type { VisitView } from '../../shared/visits/schemas.js';
import type { RuleSource } from '../../shared/rules/index.js';
import { sourceText } from '../../shared/rules/index.js';
import { type BasisStep, basisText } from '../../shared/warranty/index.js';
import { documentTitle, formatters, type LetterheadProfile, letterhead, signatures } from '../platform/pdf/letterhead.js';
import { PdfWriter, type RenderOptions } from '../platform/pdf/pdfWriter.js';
import { table } from '../platform/pdf/table.js';
import { documentTexts } from '../platform/pdf/texts.js';

export interface VisitActData {
  documentNumber: string;
  issuedAt: Date;
  workshop: LetterheadProfile;
  currency: Settings['currency'];
  view: VisitView;
  /** The phone of the day, as the workshop writes phones. */
  phone: string;
  /** Each unit's warranty as the warranty check gives it; it is told in words, with its basis. */
  warranty: Array<{ unit: string; steps: BasisStep[]; end?: string }>;
  /** Where the rule profile says whether the warranty starts at the installation. */
  rule: Pick<RuleSource, 'key' | 'preset'>;
}

/**
 * DOMAIN.md: the installation act or the commissioning act of a visit, as PDF bytes: the units with their serials,
 * the installation day, who installed them, the checks done, the work, and each unit's warranty with its basis.
 */
export async function renderVisitAct(data: VisitActData, kind: 'installation' | 'commissioning', language: Language, options: Omit<RenderOptions, 'title' | 'createdAt'>): Promise<Uint8Array> {
  const t = documentTexts(language);
  const title = kind === 'installation' ? t('visitAct.installationTitle') : t('visitAct.commissioningTitle');
  const { view } = data;
  const { visit } = view;
  const w = new PdfWriter(language, { ...options, createdAt: data.issuedAt, title: `${title} ${data.documentNumber}` });
  const { date, money } = formatters(language, data.currency, data.workshop.dates);
  w.onNewPage = letterhead(w, data.workshop, visit.number);
  w.onNewPage();
  documentTitle(w, title, `${t('pdf.number')} ${data.documentNumber} · ${t('visitAct.visit')} ${visit.number} · ${t('pdf.date')} ${date(data.issuedAt.toISOString())}`);

  w.heading(t('visitAct.customer'));
  w.field(t('visitAct.customer'), view.customerName);
  w.field(t('visitAct.phone'), data.phone);
  w.field(t('visitAct.address'), visit.address);

  w.heading(t('visitAct.units'));
  table(
    w,
    [
      { title: '#', width: 4, align: 'end' },
      { title: t('visitAct.unit'), width: 46 },
      { title: t('visitAct.serial'), width: 28 },
      { title: t('visitAct.installedOn'), width: 22 },
    ],
    view.units.map((unit, i) => [String(i + 1), unit.label, unit.serial ?? '—', date(visit.installedOn)]),
  );
  w.field(kind === 'installation' ? t('visitAct.installers') : t('visitAct.commissioners'), view.technicians.map((m) => m.name).join(', '));

  w.heading(t('visitAct.checks'));
  const checks = visit.checks ?? [];
  if (checks.length) {
    table(
      w,
      [
        { title: t('visitAct.check'), width: 50 },
        { title: t('visitAct.result'), width: 16 },
        { title: t('visitAct.note'), width: 34 },
      ],
      checks.map((c) => [c.label, c.passed ? t('visitAct.passed') : t('visitAct.failed'), c.note ?? '']),
    );
  } else w.paragraph(t('visitAct.noChecks'));

  if (visit.workLines.length || visit.partLines.length) {
    w.heading(t('visitAct.work'));
    table(
      w,
      [
        { title: t('visits.description'), width: 58 },
        { title: t('visits.quantity'), width: 12, align: 'end' },
        { title: t('visits.price'), width: 30, align: 'end' },
      ],
      [...visit.workLines.map((l) => [l.description, String(l.quantity), money(l.unitPrice)]), ...visit.partLines.map((l) => [l.name, String(l.quantity), money(l.unitPrice)])],
    );
  }

  w.heading(t('visitAct.warranty'));
  for (const entry of data.warranty) {
    const fromInstallation = entry.steps.some((step) => step.kind === 'start' && step.from === 'installation');
    w.paragraph(
      fromInstallation
        ? t('visitAct.warrantyFrom', { unit: entry.unit, basis: basisText(entry.steps, entry.end, t, (iso) => date(iso)) })
        : t('visitAct.warrantyNoStart', { unit: entry.unit, source: sourceText(t, data.rule) }),
      { size: 9.5 },
    );
  }
  signatures(w, t('pdf.signatures'), [t('visitAct.customerSign'), t('visitAct.workshopSign')], data.workshop.signatory, () => w.paragraph(t('visitAct.terms'), { size: 8.5 }, 8));
  return w.finish();
}
