import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { toCsv } from '../../shared/platform/csv.js';
import { localToday } from '../app/today.js';
import type { ApiError } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { formatDate } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';

type Row = ChannelOutput<'warranty.expiring'>[number];

/** The service manager's outreach list: warranties ending soon or just ended, with a CSV export. */
export function Expiring() {
  const { t } = useTranslation();
  const language = useSession((s) => s.language);
  const [filters, setFilters] = useState({ withinDays: '30', pastDays: '30', model: '', customer: '' });
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    const timer = setTimeout(async () => {
      const result = await api().call('warranty.expiring', {
        withinDays: Number(filters.withinDays || 0),
        pastDays: Number(filters.pastDays || 0),
        model: filters.model,
        customer: filters.customer,
      });
      setError(result.ok ? undefined : result.error);
      if (result.ok) setRows(result.value);
    }, 150);
    return () => clearTimeout(timer);
  }, [filters]);

  function exportCsv() {
    const csv = toCsv(
      [t('expiring.end'), t('expiring.daysLeft'), t('intake.brand'), t('intake.model'), t('device.serial'), t('intake.name'), t('intake.phone'), t('common.email')],
      rows.map((r) => [r.end, r.daysLeft, r.brand, r.model, r.serial, r.customerName, r.customerPhone, r.customerEmail]),
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `warranty-expiring-${localToday()}.csv`;
    link.click();
  }

  const errors = fieldsUnder(error);
  const set = (key: keyof typeof filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [key]: e.target.value });
  return (
    <section>
      <h1>{t('expiring.title')}</h1>
      <div className="row">
        <Field label={t('expiring.within')} error={errors.withinDays}>
          <input inputMode="numeric" value={filters.withinDays} onChange={set('withinDays')} />
        </Field>
        <Field label={t('expiring.past')} error={errors.pastDays}>
          <input inputMode="numeric" value={filters.pastDays} onChange={set('pastDays')} />
        </Field>
        <Field label={t('expiring.model')}>
          <input value={filters.model} onChange={set('model')} />
        </Field>
        <Field label={t('expiring.customer')}>
          <input value={filters.customer} onChange={set('customer')} />
        </Field>
        <button type="button" onClick={exportCsv} disabled={!rows.length}>
          {t('common.exportCsv')}
        </button>
      </div>
      <ErrorBanner error={error} />
      <p className="muted">{t('expiring.count', { count: rows.length })}</p>
      <table>
        <thead>
          <tr>
            <th>{t('expiring.end')}</th>
            <th>{t('expiring.daysLeft')}</th>
            <th>{t('orders.device')}</th>
            <th>{t('orders.customer')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.deviceId} className={r.daysLeft < 0 ? 'past' : ''}>
              <td>{formatDate(r.end, language)}</td>
              <td className="num">{r.daysLeft}</td>
              <td>
                {r.brand} {r.model}
                <div className="muted small mono" dir="ltr">
                  {r.serial}
                </div>
              </td>
              <td>
                <bdi>{r.customerName}</bdi>
                <div className="muted small" dir="ltr">
                  {r.customerPhone} {r.customerEmail}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
