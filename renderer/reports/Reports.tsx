import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_METHODS } from '../../shared/payments/index.js';
import type { Language } from '../../shared/platform/common.js';
import type { ApiError } from '../../shared/platform/result.js';
import { isIsoDate } from '../../shared/platform/dates.js';
import { type Flow, type MoneyReport, type Period, PERIOD_KINDS, type PeriodKind, periodOf, REPORT_TABLES, type ReportTable, shiftPeriod } from '../../shared/reports/index.js';
import { DateField } from '../app/DateField.js';
import { ErrorBanner } from '../app/Field.js';
import { formatDate, formatMoney, LOCALES } from '../app/i18n/index.js';
import { localToday } from '../app/today.js';
import { api } from '../app/api/index.js';
import { RoleNote, useDocumentLanguage, useMay, useSession } from '../session/index.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { sourceText } from '../rules/index.js';
import { useReports } from './store.js';

/**
 * The manager's money reports of a period: takings by day and method and by staff member, the tax charged per rate
 * with its source, and warranty work at zero price against what was claimed and reimbursed (each order opens; each
 * manufacturer's reimbursement statement prints). Exports CSV (one table) or XLSX (all) through the main process.
 */
export function Reports() {
  const { t } = useTranslation();
  const { language, settings, go } = useSession();
  const mayRead = useMay('reports.money');
  const { report, error, written, load, exportFile } = useReports();
  // An Israeli week starts on Sunday; a European or Russian one on Monday.
  const weekStart = settings?.ruleProfile === 'il' ? 0 : 1;
  const [kind, setKind] = useState<PeriodKind>('month');
  // A day, week or month is the one holding the anchor date (today at first); a custom range is typed.
  const [anchor, setAnchor] = useState(localToday);
  const [range, setRange] = useState<Period>(() => periodOf('month', localToday(), weekStart));
  const period = kind === 'custom' ? range : isIsoDate(anchor) ? periodOf(kind, anchor, weekStart) : { from: anchor, to: anchor };
  const [table, setTable] = useState<ReportTable>('takings');
  const [fileLanguage, setFileLanguage] = useState<Language>(useDocumentLanguage());
  const complete = isIsoDate(period.from) && isIsoDate(period.to);
  const { from, to } = period;
  useEffect(() => {
    if (mayRead && complete) void load({ from, to });
  }, [mayRead, complete, from, to, load]);
  if (!mayRead) {
    return (
      <section className="reports">
        <h1>{t('reports.title')}</h1>
        <RoleNote action="reports.money" />
      </section>
    );
  }
  const m = (minor: number) => formatMoney(minor, settings?.currency ?? 'EUR', language);
  const choose = (next: PeriodKind) => {
    // A custom range starts as the period shown; a day, week or month keeps the anchor.
    if (next === 'custom' && complete) setRange(period);
    setKind(next);
  };
  const step = (direction: -1 | 1) => kind !== 'custom' && complete && setAnchor(shiftPeriod(kind, period, direction, weekStart).from);

  return (
    <section className="reports">
      <h1>{t('reports.title')}</h1>
      <p className="muted">{t('reports.hint')}</p>
      <div className="row card">
        <label className="compact">
          <span>{t('reports.period.label')}</span>
          <select aria-label={t('reports.period.label')} value={kind} onChange={(e) => choose(e.target.value as PeriodKind)}>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`reports.period.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'custom' ? (
          <>
            <label className="compact">
              <span>{t('reports.period.from')}</span>
              <DateField aria-label={t('reports.period.from')} value={range.from} onChange={(value) => setRange({ ...range, from: value })} />
            </label>
            <label className="compact">
              <span>{t('reports.period.to')}</span>
              <DateField aria-label={t('reports.period.to')} value={range.to} onChange={(value) => setRange({ ...range, to: value })} />
            </label>
          </>
        ) : (
          <>
            <button type="button" onClick={() => step(-1)}>
              {t('reports.period.previous')}
            </button>
            <label className="compact">
              <span>{t('reports.period.date')}</span>
              <DateField aria-label={t('reports.period.date')} value={anchor} onChange={setAnchor} />
            </label>
            <button type="button" onClick={() => step(1)}>
              {t('reports.period.next')}
            </button>
          </>
        )}
        {complete && (
          <b data-testid="period-range">
            {/* A day is its date; a longer period its first and last day. */}
            {period.from === period.to ? formatDate(period.from, language) : t('reports.period.range', { from: formatDate(period.from, language), to: formatDate(period.to, language) })}
          </b>
        )}
      </div>
      <div className="row">
        <label className="compact">
          <span>{t('reports.export.table')}</span>
          <select aria-label={t('reports.export.table')} value={table} onChange={(e) => setTable(e.target.value as ReportTable)}>
            {REPORT_TABLES.map((name) => (
              <option key={name} value={name}>
                {t(`reports.sheets.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <DocumentLanguageSelect value={fileLanguage} onChange={setFileLanguage} />
        <button type="button" disabled={!complete} onClick={() => void exportFile({ from, to }, 'csv', table, fileLanguage)}>
          {t('reports.export.csv')}
        </button>
        <button type="button" disabled={!complete} onClick={() => void exportFile({ from, to }, 'xlsx', table, fileLanguage)}>
          {t('reports.export.xlsx')}
        </button>
      </div>
      {written && (
        <p className="muted" data-testid="written">
          {t('reports.export.written', { file: written })}
        </p>
      )}
      <ErrorBanner error={error} />
      {report && (
        <>
          <Takings report={report} m={m} />
          <TaxCollected report={report} m={m} />
          <WarrantyWork report={report} m={m} openOrder={(id) => go({ name: 'order', id })} />
        </>
      )}
    </section>
  );
}

