import { type FormEvent, useEffect, useState } from 'react';
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
  /** When a locked-out member may try again (the clock of this window), from the backend's answer. */
  const [lockedUntil, setLockedUntil] = useState<number>();
  const chosen = active.find((member) => member.id === staffId);
  const pinError = fieldsUnder(error).pin;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const refused = await signIn(staffId, pin);
    setError(refused);
    setLockedUntil(refused?.fields?.pin === 'locked' && refused.retryAfterMs ? Date.now() + refused.retryAfterMs : undefined);
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
        <Field label={t('signIn.pin')} error={lockedUntil ? undefined : pinError}>
          <input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} autoFocus />
        </Field>
      )}
      {lockedUntil && (
        <LockoutNote
          key={lockedUntil}
          until={lockedUntil}
          onOver={() => {
            setLockedUntil(undefined);
            setError(undefined);
          }}
        />
      )}
      <button type="submit" className="primary">
        {t('signIn.submit')}
      </button>
      {/* A wrong or locked PIN is told under the PIN field; the banner is for anything else. */}
      {!error?.fields && <ErrorBanner error={error} />}
    </form>
  );
}

/**
 * How long a member locked out for wrong PINs still waits, counted down each second: minutes while more than one
 * is left, then seconds; gone once the next try may be made.
 */
function LockoutNote({ until, onOver }: { until: number; onOver: () => void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  const left = until - now;
  useEffect(() => {
    if (left <= 0) onOver();
  }, [left, onOver]);
  if (left <= 0) return null;
  const text = left > 60_000 ? t('signIn.lockedMinutes', { count: Math.ceil(left / 60_000) }) : t('signIn.lockedSeconds', { count: Math.ceil(left / 1000) });
  // Polite: the count changes every second, and a screen reader should not cut in each time.
  return (
    <span className="field-error" role="status">
      {text}
    </span>
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
