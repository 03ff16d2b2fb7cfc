import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../shared/notifications/index.js';
import { formatDate } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';
import { usePhoneFormat } from '../customers/index.js';
import { useOrderMessages } from './store.js';

/** A message of the order's timeline in words: which, by what, to whom, and where it stands (why not, if not sent). */
export function MessageText({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const phone = usePhoneFormat();
  const sendAgain = useOrderMessages((s) => s.sendAgain);
  const to = `\u2068${message.channel === 'sms' ? phone(message.to) : message.to}\u2069`;
  const words = { event: t(`notifications.events.${message.event}`), channel: t(`notifications.channel.${message.channel}`), to };
  const again = message.failure && message.failure !== 'no_email' && message.failure !== 'no_mobile' && message.state !== 'sending';
  return (
    <span className={`message ${message.state}`}>
      {message.failure
        ? t('notifications.entryFailed', { ...words, reason: t(`notifications.failure.${message.failure}`) })
        : t('notifications.entry', { ...words, state: t(`notifications.state.${message.state}`) })}
      {message.state === 'queued' && message.nextAttemptAt ? ` · ${t('notifications.entryRetry', { at: formatDate(message.nextAttemptAt, language, true) })}` : ''}
      {again && (
        <>
          {' '}
          <button type="button" className="link" onClick={() => void sendAgain(message.id)}>
            {t('notifications.sendAgain')}
          </button>
        </>
      )}
    </span>
  );
}
