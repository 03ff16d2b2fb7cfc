import { useTranslation } from 'react-i18next';
import type { Correction, CorrectionValue } from '../../shared/platform/corrections.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { usePhoneFormat } from '../customers/index.js';
import { useSession } from '../session/index.js';

/** Which record a correction was made on: its field names are looked up under that record's words. */
export type CorrectionSubject = 'customer' | 'device' | 'order';

const MONEY = new Set(['estimate', 'approvedMax', 'prepayment']);
const DATES = new Set(['promisedDate', 'purchaseDate', 'installationDate', 'extendedUntil']);

/**
 * A correction in words, in the user's language: "Device · Serial number: R58T0O0111 → R58T000111". The field is
 * named, never keyed; amounts, dates, phones and choices are shown as the rest of the screen shows them.
 */
export function useCorrectionText(): (subject: CorrectionSubject, correction: Correction) => string {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const phone = usePhoneFormat();
  const currency = settings?.currency ?? 'EUR';
  return (subject, { field, before, after }) => {
    const value = (v: CorrectionValue): string => {
      if (v === null) return t('common.none');
      if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
      if (typeof v === 'number') return MONEY.has(field) ? formatMoney(v, currency, language) : String(v);
      if (Array.isArray(v)) return (field === 'phones' ? v.map(phone) : v).join(', ');
      if (DATES.has(field)) return formatDate(v, language);
      if (field === 'kind') return t(`intake.${v === 'company' ? 'company' : 'person'}`);
      if (field === 'demand') return t(`demand.${v as 'repair'}`);
      if (field === 'notifyLanguage') return t(`languages.${v as 'en'}`);
      if (field === 'notifyChannel') return t(`notifications.channel.${v === 'sms' ? 'sms' : 'email'}`);
      return v;
    };
    // Each value is isolated (FSI … PDI): a Latin serial next to the arrow must not turn a Hebrew line's order.
    const isolated = (v: CorrectionValue) => `\u2068${value(v)}\u2069`;
    return t('corrections.entry', {
      subject: t(`corrections.subjects.${subject}`),
      field: t(`corrections.fields.${subject}.${field}`, { defaultValue: field }),
      before: isolated(before),
      after: isolated(after),
    });
  };
}
