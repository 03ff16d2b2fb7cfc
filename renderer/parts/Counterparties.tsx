import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTERPARTY_KINDS, type Counterparty, type CounterpartyKind } from '../../shared/parts/counterparty.js';
import { useParts } from './store.js';
import { ErrorBanner, Field, fieldsUnder, reasonText } from '../app/Field.js';

const TEXT_FIELDS = ['name', 'contactPerson', 'phone', 'email', 'address', 'legalName', 'taxId', 'bankDetails', 'notes'] as const;
type Draft = Record<(typeof TEXT_FIELDS)[number] | 'brands', string> & { id?: string; kinds: CounterpartyKind[]; active: boolean };

const draftOf = (c?: Counterparty): Draft => ({
  id: c?.id,
  kinds: c?.kinds ?? ['supplier'],
  active: c?.active ?? true,
  brands: c?.brands.join(', ') ?? '',
  ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, c?.[f] ?? ''])) as Record<(typeof TEXT_FIELDS)[number], string>),
});

/** Suppliers, manufacturers, dealers, service centres and labs, with contacts and legal details. */
export function Counterparties() {
  const { t } = useTranslation();
  const { counterparties, error, loadCounterparties, saveCounterparty } = useParts();
  const [draft, setDraft] = useState<Draft>(draftOf());
  useEffect(() => {
    void loadCounterparties();
  }, [loadCounterparties]);
  const errors = fieldsUnder(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { brands, ...rest } = draft;
    if (await saveCounterparty({ ...rest, brands: brands.split(',').map((b) => b.trim()).filter(Boolean) })) setDraft(draftOf());
  }
  const toggle = (kind: CounterpartyKind) =>
    setDraft({ ...draft, kinds: draft.kinds.includes(kind) ? draft.kinds.filter((k) => k !== kind) : [...draft.kinds, kind] });

  return (
    <>
      <table className="counterparties">
        <thead>
          <tr>
            <th>{t('parts.cp.name')}</th>
            <th>{t('parts.cp.kinds')}</th>
            <th>{t('parts.cp.contacts')}</th>
            <th>{t('parts.cp.legal')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {counterparties.map((c) => (
            <tr key={c.id} data-counterparty={c.name} className={c.active ? undefined : 'past'}>
              <td>
                <b>{c.name}</b>
                {c.brands.length > 0 && <div className="muted small">{c.brands.join(', ')}</div>}
              </td>
              <td>{c.kinds.map((k) => t(`parts.cp.kindNames.${k}`)).join(', ')}</td>
              <td>
                {[c.contactPerson, c.phone, c.email].filter(Boolean).join(' · ')}
                {c.address && <div className="muted small">{c.address}</div>}
              </td>
              <td>{[c.legalName, c.taxId].filter(Boolean).join(' · ')}</td>
              <td>
                <button type="button" className="link" onClick={() => setDraft(draftOf(c))}>
                  {t('parts.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="card grid" onSubmit={submit} aria-label={t('parts.cp.form')}>
        <h2 className="field wide">{draft.id ? t('parts.cp.edit') : t('parts.cp.add')}</h2>
        <fieldset className="field wide">
          <legend>{t('parts.cp.kinds')}</legend>
          {COUNTERPARTY_KINDS.map((k) => (
            <label key={k} className="check inline">
              <input type="checkbox" checked={draft.kinds.includes(k)} onChange={() => toggle(k)} />
              {t(`parts.cp.kindNames.${k}`)}
            </label>
          ))}
          {errors.kinds && <span className="field-error">{reasonText(t, errors.kinds)}</span>}
        </fieldset>
        {[...TEXT_FIELDS, 'brands' as const].map((f) => (
          <Field key={f} label={t(`parts.cp.${f}`)} error={errors[f] ?? errors[`${f}.0`]}>
            <input value={draft[f]} onChange={(e) => setDraft({ ...draft, [f]: e.target.value })} />
          </Field>
        ))}
        <label className="check">
          <input type="checkbox" checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.checked })} />
          {t('parts.labour.active')}
        </label>
        <div className="row field wide form-actions">
          <button type="submit" className="primary">
            {draft.id ? t('common.save') : t('parts.cp.add')}
          </button>
          {draft.id && (
            <button type="button" onClick={() => setDraft(draftOf())}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </form>
      <ErrorBanner error={error} />
    </>
  );
}
