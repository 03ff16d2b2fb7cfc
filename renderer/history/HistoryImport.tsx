import { useTranslation } from 'react-i18next';
import { HISTORY_DATE_FIELDS, HISTORY_FIELDS, HISTORY_PRESET_NAMES } from '../../shared/history/index.js';
import { ErrorBanner, FieldError } from '../app/Field.js';
import { ColumnSelect, RowErrors } from '../app/ImportTable.js';
import { toBase64 } from '../registry/index.js';
import { RoleNote, useMay } from '../session/index.js';
import { useHistoryWizard, type WizardStep } from './historyStore.js';
import { PastImports } from './PastImports.js';

const STEPS: WizardStep[] = ['file', 'mapping', 'preview', 'result'];

/** Import a workshop's history from another system: file → columns → check (every bad row) → import → result. */
export function HistoryImport() {
  const { t } = useTranslation();
  const allowed = useMay('history.import');
  const w = useHistoryWizard();
  const fieldName = (field: string) => t(`history.fields.${field}`);

  async function pick(picked: File | undefined) {
    w.set({ file: picked ? { name: picked.name, base64: toBase64(await picked.arrayBuffer()) } : undefined });
  }

  return (
    <section className="history-import">
      <h1>{t('history.title')}</h1>
      <p className="muted">{t('history.intro')}</p>
      <RoleNote action="history.import" />
      <ol className="wizard-steps">
        {STEPS.map((step) => (
          <li key={step} aria-current={w.step === step ? 'step' : undefined} className={w.step === step ? 'current' : undefined}>
            {t(`history.steps.${step}`)}
          </li>
        ))}
      </ol>
      <ErrorBanner error={w.error} />
      <FieldError code={w.error?.fields?.file} />

      {w.step === 'file' && (
        <div className="grid">
          <label className="field">
            <span className="field-label">{t('history.file')}</span>
            <input type="file" accept=".csv,.xlsx,text/csv" disabled={!allowed} onChange={(e) => void pick(e.target.files?.[0])} />
          </label>
          <label className="field">
            <span className="field-label">{t('history.system')}</span>
            <input value={w.system} maxLength={60} placeholder="RepairShopr, Excel…" onChange={(e) => w.set({ system: e.target.value })} />
          </label>
          <label className="field">
            <span className="field-label">{t('history.preset')}</span>
            <select value={w.preset} onChange={(e) => w.set({ preset: e.target.value })}>
              {HISTORY_PRESET_NAMES.map((name) => (
                <option key={name} value={name}>
                  {t(`history.presets.${name}`)}
                </option>
              ))}
            </select>
          </label>
          <div>
            <button type="button" className="primary" disabled={!allowed || !w.file || w.busy} onClick={() => void w.read(undefined).then((ok) => ok && w.set({ step: 'mapping' }))}>
              {t('history.next')}
            </button>
          </div>
        </div>
      )}

      {w.step === 'mapping' && w.preview && (
        <>
          <h2>{t('history.mapping')}</h2>
          <div className="grid">
            {HISTORY_FIELDS.map((field) => (
              <ColumnSelect key={field} label={fieldName(field)} value={w.mapping[field]} headers={w.preview!.headers} onChange={(index) => void w.read({ ...w.mapping, [field]: index })} />
            ))}
          </div>
          <div className="actions">
            <button type="button" onClick={() => w.set({ step: 'file' })}>
              {t('history.back')}
            </button>
            <button type="button" className="primary" disabled={w.busy} onClick={() => w.set({ step: 'preview' })}>
              {t('history.next')}
            </button>
          </div>
        </>
      )}

      {w.step === 'preview' && w.preview && preview()}

      {w.step === 'result' && w.result && (
        <>
          <div className="banner ok" role="status">
            {t('history.done', { count: w.result.counts.newOrders, seconds: (w.result.ms / 1000).toFixed(1) })}
          </div>
          <button type="button" onClick={() => w.reset()}>
            {t('history.another')}
          </button>
        </>
      )}
      <PastImports refreshKey={w.result} />
    </section>
  );

  function preview() {
    const shown = w.preview!;
    const c = shown.counts;
    const unanswered = shown.questions.filter((q) => !w.dateOrders[q.field]);
    return (
      <>
        {HISTORY_DATE_FIELDS.filter((field) => shown.questions.some((q) => q.field === field)).map((field) => {
          const question = shown.questions.find((q) => q.field === field)!;
          return (
            <fieldset key={field} className="card date-question" data-field={field}>
              <legend>
                {fieldName(field)}: {t('history.dates')}
              </legend>
              {question.example && <p className="muted">{t('history.example', { example: question.example })}</p>}
              {(['dmy', 'mdy'] as const).map((order) => (
                <label key={order} className="radio">
                  <input type="radio" name={`date-${field}`} checked={w.dateOrders[field] === order} onChange={() => void w.read(w.mapping, { ...w.dateOrders, [field]: order })} />
                  {t(`history.dateOrders.${order}`)}
                </label>
              ))}
            </fieldset>
          );
        })}
        <p className="counts" role="status">
          {t('history.counts', {
            rows: t('history.numbers.rows', { count: c.rows }),
            orders: t('history.numbers.orders', { count: c.orders }),
            newOrders: t('history.numbers.newOrders', { count: c.newOrders }),
            knownOrders: t('history.numbers.knownOrders', { count: c.knownOrders }),
            customers: t('history.numbers.customers', { count: c.newCustomers, known: c.knownCustomers }),
            devices: t('history.numbers.devices', { count: c.newDevices, known: c.knownDevices }),
            invalid: t('history.numbers.invalid', { count: c.invalid }),
          })}
        </p>
        <RowErrors rows={shown.invalid} title={t('history.errors')} line={t('history.line')} problem={t('history.problem')} fieldName={fieldName} />
        <div className="actions">
          <button type="button" onClick={() => w.set({ step: 'mapping' })}>
            {t('history.back')}
          </button>
          <button type="button" className="primary" disabled={w.busy || unanswered.length > 0 || c.newOrders === 0} onClick={() => void w.runImport()}>
            {t('history.import', { count: c.newOrders })}
          </button>
        </div>
      </>
    );
  }
}
