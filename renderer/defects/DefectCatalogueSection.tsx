import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAUSE_CATEGORIES, DEFECT_KINDS, type CauseCategory, type DefectKind } from '../../shared/defects/defects.js';
import { type DefectCode, useDefects } from './store.js';
import { RoleNote, useMay, useSession } from '../session/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { Choice } from '../app/Choice.js';

const EMPTY = { code: '', kind: 'symptom' as DefectKind, category: 'manufacturing_defect' as CauseCategory, en: '', ru: '', he: '' };

/** Settings: the defect code catalogue by kind, with rename, (de)activate and new codes. */
export function DefectCatalogueSection() {
  const { t } = useTranslation();
  const mayChange = useMay('defects.manage');
  const language = useSession((s) => s.language);
  const { catalogue, error, load, save } = useDefects();
  const [draft, setDraft] = useState(EMPTY);
  useEffect(() => {
    void load();
  }, [load]);
  const errors = fieldsUnder(error);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const toInput = (c: DefectCode, active = c.active) => ({ code: c.code, kind: c.kind, category: c.category, names: c.names, active });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { en, ru, he, category, ...rest } = draft;
    const ok = await save({ ...rest, category: draft.kind === 'cause' ? category : undefined, names: { en, ru, he }, active: true });
    if (ok) setDraft(EMPTY);
  }

  return (
    <fieldset className="defect-catalogue" disabled={!mayChange}>
      <legend>{t('defects.catalogue')}</legend>
      <RoleNote action="defects.manage" />
      <p className="muted">{t('defects.intro')}</p>
      {DEFECT_KINDS.map((kind) => (
        <details key={kind}>
          <summary>
            {t(`defects.kinds.${kind}`)} ({catalogue.filter((c) => c.kind === kind).length})
          </summary>
          <table>
            <tbody>
              {catalogue
                .filter((c) => c.kind === kind)
                .map((c) => (
                  <tr key={c.code} className={c.active ? '' : 'past'} data-code={c.code}>
                    <td className="mono">{c.code}</td>
                    <td>{c.names[language]}</td>
                    <td>{c.category ? t(`defects.categories.${c.category}`) : ''}</td>
                    <td>
                      <button type="button" className="link" onClick={() => setDraft({ code: c.code, kind: c.kind, category: c.category ?? EMPTY.category, ...c.names })}>
                        {t('defects.edit')}
                      </button>{' '}
                      <button type="button" className="link" onClick={() => void save(toInput(c, !c.active))}>
                        {c.active ? t('defects.deactivate') : t('defects.activate')}
                      </button>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      ))}
      <form className="grid" onSubmit={submit}>
        <Field label={t('defects.code')} error={errors.code}>
          <input dir="ltr" value={draft.code} onChange={set('code')} />
        </Field>
        <Field label={t('defects.kind')} error={errors.kind}>
          <Choice value={draft.kind} options={DEFECT_KINDS} label={(k) => t(`defects.kinds.${k}`)} onChange={(kind) => setDraft({ ...draft, kind })} />
        </Field>
        {draft.kind === 'cause' && (
          <Field label={t('defects.category')} error={errors.category}>
            <Choice value={draft.category} options={CAUSE_CATEGORIES} label={(c) => t(`defects.categories.${c}`)} onChange={(category) => setDraft({ ...draft, category })} />
          </Field>
        )}
        {(['en', 'ru', 'he'] as const).map((lang) => (
          <Field key={lang} label={t('defects.nameIn', { language: t(`languages.${lang}`) })} error={errors[`names.${lang}`]}>
            <input dir={lang === 'he' ? 'rtl' : 'ltr'} value={draft[lang]} onChange={set(lang)} />
          </Field>
        ))}
        <div>
          <button type="submit" className="primary">
            {t('defects.save')}
          </button>
        </div>
      </form>
      <ErrorBanner error={error} />
    </fieldset>
  );
}
