import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { useMay } from '../session/index.js';
import { useNetwork } from './store.js';

const when = (iso: string | undefined, language: string, never: string) => (iso ? new Date(iso).toLocaleString(language) : never);

/** Settings → Network (managers only): this point's site, the hub, the status in words, conflicts and refusals. */
export function NetworkSection() {
  const { t, i18n } = useTranslation();
  const mayChange = useMay('settings.change');
  const { status, error, load, setSite, configure, syncNow } = useNetwork();
  const [site, setSiteDraft] = useState({ code: '', name: '' });
  const [hub, setHub] = useState({ hubUrl: '', database: '', username: '', password: '', enabled: true });
  useEffect(() => {
    if (!mayChange) return;
    void load();
    // The status moves on by itself (pushes, pulls, the hub going away): looked at again every few seconds.
    const timer = setInterval(() => void load(), 5000);
    return () => clearInterval(timer);
  }, [load, mayChange]);
  useEffect(() => {
    if (status?.configured) setHub((h) => ({ ...h, hubUrl: status.hubUrl ?? '', database: status.database ?? '', username: status.username ?? '', enabled: status.enabled }));
  }, [status?.configured, status?.hubUrl, status?.database, status?.username, status?.enabled]);
  if (!mayChange || !status) return null;
  const errors = fieldsUnder(error);
  const language = i18n.language;

  async function submitSite(event: FormEvent) {
    event.preventDefault();
    await setSite(site);
  }
  async function submitHub(event: FormEvent) {
    event.preventDefault();
    if (await configure(hub)) setHub((h) => ({ ...h, password: '' }));
  }

  return (
    <fieldset className="network" data-testid="network">
      <legend>{t('network.title')}</legend>
      <p className="muted">{t('network.intro')}</p>
      <ErrorBanner error={error} />
      <h3>{t('network.site')}</h3>
      {status.site ? (
        <p>
          <span className="mono">{status.site.code}</span> · {status.site.name}
        </p>
      ) : (
        <form className="grid" onSubmit={submitSite}>
          <Field label={t('network.siteCode')} error={errors.code}>
            <input dir="ltr" maxLength={8} value={site.code} onChange={(e) => setSiteDraft({ ...site, code: e.target.value.toUpperCase() })} />
          </Field>
          <Field label={t('network.siteName')} error={errors.name}>
            <input value={site.name} onChange={(e) => setSiteDraft({ ...site, name: e.target.value })} />
          </Field>
          <p className="muted">{t('network.siteOnce')}</p>
          <button type="submit">{t('network.setSite')}</button>
        </form>
      )}
      <h3>{t('network.hub')}</h3>
      <form className="grid" onSubmit={submitHub}>
        <Field label={t('network.hubUrl')} error={errors.hubUrl}>
          <input dir="ltr" type="url" placeholder="https://hub.example:6984" value={hub.hubUrl} onChange={(e) => setHub({ ...hub, hubUrl: e.target.value })} />
        </Field>
        <Field label={t('network.database')} error={errors.database}>
          <input dir="ltr" value={hub.database} onChange={(e) => setHub({ ...hub, database: e.target.value })} />
        </Field>
        <Field label={t('network.username')} error={errors.username}>
          <input dir="ltr" value={hub.username} onChange={(e) => setHub({ ...hub, username: e.target.value })} />
        </Field>
        <Field label={t('network.password')} error={errors.password}>
          <input dir="ltr" type="password" autoComplete="new-password" placeholder={status.configured ? t('network.passwordKept') : ''} value={hub.password} onChange={(e) => setHub({ ...hub, password: e.target.value })} />
        </Field>
        <label>
          <input type="checkbox" checked={hub.enabled} onChange={(e) => setHub({ ...hub, enabled: e.target.checked })} /> {t('network.enabled')}
        </label>
        <p className="muted">{t('network.credentialsFile', { file: status.credentialsFile })}</p>
        <button type="submit" disabled={!status.site}>{t('network.save')}</button>
      </form>
      <h3>{t('network.status')}</h3>
      <dl className="network-status" data-state={status.state}>
        <dt>{t('network.status')}</dt>
        <dd>{t(`network.states.${status.state}`)}</dd>
        <dt>{t('network.lastPush')}</dt>
        <dd>{when(status.lastPush, language, t('network.never'))}</dd>
        <dt>{t('network.lastPull')}</dt>
        <dd>{when(status.lastPull, language, t('network.never'))}</dd>
      </dl>
      <p>{t('network.pending', { count: status.pending })}</p>
      {status.problem && (
        <p className="error" role="alert">
          {t(`network.problems.${status.problem}`)}
          {status.problemDetail && <small className="muted" dir="ltr"> ({status.problemDetail})</small>}
          {status.retryAt && <> {t('network.retryAt', { time: new Date(status.retryAt).toLocaleTimeString(language) })}</>}
        </p>
      )}
      <button type="button" disabled={!status.configured} onClick={() => void syncNow()}>
        {t('network.syncNow')}
      </button>
      <h3>{t('network.conflicts')}</h3>
      {status.conflicts.length ? (
        <ul>
          {status.conflicts.map((conflict) => (
            <li key={`${conflict.docId}-${conflict.versions.map((v) => v.rev).join()}`}>
              <span className="mono">{conflict.docId}</span>: {t(`network.conflictReasons.${conflict.reason}`, { site: conflict.versions.at(-1)?.site ?? '' })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('network.noConflicts')}</p>
      )}
      {status.refused.length > 0 && (
        <>
          <h3>{t('network.refused')}</h3>
          <ul>
            {status.refused.map((refused) => (
              <li key={`${refused.docId}-${refused.rev}`}>
                <span className="mono">{refused.docId}</span>: {t(`network.refusedReasons.${refused.reason}`)} <small className="muted" dir="ltr">({refused.detail})</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
