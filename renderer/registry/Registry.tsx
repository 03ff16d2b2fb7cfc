import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/channels.js';
import { type ColumnMapping, REGISTRY_FIELDS } from '../../shared/registry/registry.js';
import type { ApiError } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';
import { ErrorBanner, FieldError } from '../app/Field.js';
import { ColumnSelect, RowErrors } from '../app/ImportTable.js';

type Preview = ChannelOutput<'registry.preview'>;
type Result = ChannelOutput<'registry.import'>;

/** A picked file's bytes as the import channels take them. */
export function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Import a registry of sold units (CSV or XLSX): map the columns, see every bad row, then import. */
export function Registry() {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ name: string; base64: string }>();
  const [preview, setPreview] = useState<Preview>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function load(picked: File | undefined) {
    setResult(undefined);
    setPreview(undefined);
    if (!picked) return;
    const next = { name: picked.name, base64: toBase64(await picked.arrayBuffer()) };
    setFile(next);
    await refresh(next, undefined);
  }

  /** Preview with the given column mapping, or (undefined) with the one the headers suggest. */
  async function refresh(current: typeof file, columns: ColumnMapping | undefined) {
    if (!current) return;
    const answer = await api().call('registry.preview', { fileName: current.name, contentBase64: current.base64, mapping: columns });
    setError(answer.ok ? undefined : answer.error);
    if (answer.ok) {
      setPreview(answer.value);
      setMapping(answer.value.mapping);
    }
  }

  async function runImport() {
    if (!file) return;
    setBusy(true);
    const answer = await api().call('registry.import', { fileName: file.name, contentBase64: file.base64, mapping });
    setBusy(false);
    setError(answer.ok ? undefined : answer.error);
    if (answer.ok) setResult(answer.value);
  }

  const fieldName = (field: string) => t(`registry.fields.${field}`);
  return (
    <section>
      <h1>{t('registry.title')}</h1>
      <p className="muted">{t('registry.intro')}</p>
      <label className="field">
        <span className="field-label">{t('registry.file')}</span>
        <input type="file" accept=".csv,.xlsx,text/csv" onChange={(e) => void load(e.target.files?.[0])} />
      </label>
      <ErrorBanner error={error} />
      <FieldError code={error?.fields?.file} />
      {preview && (
        <>
          <h2>{t('registry.mapping')}</h2>
          <div className="grid">
            {REGISTRY_FIELDS.map((field) => (
              <ColumnSelect
                key={field}
                label={fieldName(field)}
                value={mapping[field]}
                headers={preview.headers}
                onChange={(index) => {
                  const next = { ...mapping, [field]: index };
                  setMapping(next);
                  void refresh(file, next);
                }}
              />
            ))}
          </div>
          <p className="counts" role="status">
            {t('registry.counts', {
              rows: t('registry.numbers.rows', { count: preview.counts.rows }),
              valid: t('registry.numbers.valid', { count: preview.counts.valid }),
              invalid: t('registry.numbers.invalid', { count: preview.counts.invalid }),
              merged: t('registry.numbers.merged', { count: preview.counts.merged }),
              new: t('registry.numbers.new', { count: preview.counts.new }),
              known: t('registry.numbers.known', { count: preview.counts.known }),
            })}
          </p>
          <RowErrors rows={preview.invalid} title={t('registry.errors')} line={t('registry.line')} problem={t('registry.problem')} fieldName={fieldName} />
          <button type="button" className="primary" disabled={busy || preview.counts.valid === 0} onClick={() => void runImport()}>
            {t('registry.import', { count: preview.counts.valid })}
          </button>
        </>
      )}
      {result && (
        <div className="banner ok" role="status">
          {t('registry.done', {
            created: t('registry.numbers.created', { count: result.created }),
            updated: t('registry.numbers.updated', { count: result.updated }),
            unchanged: t('registry.numbers.unchanged', { count: result.unchanged }),
            invalid: t('registry.numbers.skipped', { count: result.invalid }),
          })}
        </div>
      )}
    </section>
  );
}
