import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/platform/result.js';
import type { NoticeChannel } from '../../shared/notifications/index.js';
import type { SendTestOutput } from '../../shared/notifications/schemas.js';
import type { z } from 'zod';
import { api } from '../app/api/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';

/** "Send a test message": the saved settings tried at once, with the answer in words. */
export function TestMessage() {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<NoticeChannel>('email');
  const [to, setTo] = useState('');
  const [answer, setAnswer] = useState<z.infer<typeof SendTestOutput>>();
  const [error, setError] = useState<ApiError>();
  const [sending, setSending] = useState(false);

  async function send() {
    setSending(true);
    setAnswer(undefined);
    const result = await api().call('notifications.sendTest', { channel, to });
    setSending(false);
    setError(result.ok ? undefined : result.error);
    if (result.ok) setAnswer(result.value);
  }

  return (
    <fieldset className="test-message">
      <legend>{t('notifications.test')}</legend>
      <div className="grid">
        <Field label={t('notifications.testChannel')}>
          <select value={channel} onChange={(e) => setChannel(e.target.value as NoticeChannel)}>
            <option value="email">{t('notifications.channel.email')}</option>
            <option value="sms">{t('notifications.channel.sms')}</option>
          </select>
        </Field>
        <Field label={t('notifications.testTo')} error={fieldsUnder(error).to} double>
          <input dir="ltr" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
      </div>
      <div className="form-actions static">
        <button type="button" onClick={() => void send()} disabled={sending}>
          {t('notifications.test')}
        </button>
        {answer?.sent && (
          <span className="banner ok" role="status">
            {t('notifications.testSent')}
          </span>
        )}
        {answer && !answer.sent && (
          <span className="banner error" role="alert">
            {t('notifications.testFailed', { reason: t(`notifications.failure.${answer.failure ?? 'unreachable'}`) })}
            {answer.detail ? <bdi dir="ltr"> ({answer.detail})</bdi> : null}
          </span>
        )}
      </div>
      {error && !error.fields && <ErrorBanner error={error} />}
    </fieldset>
  );
}
