import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import { api } from '../app/api/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { LanguageOptions } from '../app/LanguageOptions.js';
import { signedInMember, useSession } from './store.js';

/** Who is at the counter: a member picks their name and types their PIN. */
export function SignIn() {
  const { t } = useTranslation();
  const { staff, signIn, language, setLanguage } = useSession();
  const active = staff.filter((member) => member.active);
  const [staffId, setStaffId] = useState(active[0]?.id ?? '');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError>();
  const chosen = active.find((member) => member.id === staffId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const refused = await signIn(staffId, pin);
    setError(refused);
    if (refused) setPin('');
  }

  return (
    <form className="first-run card sign-in" onSubmit={submit}>
      <h1>{t('signIn.submit')}</h1>
      <label className="compact">
        <span>{t('header.language')}</span>
        <select aria-label={t('header.language')} value={language} onChange={(e) => void setLanguage(e.target.value as Language)}>
          <LanguageOptions />
        </select>
      </label>
      <Field label={t('signIn.who')} error={fieldsUnder(error).staffId}>
        <select value={staffId} onChange={(e) => setStaffId(e.target.value)}>
          {active.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name} ({t(`role.${member.role}`)})
            </option>
          ))}
        </select>
      </Field>
      {chosen?.hasPin !== false && (
        <Field label={t('signIn.pin')} error={fieldsUnder(error).pin}>
          <input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} autoFocus />
        </Field>
      )}
      <button type="submit" className="primary">
        {t('signIn.submit')}
      </button>
      {/* A wrong or locked PIN is told under the PIN field; the banner is for anything else. */}
      {!error?.fields && <ErrorBanner error={error} />}
    </form>
  );
}

/** A member from before PINs existed chooses one before anything else. */
export function ChoosePin() {
  const { t } = useTranslation();
  const { refreshStaff } = useSession();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await api().call('staff.setPin', { id: useSession.getState().currentUserId ?? '', pin });
    setError(result.ok ? undefined : result.error);
    if (result.ok) await refreshStaff();
  }

  return (
    <form className="first-run card sign-in" onSubmit={submit}>
      <h1>{t('signIn.choosePin')}</h1>
      <p>
        <bdi>{signedInMember()?.name}</bdi>: {t('signIn.choosePinIntro')}
      </p>
      <Field label={t('signIn.pin')} error={fieldsUnder(error).pin}>
        <input type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} autoFocus />
      </Field>
      <button type="submit" className="primary">
        {t('signIn.savePin')}
      </button>
      <ErrorBanner error={error} />
    </form>
  );
}
