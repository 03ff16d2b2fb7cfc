import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import { defaultTemplate, NOTICE_EVENTS, type NoticeEvent, PLACEHOLDERS, unknownPlaceholders } from '../../shared/notifications/index.js';
import { GATEWAY_PRESETS } from '../../shared/notifications/gateway.js';
import type { NotificationSettingsView } from '../../shared/notifications/schemas.js';
import { api } from '../app/api/index.js';
import { ErrorBanner, Field, fieldsUnder, reasonText } from '../app/Field.js';
import { LanguageOptions } from '../app/LanguageOptions.js';
import { SaveActions } from '../app/SaveActions.js';
import { RoleNote, useMay, useSession } from '../session/index.js';
import { TestMessage } from './TestMessage.js';

type Draft = Omit<NotificationSettingsView, 'passwordKept' | 'authKept'>;

/** The words a template may fill in, as the manager types them. */
const WORDS = PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ');

/**
 * Settings → Notifications (managers): whether and for what the customers are told, the workshop's SMTP server and
 * SMS gateway (their secrets typed here go to a file on this PC, never shown again), and the messages per event in
 * each language, the catalogue's wording until the workshop writes its own.
 */
export function NotificationsSection() {
  const { t } = useTranslation();
  const mayChange = useMay('settings.change');
  const { language } = useSession();
  const [view, setView] = useState<NotificationSettingsView>();
  const [draft, setDraft] = useState<Draft>();
  const [password, setPassword] = useState('');
  const [authHeader, setAuthHeader] = useState('');
  const [shown, setShown] = useState<Language>(language);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!mayChange) return;
    void api().call('notifications.settings', {}).then((result) => {
      if (!result.ok) return setError(result.error);
      setView(result.value);
      const { passwordKept: _p, authKept: _a, ...settings } = result.value;
      setDraft(settings);
    });
  }, [mayChange]);

  if (!mayChange) {
    return (
      <section className="card" id="notifications">
        <h2>{t('notifications.title')}</h2>
        <RoleNote action="settings.change" />
      </section>
    );
  }
  if (!draft || !view) return <ErrorBanner error={error} />;
  const fields = fieldsUnder(error);
  const set = (changes: Partial<Draft>) => setDraft({ ...draft, ...changes });
  const template = (event: NoticeEvent) => draft.templates[event]?.[shown] ?? defaultTemplate(shown, event);
  const setTemplate = (event: NoticeEvent, part: 'subject' | 'body', text: string) => {
    const next = { ...template(event), [part]: text };
    const byLanguage = { ...draft.templates[event] };
    // The default wording is not stored: it follows the catalogue.
    const fallback = defaultTemplate(shown, event);
    if (next.subject === fallback.subject && next.body === fallback.body) delete byLanguage[shown];
    else byLanguage[shown] = next;
    set({ templates: { ...draft.templates, [event]: byLanguage } });
  };

  const resetTemplate = (event: NoticeEvent) => {
    const { [shown]: _own, ...others } = draft.templates[event] ?? {};
    set({ templates: { ...draft.templates, [event]: others } });
  };

  async function save() {
    if (!draft) return;
    setSaved(false);
    const result = await api().call('notifications.saveSettings', { ...draft, password: password || undefined, authHeader: authHeader || undefined });
    setError(result.ok ? undefined : result.error);
    if (!result.ok) return;
    setSaved(true);
    setPassword('');
    setAuthHeader('');
    setView(result.value);
  }

  const unknown = (text: string) => {
    const words = unknownPlaceholders(text);
    return words.length ? <p className="field-error small" dir="ltr">{words.map((w) => `{{${w}}}`).join(' ')}</p> : null;
  };

  return (
    <section className="card notifications" id="notifications">
      <h2>{t('notifications.title')}</h2>
      <p className="muted">{t('notifications.intro')}</p>
      <label className="check">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => set({ enabled: e.target.checked })} /> {t('notifications.enabled')}
      </label>
      <div className="grid">
        <Field label={t('notifications.reminderDays')} error={fields.reminderDays}>
          <input type="number" min={1} max={90} value={draft.reminderDays} onChange={(e) => set({ reminderDays: Number(e.target.value) })} />
        </Field>
        <Field label={t('notifications.openingHours')} error={fields.openingHours} double>
          <input value={draft.openingHours ?? ''} onChange={(e) => set({ openingHours: e.target.value })} />
        </Field>
        <Field label={t('notifications.timeoutSeconds')} error={fields.timeoutSeconds}>
          <input type="number" min={1} max={120} value={draft.timeoutSeconds} onChange={(e) => set({ timeoutSeconds: Number(e.target.value) })} />
        </Field>
      </div>

      <fieldset>
        <legend>{t('notifications.email')}</legend>
        <div className="grid">
          <Field label={t('notifications.host')} error={fields['email.host']}>
            <input dir="ltr" value={draft.email.host ?? ''} onChange={(e) => set({ email: { ...draft.email, host: e.target.value } })} />
          </Field>
          <Field label={t('notifications.port')} error={fields['email.port']}>
            <input dir="ltr" type="number" value={draft.email.port} onChange={(e) => set({ email: { ...draft.email, port: Number(e.target.value) } })} />
          </Field>
          <Field label={t('notifications.user')} error={fields['email.user']}>
            <input dir="ltr" autoComplete="off" value={draft.email.user ?? ''} onChange={(e) => set({ email: { ...draft.email, user: e.target.value } })} />
          </Field>
          <Field label={t('notifications.password')} error={fields.password} double>
            <input dir="ltr" type="password" autoComplete="new-password" placeholder={view.passwordKept ? '••••••••' : ''} value={password} onChange={(e) => setPassword(e.target.value)} />
          </Field>
          <Field label={t('notifications.from')} error={fields['email.from']}>
            <input dir="ltr" type="email" value={draft.email.from} onChange={(e) => set({ email: { ...draft.email, from: e.target.value } })} />
          </Field>
        </div>
        {view.passwordKept && <p className="muted small">{t('notifications.passwordKept')}</p>}
        <label className="check">
          <input type="checkbox" checked={draft.email.secure} onChange={(e) => set({ email: { ...draft.email, secure: e.target.checked } })} /> {t('notifications.secure')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('notifications.sms')}</legend>
        <div className="grid">
          <Field label={t('notifications.preset')}>
            <select
              value={draft.sms.preset}
              onChange={(e) => {
                const preset = e.target.value as Draft['sms']['preset'];
                set({ sms: preset === 'custom' ? { ...draft.sms, preset } : { preset, ...GATEWAY_PRESETS[preset] } });
              }}
            >
              <option value="custom">{t('notifications.presets.custom')}</option>
              <option value="twilio">{t('notifications.presets.twilio')}</option>
            </select>
          </Field>
          <Field label={t('notifications.url')} error={fields['sms.url']} wide>
            <input dir="ltr" value={draft.sms.url} onChange={(e) => set({ sms: { ...draft.sms, url: e.target.value } })} />
          </Field>
          <Field label={t('notifications.method')}>
            <select value={draft.sms.method} onChange={(e) => set({ sms: { ...draft.sms, method: e.target.value as Draft['sms']['method'] } })}>
              {(['POST', 'PUT', 'GET'] as const).map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </Field>
          <Field label={t('notifications.contentType')}>
            <select value={draft.sms.contentType} onChange={(e) => set({ sms: { ...draft.sms, contentType: e.target.value as Draft['sms']['contentType'] } })}>
              <option value="json">JSON</option>
              <option value="form">application/x-www-form-urlencoded</option>
            </select>
          </Field>
          <Field label={t('notifications.bodyTemplate', { to: '{{to}}', text: '{{text}}' })} error={fields['sms.bodyTemplate']} wide>
            <textarea dir="ltr" rows={2} value={draft.sms.bodyTemplate} onChange={(e) => set({ sms: { ...draft.sms, bodyTemplate: e.target.value } })} />
          </Field>
          <Field label={t('notifications.authHeader')} error={fields.authHeader} wide>
            <input dir="ltr" type="password" autoComplete="off" placeholder={view.authKept ? '••••••••' : ''} value={authHeader} onChange={(e) => setAuthHeader(e.target.value)} />
          </Field>
        </div>
        {view.authKept && <p className="muted small">{t('notifications.authKept')}</p>}
      </fieldset>

      <fieldset>
        <legend>{t('notifications.templates')}</legend>
        <Field label={t('notifications.templateLanguage')}>
          <select value={shown} onChange={(e) => setShown(e.target.value as Language)}>
            <LanguageOptions />
          </select>
        </Field>
        <p className="muted small">
          {t('notifications.placeholders')} 
          <bdi dir="ltr" className="mono">{WORDS}</bdi>
        </p>
        {NOTICE_EVENTS.map((event) => {
          const { subject, body } = template(event);
          const path = `templates.${event}.${shown}`;
          const custom = Boolean(draft.templates[event]?.[shown]);
          return (
            <div key={event} className="notice-template">
              <h3>{t(`notifications.events.${event}`)}</h3>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!draft.eventsOff.includes(event)}
                  onChange={(e) => set({ eventsOff: e.target.checked ? draft.eventsOff.filter((x) => x !== event) : [...draft.eventsOff, event] })}
                />{' '}
                {t('notifications.eventOn')}
              </label>
              <Field label={t('notifications.subject')} error={fields[`${path}.subject`]} wide>
                <input lang={shown} dir={shown === 'he' ? 'rtl' : 'ltr'} value={subject} onChange={(e) => setTemplate(event, 'subject', e.target.value)} />
              </Field>
              {unknown(subject)}
              <Field label={t('notifications.body')} error={fields[`${path}.body`]} wide>
                <textarea lang={shown} dir={shown === 'he' ? 'rtl' : 'ltr'} rows={3} value={body} onChange={(e) => setTemplate(event, 'body', e.target.value)} />
              </Field>
              {unknown(body)}
              {custom && (
                <button type="button" className="link" onClick={() => resetTemplate(event)}>
                  {t('notifications.useDefault')}
                </button>
              )}
            </div>
          );
        })}
      </fieldset>
      {error && !Object.keys(fields).length && <ErrorBanner error={error} />}
      {error?.fields && Object.values(error.fields).includes('unknown_placeholder') && <p className="banner error">{reasonText(t, 'unknown_placeholder')}</p>}
      <SaveActions label={t('notifications.save')} saved={saved} onSave={() => void save()} />
      <TestMessage />
    </section>
  );
}
