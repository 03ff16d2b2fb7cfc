import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVAL_CHANNELS, type ApprovalChannel, approvalState } from '../../shared/orders/approval.js';
import { moneyInput, moneyProblem, parseMoney } from '../../shared/platform/money.js';
import { isIsoDate } from '../../shared/platform/dates.js';
import { daysBetween } from '../../shared/rules/index.js';
import { Choice } from '../app/Choice.js';
import { DateField } from '../app/DateField.js';
import { Field, fieldsUnder, Saved } from '../app/Field.js';
import { MoneyInput } from '../app/MoneyInput.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { localToday } from '../app/today.js';
import { useMay, useSession } from '../session/index.js';
import { usePayments } from '../payments/index.js';
import { useOrder } from './orderStore.js';

const ANSWERS = ['approved', 'declined'] as const;
const clock = (now: Date) => `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;

/**
 * The customer's approval of lines above the estimate, the approved maximum or their last approval
 * (shared/orders/approval.ts): while the order awaits it, why and since when, and the form that records the answer
 * (approved up to an amount or declined, how, when); every answer given so far, who took it.
 */
export function OrderApproval() {
  const { t } = useTranslation();
  const { view, error, notice, recordApproval } = useOrder();
  const { language, settings, staff } = useSession();
  const mayRecord = useMay('orders.recordApproval');
  const money = usePayments((s) => (s.orderId === view?.order.id ? s.money : undefined));
  const [answer, setAnswer] = useState<(typeof ANSWERS)[number]>('approved');
  const [upTo, setUpTo] = useState<string>();
  const [channel, setChannel] = useState<ApprovalChannel>('phone');
  const [opened] = useState(() => ({ date: localToday(), time: clock(new Date()) }));
  const [date, setDate] = useState(opened.date);
  const [time, setTime] = useState(opened.time);
  const [note, setNote] = useState('');
  const [amountError, setAmountError] = useState<string>();
  if (!view) return null;
  const { order } = view;
  const answers = order.approvals ?? [];
  const waiting = order.status === 'awaiting_approval';
  if (!waiting && answers.length === 0) return null;

  const currency = settings?.currency ?? 'EUR';
  const m = (minor: number | undefined) => formatMoney(minor, currency, language);
  const name = (id: string) => staff.find((s) => s.id === id)?.name ?? '';
  const fields = fieldsUnder(error);
  // What the customer pays now, by the one charge rule (the payments section shows the same); until it has loaded,
  // what the timeline recorded when the work stopped.
  const stopped = [...order.timeline].reverse().find((e) => e.to === 'awaiting_approval');
  const total = money?.customer.gross ?? stopped?.overLimit?.total ?? 0;
  const state = approvalState(total, order.intake, answers);
  const last = answers.at(-1);
  const declined = waiting && last?.answer === 'declined' && (!stopped || last.recordedAt >= stopped.at);
  const since = stopped ? daysBetween(formatIso(stopped.at), localToday()) : 0;
  const neededKey = state.source === 'approval' ? 'approval.neededApproval' : state.source === 'approved_max' ? 'approval.neededApprovedMax' : 'approval.neededEstimate';

  async function record() {
    let approvedUpTo: number | undefined;
    if (answer === 'approved') {
      const text = upTo ?? moneyInput(total);
      const problem = text.trim() ? moneyProblem(text) : 'required';
      setAmountError(problem);
      if (problem) return;
      approvedUpTo = parseMoney(text) ?? undefined;
    } else setAmountError(undefined);
    // Now unless the clerk says when the customer answered (a call taken earlier).
    const at = date === opened.date && time === opened.time ? undefined : answeredAt(date, time);
    if (await recordApproval({ answer, approvedUpTo, channel, at, note })) {
      setUpTo(undefined);
      setNote('');
    }
  }

  return (
    <div className="card approval" aria-label={t('approval.title')} role="region">
      <h2>{t('approval.title')}</h2>
      {waiting && state.needed && state.limit !== undefined && (
        <p className="banner warn" data-testid="approval-needed">
          {t(neededKey, { total: m(total), limit: m(state.limit) })}
          {since > 0 ? ` ${t('approval.waitingDays', { count: since })}.` : ''}
        </p>
      )}
      {declined && state.limit !== undefined && <p className="banner warn">{t('approval.declinedChoices', { limit: m(state.limit) })}</p>}
      {answers.length > 0 && (
        <ul className="approvals">
          {answers.map((a) => (
            <li key={a.recordedAt} data-answer={a.answer}>
              {a.answer === 'approved'
                ? t('approval.approvedLine', { amount: m(a.approvedUpTo), channel: t(`approval.channels.${a.channel}`), date: formatDate(a.at, language, true), name: name(a.by) })
                : t('approval.declinedLine', { total: m(a.total), channel: t(`approval.channels.${a.channel}`), date: formatDate(a.at, language, true), name: name(a.by) })}
              {a.note ? ` · ${a.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      {waiting && mayRecord && (
        <div className="row">
          <Field label={t('approval.answer')} error={fields.answer}>
            <Choice<(typeof ANSWERS)[number]> value={answer} options={ANSWERS} label={(a) => t(`approval.answers.${a}`)} onChange={setAnswer} />
          </Field>
          {answer === 'approved' && (
            <Field label={t('approval.approvedUpTo')} error={amountError ?? fields.approvedUpTo}>
              <MoneyInput value={upTo ?? moneyInput(total)} onChange={(e) => setUpTo(e.target.value)} />
            </Field>
          )}
          <Field label={t('approval.channel')} error={fields.channel}>
            <Choice<ApprovalChannel> value={channel} options={APPROVAL_CHANNELS} label={(c) => t(`approval.channelOptions.${c}`)} onChange={setChannel} />
          </Field>
          <Field label={t('approval.date')} error={fields.at}>
            <DateField value={date} onChange={setDate} />
          </Field>
          <Field label={t('approval.time')}>
            <input value={time} onChange={(e) => setTime(e.target.value)} inputMode="numeric" size={5} dir="ltr" />
          </Field>
          <Field label={t('approval.note')} error={fields.note}>
            <input value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <button type="button" className="primary" onClick={() => void record()}>
            {t('approval.record')}
          </button>
        </div>
      )}
      <Saved show={notice === 'approval' && !error} />
    </div>
  );
}

/**
 * The moment typed (a date and a local time) as the backend takes it; text that is not one is sent as typed, for
 * the channel's schema to refuse at the field (invalid_date).
 */
function answeredAt(date: string, time: string): string {
  const typed = `${date}T${time.trim().padStart(5, '0')}`;
  const moment = isIsoDate(date) && /^\d{2}:\d{2}$/.test(time.trim().padStart(5, '0')) ? new Date(typed) : undefined;
  return moment && !Number.isNaN(moment.getTime()) ? moment.toISOString() : typed;
}

/** The local date of a moment, as the screen's clock dates things. */
function formatIso(at: string): string {
  return localToday(new Date(at));
}