type Money = (minor: number) => string;

function FlowCells({ methods, total, m }: { methods: Record<string, Flow>; total: Flow; m: Money }) {
  return (
    <>
      {PAYMENT_METHODS.map((method) => (
        <td key={method} className="num">
          {m(methods[method].net)}
        </td>
      ))}
      <td className="num">{m(total.paid)}</td>
      <td className="num">{m(total.refunded)}</td>
      <td className="num">
        <b>{m(total.net)}</b>
      </td>
    </>
  );
}

function FlowHeads() {
  const { t } = useTranslation();
  return (
    <>
      {PAYMENT_METHODS.map((method) => (
        <th key={method} scope="col" className="num">
          {t(`payments.method.${method}`)}
        </th>
      ))}
      <th scope="col" className="num">
        {t('reports.takings.paid')}
      </th>
      <th scope="col" className="num">
        {t('reports.takings.refunded')}
      </th>
      <th scope="col" className="num">
        {t('reports.takings.net')}
      </th>
    </>
  );
}

/** A table's heading row: each column's phrase, an amount's column aligned as its amounts. */
function Heads({ columns }: { columns: ReadonlyArray<readonly [key: string, amount?: true]> }) {
  const { t } = useTranslation();
  return (
    <tr>
      {columns.map(([key, amount]) => (
        <th key={key} scope="col" className={amount ? 'num' : undefined}>
          {t(key)}
        </th>
      ))}
    </tr>
  );
}

