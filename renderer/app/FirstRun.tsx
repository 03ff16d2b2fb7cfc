import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/platform/result.js';
import { ErrorBanner, Field, fieldsUnder } from './Field.js';
import { useSession } from '../session/index.js';

export function FirstRun() {
  const { t } = useTranslation();
  const { loadDemo, createFirstManager, info } = useSession();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError>();

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(await createFirstManager(name, pin));
  }

  return (
    <div className="first-run card">
      <h1>{t('firstRun.title')}</h1>
      <p>{t('firstRun.intro')}</p>
      <p className="muted">{t('settings.dataDir', { dir: info?.dataDir })}</p>
      <button type="button" className="primary" onClick={() => void loadDemo()}>
        {t('firstRun.demo')}
      </button>
      <p className="muted">{t('firstRun.demoNote')}</p>
      <form onSubmit={create} className="row">
        <Field label={t('firstRun.firstManager')} error={fieldsUnder(error).name}>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('firstRun.firstManagerPin')} error={fieldsUnder(error).pin}>
          <input type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />
        </Field>
        <button type="submit">{t('firstRun.create')}</button>
      </form>
      <ErrorBanner error={error} />
    </div>
  );
}
