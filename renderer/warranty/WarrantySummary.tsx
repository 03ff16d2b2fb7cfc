import { useTranslation } from 'react-i18next';
import { basisText } from '../../shared/warranty/warrantyText.js';
import type { WarrantyCard } from '../../shared/warranty/schemas.js';
import { formatDate } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';

/** The answer to "is it under warranty, until when, and why", with the claim windows the law still allows. */
export function WarrantySummary({ warranty }: { warranty: WarrantyCard['warranty'] }) {
  const { t } = useTranslation();
  const { language, staff } = useSession();
  const date = (iso: string) => formatDate(iso, language);
  const left = warranty.daysLeft ?? 0;
  const open = warranty.windows.filter((w) => w.open && w.rule !== 'presumptionMonths' && w.rule !== 'shortTermRejectDays');
  return (
    <div className="warranty-summary">
      <p className={`warranty-status ${warranty.status}`}>
        <strong>{t(`warranty.status.${warranty.status}`)}</strong>{' '}
        {warranty.status === 'under_warranty' && warranty.end && `${t('warranty.until', { date: date(warranty.end) })} · ${t('common.daysLeft', { count: left })}`}
        {warranty.status === 'extended' && warranty.extendedUntil && `${t('warranty.until', { date: date(warranty.extendedUntil) })} · ${t('common.daysLeft', { count: left })}`}
        {warranty.status === 'expired' && warranty.end && `${date(warranty.end)} · ${t('warranty.daysAgo', { count: -left })}`}
      </p>
      {warranty.voided && (
        <p className="field-error">
          {t('warranty.voidedBy', {
            date: formatDate(warranty.voided.at, language),
            name: staff.find((s) => s.id === warranty.voided?.by)?.name ?? '',
            reason: t(`warranty.reasons.${warranty.voided.reason}`),
          })}
          {warranty.voided.note ? ` — ${warranty.voided.note}` : ''}
        </p>
      )}
      {warranty.steps.length > 0 && (
        <p className="basis">
          <span className="muted">{t('warranty.basis')}: </span>
          <bdi>{basisText(warranty.steps, warranty.end, (key, values) => t(key, values ?? {}), date)}</bdi>
        </p>
      )}
      {warranty.extendedUntil && <p>{t('warranty.extendedUntil', { date: date(warranty.extendedUntil) })}</p>}
      {warranty.status !== 'under_warranty' && open.length > 0 && (
        <>
          <h3>{t('warranty.windows')}</h3>
          <ul>
            {open.map((w) => (
              <li key={w.rule}>
                {t(`windows.${w.rule}`)}: {t('warranty.windowOpen', { date: date(w.until) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {warranty.repairWarranties.length > 0 && (
        <>
          <h3>{t('warranty.repairWarranties')}</h3>
          <ul>
            {warranty.repairWarranties.map((w) => (
              <li key={`${w.order}-${w.description}`}>
                <span className="mono">{w.order}</span> · {w.description} · {t('warranty.windowOpen', { date: date(w.until) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">
        {t('order.basis')}: {t(`basis.${warranty.suggestedBasis}`)}
        {warranty.repeatRepairs > 0 && ` · ${t('warranty.repeatRepairs', { count: warranty.repeatRepairs })}`}
      </p>
    </div>
  );
}