function Takings({ report, m }: { report: MoneyReport; m: Money }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const { days, staff, methods, total } = report.takings;
  return (
    <>
      <h2>{t('reports.takings.title')}</h2>
      {days.length === 0 ? (
        <p className="muted">{t('reports.takings.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('reports.takings.days', { count: days.length })} {t('reports.takings.refundsNote')}
          </p>
          <table className="report-takings" aria-label={t('reports.takings.title')}>
            <thead>
              <tr>
                <th scope="col">{t('reports.takings.date')}</th>
                <FlowHeads />
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date} data-day={d.date}>
                  <td>{formatDate(d.date, language)}</td>
                  <FlowCells methods={d.methods} total={d.total} m={m} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="totals" data-day="total">
                <th scope="row">{t('reports.total')}</th>
                <FlowCells methods={methods} total={total} m={m} />
              </tr>
            </tfoot>
          </table>
          <h2>{t('reports.takings.byStaff')}</h2>
          <table className="report-staff" aria-label={t('reports.takings.byStaff')}>
            <thead>
              <tr>
                <th scope="col">{t('reports.takings.staff')}</th>
                <FlowHeads />
                <th scope="col" className="num">
                  {t('reports.takings.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {staff.map((s) => (
                <tr key={s.staffId}>
                  <td>{s.name}</td>
                  <FlowCells methods={s.methods} total={s.total} m={m} />
                  <td className="num">{s.total.count}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="totals">
                <th scope="row">{t('reports.total')}</th>
                <FlowCells methods={methods} total={total} m={m} />
                <td className="num">{total.count}</td>
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </>
  );
}

function TaxCollected({ report, m }: { report: MoneyReport; m: Money }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const { rates, total, source } = report.tax;
  const percent = (rate: number) => `${new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(rate / 100)}%`;
  return (
    <>
      <h2>{t('reports.tax.title')}</h2>
      <p className="muted">{t('reports.tax.basis')}</p>
      {rates.length === 0 ? (
        <p className="muted">{t('reports.tax.none')}</p>
      ) : (
        <table className="report-tax" aria-label={t('reports.tax.title')}>
          <thead>
            <Heads columns={[['reports.tax.rate'], ['reports.tax.from'], ['reports.tax.documents', true], ['reports.tax.net', true], ['reports.tax.tax', true], ['reports.tax.gross', true]]} />
          </thead>
          <tbody>
            {rates.map((r) => (
              <tr key={String(r.rate)}>
                <td>{r.rate === null ? t('payments.noTax') : percent(r.rate)}</td>
                <td>{r.from ? formatDate(r.from, language) : ''}</td>
                <td className="num">{r.documents}</td>
                <td className="num">{m(r.net)}</td>
                <td className="num">
                  <b>{m(r.tax)}</b>
                </td>
                <td className="num">{m(r.gross)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="totals">
              <th scope="row">{t('reports.total')}</th>
              <td />
              <td className="num">{t('reports.tax.documentsCount', { count: total.documents })}</td>
              <td className="num">{m(total.net)}</td>
              <td className="num">
                <b>{m(total.tax)}</b>
              </td>
              <td className="num">{m(total.gross)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <p className="small" data-testid="tax-source">
        {t('reports.tax.source')}: <bdi>{sourceText(t, source)}</bdi>
        {!source.confirmed && ` (${t('reports.tax.unconfirmed')})`}
      </p>
    </>
  );
}

function WarrantyWork({ report, m, openOrder }: { report: MoneyReport; m: Money; openOrder(id: string): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const { rows, total } = report.warranty;
  const manufacturers = [...new Map(rows.filter((r) => r.manufacturerId).map((r) => [r.manufacturerId!, r.manufacturerName ?? ''])).entries()];
  const [error, setError] = useState<ApiError>();
  async function statement(manufacturerId: string) {
    const file = await api().call('parts.costs.statementPdf', { from: report.from, to: report.to, manufacturerId, language });
    if (!file.ok) return setError(file.error);
    setError(undefined);
    if (file.value.printed) return;
    const bytes = Uint8Array.from(atob(file.value.base64), (c) => c.charCodeAt(0));
    window.open(URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })), '_blank');
  }
  return (
    <>
      <h2>{t('reports.warranty.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('reports.warranty.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('reports.warranty.explain')} {total.unclaimed > 0 && t('reports.warranty.unclaimedCount', { count: total.unclaimed })}
          </p>
          {/* Eight columns, so that the difference shows at 1024 px too: the completion date and the basis go under the
              order and the device, what the repair cost us is broken down into parts and labour under its sum. */}
          <div className="table-scroll">
            <table className="report-warranty orders" aria-label={t('reports.warranty.title')}>
              <thead>
                <Heads columns={[['reports.warranty.order'], ['reports.warranty.device'], ['reports.warranty.value', true], ['reports.warranty.cost', true], ['reports.warranty.claimed', true], ['reports.warranty.reimbursed', true], ['reports.warranty.difference', true], ['reports.warranty.claims']]} />
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.orderId} data-order={r.number} onClick={() => openOrder(r.orderId)}>
                    <td>
                      {/* The row opens the order; the button is its keyboard way (its click reaches the row). */}
                      <button type="button" className="link mono" aria-label={t('reports.openOrder', { number: r.number })}>
                        {r.number}
                      </button>
                      <div className="small muted">
                        {t('reports.warranty.completed')}: {formatDate(r.completedOn, language)}
                      </div>
                    </td>
                    <td>
                      {r.device}
                      {r.manufacturerName && <div className="small muted">{r.manufacturerName}</div>}
                      <div className="small muted">{t(`basis.${r.basis}`)}</div>
                    </td>
                    <td className="num">{m(r.value)}</td>
                    <td className="num cost">
                      {m(r.cost)}
                      <CostParts partsAtCost={r.partsAtCost} labour={r.labour} unknownCostParts={r.unknownCostParts} m={m} />
                    </td>
                    <td className="num">{m(r.claimed)}</td>
                    <td className="num">{m(r.reimbursed)}</td>
                    <td className={r.difference < 0 ? 'num negative' : 'num'}>
                      <b>{m(r.difference)}</b>
                    </td>
                    <td className="small">{r.claims.length ? r.claims.map((c) => `${c.number} (${t(`counterparty.statuses.${c.status}`)})`).join(', ') : t('reports.warranty.unclaimed')}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="totals">
                  <th scope="row" colSpan={2}>
                    {t('reports.total')}
                  </th>
                  <td className="num">{m(total.value)}</td>
                  <td className="num cost">
                    {m(total.cost)}
                    <CostParts partsAtCost={total.partsAtCost} labour={total.labour} unknownCostParts={0} m={m} />
                  </td>
                  <td className="num">{m(total.claimed)}</td>
                  <td className="num">{m(total.reimbursed)}</td>
                  <td className="num" data-testid="warranty-difference">
                    <b>{m(total.difference)}</b>
                  </td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          <div className="row">
            {manufacturers.map(([id, name]) => (
              <button key={id} type="button" onClick={() => void statement(id)}>
                {t('reports.warranty.statement', { name })}
              </button>
            ))}
          </div>
          <ErrorBanner error={error} />
        </>
      )}
    </>
  );
}

/** What a warranty repair cost us, under its sum: parts at cost and labour, and how many parts have no known cost. */
function CostParts({ partsAtCost, labour, unknownCostParts, m }: { partsAtCost: number; labour: number; unknownCostParts: number; m: Money }) {
  const { t } = useTranslation();
  return (
    <div className="small muted cost-parts">
      <div>{t('reports.warranty.costParts', { amount: m(partsAtCost) })}</div>
      <div>{t('reports.warranty.costLabour', { amount: m(labour) })}</div>
      {unknownCostParts > 0 && <div className="unknown">{t('reports.warranty.costUnknown', { count: unknownCostParts })}</div>}
    </div>
  );
}
