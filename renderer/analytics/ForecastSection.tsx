import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { api } from '../app/api/index.js';
import { ColumnChart } from '../app/Charts.js';
import { TableHead } from '../app/TableHead.js';
import { useSession } from '../session/index.js';
import { bucketLabel } from './buckets.js';

type Forecast = ChannelOutput<'analytics.forecast'>;
const WEEKS = 8;

/** Intake volume and parts demand for the coming weeks, with the method named. */
export function ForecastSection() {
  const { t } = useTranslation();
  const language = useSession((s) => s.language);
  const [forecast, setForecast] = useState<Forecast>();
  useEffect(() => {
    void api()
      .call('analytics.forecast', { weeks: WEEKS })
      .then((result) => result.ok && setForecast(result.value));
  }, []);
  if (!forecast) return null;
  const recent = forecast.history.slice(-12);
  return (
    <div className="card forecast">
      <h2>{t('analytics.forecast')}</h2>
      <p className="muted small">{t('analytics.forecastMethod', { alpha: forecast.alpha, beta: forecast.beta })}</p>
      <ColumnChart
        title={t('analytics.intakePerWeek')}
        series={[t('analytics.pastWeeks'), t('analytics.expected')]}
        columns={[
          ...recent.map((h) => ({ ...bucketLabel(h.week, language), values: [h.count, 0] })),
          ...forecast.weeks.map((week, i) => ({ ...bucketLabel(week, language), values: [0, forecast.intake[i]] })),
        ]}
      />
      {forecast.parts.length > 0 && (
        <table>
          <TableHead columns={[t('analytics.columns.part'), t('analytics.used52'), t('analytics.expectedTotal', { count: WEEKS })]} />
          <tbody>
            {forecast.parts.slice(0, 10).map((p) => (
              <tr key={p.key}>
                <td>
                  <bdi>{p.name}</bdi>
                </td>
                <td className="num">{p.used}</td>
                <td className="num">{p.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
