import { useTranslation } from 'react-i18next';
import type { WarrantyAnswer } from '../../shared/warranty/warranty.js';
import { basisText } from '../../shared/warranty/warrantyText.js';
import { formatDate } from '../app/i18n/index.js';
import { useSession } from '../session/index.js';

/** The warranty check at intake, in one line: the status, its basis, and the basis it suggests for the order. */
export function WarrantyHint({ warranty }: { warranty: Pick<WarrantyAnswer, 'status' | 'steps' | 'end' | 'suggestedBasis'> }) {
  const { t } = useTranslation();
  const language = useSession((s) => s.language);
  return (
    <p className={`warranty-hint warranty-status ${warranty.status}`} role="status">
      <strong>{t('warranty.intakeHint', { status: t(`warranty.status.${warranty.status}`) })}</strong>
      {warranty.steps.length > 0 && (
        <>
          {' · '}
          <bdi>{basisText(warranty.steps, warranty.end, (key, values) => t(key, values ?? {}), (iso) => formatDate(iso, language))}</bdi>
        </>
      )}
      {' · '}
      {t('warranty.suggested', { basis: t(`basis.${warranty.suggestedBasis}`) })}
    </p>
  );
}
