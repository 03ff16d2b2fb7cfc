import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VOID_REASONS } from '../../shared/devices/index.js';
import type { WarrantyCard } from '../../shared/warranty/schemas.js';
import { useWarranty } from './store.js';
import { Field, fieldsUnder } from '../app/Field.js';

/** Void a warranty (or undo it): a manager's action with a reason code and a note. */
export function WarrantyVoid({ card }: { card: WarrantyCard }) {
  const { t } = useTranslation();
  const { voidWarranty, unvoidWarranty, error } = useWarranty();
  const [reason, setReason] = useState<(typeof VOID_REASONS)[number]>('tampering');
  const [note, setNote] = useState('');
  const errors = fieldsUnder(error);
  const voided = !!card.device.voided;
  return (
    <div className="row">
      {!voided && (
        <Field label={t('warranty.reason')} error={errors.reason}>
          <select value={reason} onChange={(e) => setReason(e.target.value as typeof reason)}>
            {VOID_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`warranty.reasons.${r}`)}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={t('warranty.note')} error={errors.note}>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <button
        type="button"
        className={voided ? '' : 'danger'}
        onClick={async () => {
          const done = voided ? await unvoidWarranty(card.device.id, note) : await voidWarranty(card.device.id, reason, note);
          if (done) setNote('');
        }}
      >
        {voided ? t('warranty.unvoid') : t('warranty.void')}
      </button>
    </div>
  );
}
