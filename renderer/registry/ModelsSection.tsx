import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleNote, useMay } from '../session/index.js';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';

type Model = ChannelOutput<'registry.models.list'>[number];
const EMPTY = { category: '', brand: '', model: '', warrantyMonths: '', serviceLifeMonths: '' };

/** The product model catalogue: default warranty and service life of each model (a manager keeps it). */
export function ModelsSection() {
  const { t } = useTranslation();
  const mayChange = useMay('registry.models');
  const [models, setModels] = useState<Model[]>([]);
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<ApiError>();

  const load = async () => {
    const result = await api().call('registry.models.list', {});
    if (result.ok) setModels(result.value);
  };
  useEffect(() => {
    void load();
  }, []);

  async function add(event: FormEvent) {
    event.preventDefault();
    const months = (text: string) => (text.trim() ? Number(text) : undefined);
    const result = await api().call('registry.models.save', {
      category: draft.category,
      brand: draft.brand,
      model: draft.model,
      warrantyMonths: months(draft.warrantyMonths),
      serviceLifeMonths: months(draft.serviceLifeMonths),
    });
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      setDraft(EMPTY);
      await load();
    }
  }

  const errors = fieldsUnder(error);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  return (
    <fieldset className="models" disabled={!mayChange}>
      <legend>{t('models.title')}</legend>
      <RoleNote action="registry.models" />
      <table>
        <thead>
          <tr>
            <th>{t('intake.brand')}</th>
            <th>{t('intake.model')}</th>
            <th>{t('intake.category')}</th>
            <th>{t('warranty.warrantyMonths')}</th>
            <th>{t('warranty.serviceLifeMonths')}</th>
          </tr>
        </thead>
        <tbody>
          {models.map((m) => (
            <tr key={m.id}>
              <td>{m.brand}</td>
              <td>{m.model}</td>
              <td>{m.category}</td>
              <td className="num">{m.warrantyMonths ?? '—'}</td>
              <td className="num">{m.serviceLifeMonths ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <Field label={t('intake.brand')} error={errors.brand}>
          <input value={draft.brand} onChange={set('brand')} />
        </Field>
        <Field label={t('intake.model')} error={errors.model}>
          <input value={draft.model} onChange={set('model')} />
        </Field>
        <Field label={t('intake.category')} error={errors.category}>
          <input value={draft.category} onChange={set('category')} />
        </Field>
        <Field label={t('warranty.warrantyMonths')} error={errors.warrantyMonths}>
          <input inputMode="numeric" className="num" value={draft.warrantyMonths} onChange={set('warrantyMonths')} />
        </Field>
        <Field label={t('warranty.serviceLifeMonths')} error={errors.serviceLifeMonths}>
          <input inputMode="numeric" className="num" value={draft.serviceLifeMonths} onChange={set('serviceLifeMonths')} />
        </Field>
        <button type="button" onClick={add}>
          {t('models.add')}
        </button>
      </div>
      <ErrorBanner error={error} />
    </fieldset>
  );
}
