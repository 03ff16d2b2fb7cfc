import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/platform/common.js';
import { api } from '../app/api/index.js';
import { useAnalytics } from './store.js';
import { printDocument } from '../orders/index.js';

/** Printing the period report of the chosen period, and the proposal to production with its evidence (managers). */
export function AnalyticsReports({ language }: { language: Language }) {
  const { t } = useTranslation();
  const period = useAnalytics((s) => s.period);

  async function print(kind: 'period' | 'proposal') {
    const issued =
      kind === 'period'
        ? await api().call('analytics.periodReport', { ...period, language })
        : await api().call('analytics.defectProposal', { language });
    if (!issued.ok) return useAnalytics.setState({ error: issued.error });
    await printDocument(issued.value);
  }

  return (
    <>
      <button type="button" className="primary" onClick={() => void print('period')}>
        {t('analytics.printReport')}
      </button>
      <button type="button" onClick={() => void print('proposal')}>
        {t('analytics.printProposal')}
      </button>
    </>
  );
}
