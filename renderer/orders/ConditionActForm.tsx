import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/platform/common.js';
import { DefectCause, type ConditionFindings } from '../../shared/documents/index.js';
import { printConditionAct } from './orderDocumentsStore.js';

const REPAIRABILITY = ['repairable', 'unrepairable', 'uneconomic'] as const;

/** What the examination found, printed as the technical condition act (for a refusal or for a claim). */
export function ConditionActForm({ language }: { language: Language }) {
  const { t } = useTranslation();
  const [findings, setFindings] = useState<ConditionFindings>({ defectConfirmed: true, defect: '', cause: 'manufacturing', repairability: 'repairable', recommendation: '' });
  const set = (change: Partial<ConditionFindings>) => setFindings({ ...findings, ...change });
  return (
    <details className="condition-act">
      <summary>{t('conditionAct.title')}</summary>
      <form
        className="grid"
        onSubmit={(e) => {
          e.preventDefault();
          void printConditionAct(language, findings);
        }}
      >
        <label className="check">
          <input type="checkbox" checked={findings.defectConfirmed} onChange={(e) => set({ defectConfirmed: e.target.checked })} />
          {t('conditionAct.defectConfirmed')}
        </label>
        <label className="field">
          <span className="field-label">{t('documents.defect')}</span>
          <textarea value={findings.defect} onChange={(e) => set({ defect: e.target.value })} rows={3} />
        </label>
        <label className="field double">
          <span className="field-label">{t('documents.cause')}</span>
          <select aria-label={t('documents.cause')} value={findings.cause} onChange={(e) => set({ cause: e.target.value as ConditionFindings['cause'] })}>
            {DefectCause.options.map((cause) => (
              <option key={cause} value={cause}>
                {t(`conditionAct.causes.${cause}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('documents.repairability')}</span>
          <select aria-label={t('documents.repairability')} value={findings.repairability} onChange={(e) => set({ repairability: e.target.value as ConditionFindings['repairability'] })}>
            {REPAIRABILITY.map((r) => (
              <option key={r} value={r}>
                {t(`conditionAct.repairabilities.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('documents.recommendation')}</span>
          <textarea value={findings.recommendation ?? ''} onChange={(e) => set({ recommendation: e.target.value })} rows={2} />
        </label>
        <div className="row">
          <button type="submit">{t('documents.conditionPrint')}</button>
        </div>
      </form>
    </details>
  );
}
