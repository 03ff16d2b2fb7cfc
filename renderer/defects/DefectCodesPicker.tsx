import { useTranslation } from 'react-i18next';
import { DEFECT_KINDS } from '../../shared/defects/defects.js';
import type { DiagnosisDefect } from '../../shared/defects/schemas.js';
import { useCatalogue } from './store.js';
import { useSession } from '../session/index.js';
import { Field } from '../app/Field.js';

/** The defect codes of a diagnosis: one row per defect found, a choice from the catalogue for each kind. */
export function DefectCodesPicker({ value, onChange, errors }: { value: DiagnosisDefect[]; onChange(value: DiagnosisDefect[]): void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const language = useSession((s) => s.language);
  const catalogue = useCatalogue();
  const update = (i: number, patch: Partial<DiagnosisDefect>) => onChange(value.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  return (
    <div className="defect-codes field wide">
      <span className="field-label">{t('defects.title')}</span>
      {value.map((defect, i) => (
        <div className="row defect-row" key={i} data-defect-row={i}>
          {DEFECT_KINDS.map((kind) => (
            <Field key={kind} label={t(`defects.kinds.${kind}`)} error={errors[`defects.${i}.${kind}`] ?? (kind === 'symptom' ? errors[`defects.${i}`] : undefined)}>
              <select value={defect[kind] ?? ''} onChange={(e) => update(i, { [kind]: e.target.value || undefined })}>
                <option value="">{t('common.none')}</option>
                {catalogue
                  .filter((c) => c.kind === kind && (c.active || c.code === defect[kind]))
                  .map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.code} · {c.names[language]}
                      {c.category ? ` (${t(`defects.categories.${c.category}`)})` : ''}
                    </option>
                  ))}
              </select>
            </Field>
          ))}
          <button type="button" className="link" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('defects.remove')}
          </button>
        </div>
      ))}
      <div>
        <button type="button" onClick={() => onChange([...value, {}])}>
          {t('defects.add')}
        </button>
      </div>
    </div>
  );
}
