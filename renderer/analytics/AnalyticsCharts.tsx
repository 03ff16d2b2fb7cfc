import { useTranslation } from 'react-i18next';
import { AGE_BANDS } from '../../shared/analytics/analytics.js';
import type { ChannelOutput } from '../../shared/channels.js';
import { formatMoney } from '../app/i18n/index.js';
import { defectLabel, useDefects } from '../defects/index.js';
import { useSession } from '../session/index.js';
import { BarChart, ColumnChart } from '../app/Charts.js';
import { TableHead } from '../app/TableHead.js';
import { bucketLabel } from './buckets.js';

/** Months in service at failure: "< 3", "3-6", …, "24+", the same in every language. */
const AGE_LABELS = [`< ${AGE_BANDS[0]}`, ...AGE_BANDS.slice(1).map((to, i) => `${AGE_BANDS[i]}-${to}`), `${AGE_BANDS[AGE_BANDS.length - 1]}+`];

type Report = ChannelOutput<'analytics.report'>;

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 1000) / 10}%`);

/** The headline figures of a period. */
export function AnalyticsTiles({ report }: { report: Report }) {
  const { t } = useTranslation();
  const tile = (label: string, value: string | number, key: string) => (
    <div className="tile" data-tile={key}>
      <strong>{value}</strong>
      <span>{label}</span>
    </div>
  );
  return (
    <div className="tiles">
      {tile(t('analytics.columns.received'), report.volume.received, 'received')}
      {tile(t('analytics.columns.handedBack'), report.volume.handedBack, 'handedBack')}
      {tile(t('analytics.turnaround'), `${report.turnaround.median ?? '—'} / ${report.turnaround.p90 ?? '—'}`, 'turnaround')}
      {tile(t('analytics.legal'), percent(report.deadlines.legal.share), 'legal')}
      {tile(t('analytics.promised'), percent(report.deadlines.promised.share), 'promised')}
      {tile(t('analytics.repeat'), percent(report.repeat.share), 'repeat')}
      {tile(t('analytics.satisfaction'), report.satisfaction.average ?? '—', 'satisfaction')}
    </div>
  );
}

/** Every chart of the report: which models fail, why, where, how fast we are. */
export function AnalyticsCharts({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { language, settings, staff } = useSession();
  const catalogue = useDefects((s) => s.catalogue);
  const currency = settings?.currency ?? 'EUR';
  const name = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  return (
    <>
      <div className="charts">
        <ColumnChart
          title={t('analytics.tables.volume')}
          series={[t('analytics.columns.received'), t('analytics.columns.handedBack')]}
          columns={report.volume.series.map((s) => ({ ...bucketLabel(s.bucket, language), values: [s.received, s.handedBack] }))}
        />
        <BarChart
          title={t('analytics.models')}
          bars={report.models.slice(0, 10).map((m) => ({
            label: m.model,
            value: m.failures,
            note: m.rate !== null ? t('analytics.ofSold', { rate: Math.round(m.rate * 1000) / 10, sold: m.unitsSold }) : `${m.failures} · ${t('analytics.soldUnknown')}`,
          }))}
        />
        <BarChart
          title={t('analytics.categories')}
          bars={Object.entries(report.categories).map(([category, count]) => ({ label: t(`defects.categories.${category}`), value: count }))}
        />
        <BarChart title={t('analytics.causes')} bars={report.causes.slice(0, 8).map((c) => ({ label: defectLabel(catalogue, c.cause, language), value: c.count }))} />
        <BarChart
          title={t('analytics.components')}
          bars={report.components.slice(0, 8).map((c) => ({ label: defectLabel(catalogue, c.component, language), value: c.count }))}
        />
        <BarChart title={t('analytics.statuses')} bars={report.timeInStatus.map((s) => ({ label: t(`status.${s.status}`), value: s.median ?? 0 }))} />
        <BarChart
          title={t('analytics.serviceAge')}
          bars={report.serviceAge.bands.map((count, i) => ({ label: AGE_LABELS[i], value: count }))}
        />
        <ColumnChart
          title={t('analytics.satisfactionTrend')}
          series={[t('analytics.satisfaction')]}
          columns={report.satisfaction.series.map((s) => ({ ...bucketLabel(s.bucket, language), values: [s.average ?? 0] }))}
        />
      </div>
      <div className="columns">
        <div className="card">
          <h2>{t('analytics.tables.basis')}</h2>
          <table>
            <TableHead columns={['', t('analytics.columns.orders'), t('analytics.columns.cost'), t('analytics.columns.paid')]} />
            <tbody>
              {report.basis.map((b) => (
                <tr key={b.group}>
                  <td>{t(`analytics.groups.${b.group}`)}</td>
                  <td className="num">
                    {b.orders} ({percent(b.share)})
                  </td>
                  <td className="num">{formatMoney(b.cost, currency, language)}</td>
                  <td className="num">{formatMoney(b.paid, currency, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="card">
          <h2>{t('analytics.tables.technicians')}</h2>
          <table>
            <TableHead columns={[t('analytics.columns.technician'), t('analytics.columns.received'), t('analytics.columns.handedBack'), t('analytics.columns.open'), t('analytics.columns.turnaround')]} />
            <tbody>
              {report.technicians.map((r) => (
                <tr key={r.technicianId}>
                  <td>{name(r.technicianId)}</td>
                  <td className="num">{r.received}</td>
                  <td className="num">{r.handedBack}</td>
                  <td className="num">{r.open}</td>
                  <td className="num">{r.turnaroundMedian ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="card">
        <h2>{t('analytics.tables.parts')}</h2>
        {report.parts.length > 0 && <BarChart title={t('analytics.tables.parts')} bars={report.parts.slice(0, 10).map((p) => ({ label: p.name, value: p.quantity }))} />}
        <p className="muted small">{t('analytics.supplierNote')}</p>
      </div>
    </>
  );
}
