import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { defectLabel, useCatalogue } from '../defects/index.js';
import { useSession } from '../session/index.js';

type Alerts = ChannelOutput<'analytics.alerts'>;

/** A name inside a sentence keeps its own direction (a Latin model name in a Hebrew line). */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** The models that cross the systemic-defect thresholds, in words. */
export function SystemicAlerts({ alerts }: { alerts: Alerts }) {
  const { t } = useTranslation();
  const language = useSession((s) => s.language);
  const catalogue = useCatalogue();
  if (!alerts.alerts.length) return <p className="muted">{t('analytics.noAlerts')}</p>;
  return (
    <ul className="alert-list">
      {alerts.alerts.map((a) => (
        <li key={`${a.kind}-${a.model}-${a.cause ?? ''}`} data-alert={a.kind}>
          {a.kind === 'failure_rate'
            ? t('analytics.alertRate', { model: isolate(a.model), value: a.value, failures: a.failures, units: a.unitsSold, threshold: a.threshold })
            : t('analytics.alertCause', {
                model: isolate(a.model),
                cause: isolate(defectLabel(catalogue, a.cause, language)),
                value: a.value,
                caused: a.causeCount,
                failures: a.failures,
                threshold: a.threshold,
              })}
        </li>
      ))}
    </ul>
  );
}
