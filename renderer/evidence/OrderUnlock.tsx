import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, fieldsUnder } from '../app/Field.js';
import { formatDate } from '../app/i18n/index.js';
import { RoleNote, useMay, useSession } from '../session/index.js';
import { useEvidence } from './store.js';
import { NO_UNLOCK, unlockCodeOf, UnlockCodeFields, type UnlockDraft } from './UnlockCodeFields.js';

/** The unlock code on the order: whether one is kept, shown on request to the roles that may, changed, erased. */
export function OrderUnlock({ closed }: { closed: boolean }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const { evidence, revealed, reveal, hide, setUnlock } = useEvidence();
  const error = useEvidence((s) => s.errorFor('unlock'));
  const mayShow = useMay('evidence.unlockShow');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<UnlockDraft>(NO_UNLOCK);
  const unlock = evidence?.unlock;

  async function save(event: FormEvent) {
    event.preventDefault();
    const code = unlockCodeOf(draft);
    if (code && (await setUnlock(code))) {
      setEditing(false);
      setDraft(NO_UNLOCK);
    }
  }

  return (
    <section className="evidence-unlock" aria-labelledby="unlock-title">
      <h3 id="unlock-title">{t('evidence.unlock.title')}</h3>
      <p className="muted">{t('evidence.unlock.rules')}</p>
      {!unlock && <p>{t('evidence.unlock.none')}</p>}
      {unlock?.erasedAt && <p>{t('evidence.unlock.erased', { date: formatDate(unlock.erasedAt, language, true) })}</p>}
      {unlock && !unlock.erasedAt && (
        <p>
          {t('evidence.unlock.kept', { kind: t(`evidence.unlock.kinds.${unlock.kind}`), date: formatDate(unlock.setAt, language, true) })} {t('evidence.unlock.shown', { count: unlock.shownCount })}
        </p>
      )}
      {revealed && (
        <p className="unlock-revealed" role="status">
          <bdi className="mono" dir="ltr">
            {revealed.value}
          </bdi>
        </p>
      )}
      <FieldError code={fieldsUnder(error).orderId} />
      {unlock && !unlock.erasedAt && <RoleNote action="evidence.unlockShow" />}
      <div className="row">
        {unlock && !unlock.erasedAt && mayShow && (
          <button type="button" onClick={() => (revealed ? hide() : void reveal())}>
            {revealed ? t('evidence.unlock.hide') : t('evidence.unlock.show')}
          </button>
        )}
        {!closed && !editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {unlock && !unlock.erasedAt ? t('evidence.unlock.change') : t('evidence.unlock.set')}
          </button>
        )}
      </div>
      {editing && (
        <form className="grid" onSubmit={save} noValidate>
          <UnlockCodeFields value={draft} onChange={setDraft} errors={fieldsUnder(error, 'code')} />
          <div className="row form-actions">
            <button type="submit" className="primary" disabled={draft.kind === 'none'}>
              {t('evidence.unlock.set')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('evidence.signature.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
