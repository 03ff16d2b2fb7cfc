import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedTransitions, handBackOutcomes, type Outcome } from '../../shared/orders/status.js';
import { useOrder } from './orderStore.js';
import { useSession } from '../session/index.js';
import { Field, fieldsUnder, Saved } from '../app/Field.js';
import { ConfirmDialog } from '../app/ConfirmDialog.js';
import type { OrderStatus } from '../../shared/orders/status.js';
import { DefectCodesPicker } from '../defects/index.js';
import type { DiagnosisDefect } from '../../shared/defects/index.js';

/** Status changes (only the allowed ones), hand-back with its outcome, technician and diagnosis. */
export function OrderActions() {
  const { t } = useTranslation();
  const { view, error, notice, transition, assign, diagnose } = useOrder();
  const staff = useSession((s) => s.staff);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [basisConfirmed, setBasisConfirmed] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [notes, setNotes] = useState(view?.order.diagnosis?.notes ?? '');
  const [defects, setDefects] = useState<DiagnosisDefect[]>(view?.order.diagnosis?.defects ?? []);
  /** A side exit asked for (cancelled, unrepairable): it cannot be undone, so the dialog asks for the reason. */
  const [exit, setExit] = useState<(typeof FINAL_EXITS)[number]>();
  if (!view) return null;
  const { order } = view;
  const fields = fieldsUnder(error);
  const next = allowedTransitions(order.status).filter((s) => s !== 'issued');
  const outcomes = handBackOutcomes(order.status);
  const technicians = staff.filter((s) => s.active && s.role !== 'clerk');

  async function handBack() {
    // The payment is taken in the payments section (payments.record): the hand-back only hands back.
    const loanOverrideReason = overrideReason.trim() || undefined;
    if (await transition({ to: 'issued', outcome: outcome || undefined, note, loanOverrideReason, basisConfirmed: basisConfirmed || undefined })) setNote('');
  }

  if (order.status === 'issued') return <div className="banner ok">{t('order.closed')}</div>;
  return (
    <div className="card actions">
      <div className="row">
        <Field label={t('order.technician')} error={fields.technicianId}>
          <select value={order.technicianId ?? ''} onChange={(e) => void assign(e.target.value || null)}>
            <option value="">{t('order.unassigned')}</option>
            {technicians.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('order.note')}>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
      <div className="row transitions" role="group" aria-label={t('order.moveTo')}>
        <span className="muted">{t('order.moveTo')}:</span>
        {next.map((status) => (
          <button
            key={status}
            type="button"
            className={`chip status-${status}`}
            onClick={async () => {
              if ((FINAL_EXITS as readonly OrderStatus[]).includes(status)) return setExit(status as (typeof FINAL_EXITS)[number]);
              if (await transition({ to: status, note })) setNote('');
            }}
          >
            {t(`status.${status}`)}
          </button>
        ))}
        <Saved show={notice === 'status' && !error} />
      </div>
      {outcomes.length > 0 && (
        <div className="row handback">
          <strong>{t('order.handBack')}</strong>
          <Field label={t('order.outcome')} error={fields.outcome}>
            <select value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
              <option value="" />
              {outcomes.map((o) => (
                <option key={o} value={o}>
                  {t(`outcome.${o}`)}
                </option>
              ))}
            </select>
          </Field>
          {fields.basis === 'cause_outside_warranty' && (
            <label className="banner warn">
              <input type="checkbox" checked={basisConfirmed} onChange={(e) => setBasisConfirmed(e.target.checked)} /> {t('payments.confirmBasis')}
            </label>
          )}
          {fields.loan === 'open_loan' && (
            <Field label={t('loans.override')}>
              <input value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} />
            </Field>
          )}
          <button type="button" className="primary" onClick={() => void handBack()}>
            {t('order.confirmHandBack')}
          </button>
        </div>
      )}
      <div className="row">
        <Field label={t('order.diagnosis')} error={fields.notes} wide>
          <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Field>
        <DefectCodesPicker value={defects} onChange={setDefects} errors={fields} />
        <button type="button" onClick={() => void diagnose(notes, defects)}>
          {t('order.saveDiagnosis')}
        </button>
        <Saved show={notice === 'diagnosis' && !error} />
      </div>
      {exit && (
        <ConfirmDialog
          title={t(exit === 'cancelled' ? 'confirm.cancelOrder' : 'confirm.unrepairable', { number: order.number })}
          text={t(exit === 'cancelled' ? 'confirm.cancelOrderText' : 'confirm.unrepairableText')}
          confirmLabel={t(exit === 'cancelled' ? 'confirm.doCancel' : 'confirm.doUnrepairable')}
          reason
          danger
          reasonError={fields.note}
          onConfirm={async (reason) => {
            // The reason is the status change's note in the timeline (with whatever note was typed beside it).
            if (await transition({ to: exit, note: [reason, note.trim()].filter(Boolean).join(' · ') })) setNote('');
            setExit(undefined);
          }}
          onCancel={() => setExit(undefined)}
        />
      )}
    </div>
  );
}

/** The side exits that close an order for good: each asks for a reason first. */
const FINAL_EXITS = ['cancelled', 'unrepairable'] as const;
