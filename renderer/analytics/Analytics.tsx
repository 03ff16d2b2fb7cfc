import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANALYTICS_TABLES } from '../../shared/analytics/schemas.js';
import type { Language } from '../../shared/platform/common.js';
import { AnalyticsCharts, AnalyticsTiles } from './AnalyticsCharts.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { ForecastSection } from './ForecastSection.js';
import { AnalyticsReports } from './AnalyticsReports.js';
import { SystemicAlerts } from './SystemicAlerts.js';
import { ThresholdsForm } from './ThresholdsForm.js';
import { type TableName, useAnalytics } from './store.js';
import { useDefects } from '../defects/index.js';
import { useDocumentLanguage } from '../session/index.js';
import { DateField } from '../app/DateField.js';

/** Which models fail, why, and are we meeting our deadlines: the manager's analytics of a period. */
export function Analytics() {
  const { t } = useTranslation();
  const { period, report, alerts, error, setPeriod, load, loadAlerts, exportFile } = useAnalytics();
  const loadCatalogue = useDefects((s) => s.load);
  const [table, setTable] = useState<TableName>('models');
  // The member's own default document language, else the workshop's.
  const documentLanguage = useDocumentLanguage();
  const [fileLanguage, setFileLanguage] = useState<Language>(documentLanguage);
  useEffect(() => {
    void load();
    void loadAlerts();
    void loadCatalogue();
  }, [load, loadAlerts, loadCatalogue]);
  const errors = fieldsUnder(error);

  function show(event: FormEvent) {
    event.preventDefault();
    void load();
  }

  return (
    <section className="analytics">
      <h1>{t('analytics.title')}</h1>
      <form className="row" onSubmit={show}>
        <Field label={t('analytics.from')} error={errors.from}>
          <DateField value={period.from} onChange={(from) => setPeriod({ from })} />
        </Field>
        <Field label={t('analytics.to')} error={errors.to}>
          <DateField value={period.to} onChange={(to) => setPeriod({ to })} />
        </Field>
        <Field label={t('analytics.bucket')}>
          <select value={period.bucket} onChange={(e) => setPeriod({ bucket: e.target.value as 'week' | 'month' })}>
            <option value="week">{t('analytics.buckets.week')}</option>
            <option value="month">{t('analytics.buckets.month')}</option>
          </select>
        </Field>
        <button type="submit" className="primary">
          {t('analytics.show')}
        </button>
      </form>
      <ErrorBanner error={error} />
      {alerts && (
        <div className={alerts.alerts.length ? 'card alerts' : 'card'}>
          <h2>{t('analytics.alerts')}</h2>
          <SystemicAlerts alerts={alerts} />
        </div>
      )}
      {report && (report.volume.received || report.volume.handedBack ? <AnalyticsTiles report={report} /> : <p className="muted">{t('analytics.noData')}</p>)}
      <div className="row card">
        <DocumentLanguageSelect value={fileLanguage} onChange={setFileLanguage} />
        <Field label={t('analytics.table')}>
          <select value={table} onChange={(e) => setTable(e.target.value as TableName)}>
            {ANALYTICS_TABLES.map((name) => (
              <option key={name} value={name}>
                {t(`analytics.tables.${name}`)}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" onClick={() => void exportFile('csv', table, fileLanguage)}>
          {t('common.exportCsv')}
        </button>
        <button type="button" onClick={() => void exportFile('xlsx', table, fileLanguage)}>
          {t('analytics.exportXlsx')}
        </button>
        <AnalyticsReports language={fileLanguage} />
      </div>
      {report && <AnalyticsCharts report={report} />}
      <ForecastSection />
      {alerts && <ThresholdsForm key={JSON.stringify(alerts.thresholds)} thresholds={alerts.thresholds} />}
    </section>
  );
}
