import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_OUTCOMES, type ClaimView } from '../../shared/claims/schemas.js';
import { parseMoney } from '../../shared/platform/money.js';
import type { Language } from '../../shared/platform/common.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { citeText } from '../rules/index.js';
import { useClaims } from './store.js';
import { useDocumentLanguage, useSession } from '../session/index.js';
import { localToday } from '../app/today.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { Field, fieldsUnder } from '../app/Field.js';
import { Choice } from '../app/Choice.js';
import { DateField } from '../app/DateField.js';
import { MoneyInput } from '../app/MoneyInput.js';

/** Where a claim stands against its deadline: due date, term and source, days left or late, penalty accrued. */
export function ClaimClock({ view }: { view: ClaimView }) {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const { deadline, penalty } = view;
  const currency = settings?.currency ?? 'EUR';
  return (
    <div className={`claim-clock deadline ${view.state}`}>
      <strong>{t('claims.deadline')}</strong>:{' '}
      {deadline.company ? (
        t('claims.companyNoTerm')
      ) : deadline.from === 'agreement' && !deadline.due && deadline.term ? (
        t('claims.termFromAgreement', { term: t(`claims.units.${deadline.term.unit}`, { count: deadline.term.amount }) }) + ' — ' + t('claims.awaitsAgreement')
      ) : deadline.due && deadline.term ? (
        <>
          {formatDate(deadline.due, language)} ·{' '}
          {t(deadline.from === 'agreement' ? 'claims.termFromAgreement' : 'claims.term', { term: t(`claims.units.${deadline.term.unit}`, { count: deadline.term.amount }) })}
          {view.daysLeft !== undefined &&
            ` · ${view.daysLeft >= 0 ? t('common.daysLeft', { count: view.daysLeft }) : t('claims.daysLate', { count: -view.daysLeft })}`}
        </>
      ) : (
        t('claims.noDeadline')
      )}{' '}
      <span className={`badge claim-${view.state}`}>{t(`claims.states.${view.state}`)}</span>
      <div className="muted small">
        <bdi>{citeText(t, deadline.cites, deadline.source)}</bdi> {!deadline.confirmed && <span className="badge unconfirmed">{t('claims.unconfirmed')}</span>}
      </div>
      {penalty && (
        <div className="penalty">
          <strong>{t('claims.penalty')}</strong>:{' '}
          {t('claims.penaltyLine', {
            percent: penalty.percentPerDay,
            count: penalty.overdueDays,
            amount: formatMoney(penalty.amount, currency, language),
          })}{' '}
          · {penalty.running ? t('claims.penaltyRunning') : t('claimLetter.penaltyUntil', { date: formatDate(penalty.until, language) })}
          <div className="muted small">
            <bdi>{citeText(t, penalty.cites, penalty.source)}</bdi>
          </div>
        </div>
      )}
    </div>
  );
}

/** One claim: its facts, its clock, review / withdraw, the manager's decision, the letter, the history. */
export function ClaimDetail({ view }: { view: ClaimView }) {
  const { t } = useTranslation();
  const { language, settings, staff } = useSession();
  const { error, decide, setStatus, fulfil, printLetter } = useClaims();
  const [fulfilledOn, setFulfilledOn] = useState(localToday());
  // The member's own default document language, else the workshop's.
  const documentLanguage = useDocumentLanguage();
  const [letterLanguage, setLetterLanguage] = useState<Language>(documentLanguage);
  const [draft, setDraft] = useState({ outcome: 'accepted' as (typeof DECISION_OUTCOMES)[number], reasons: '', legalBasis: '', amount: '', decidedOn: localToday() });
  const [amountError, setAmountError] = useState<string>();
  const { claim } = view;
  const currency = settings?.currency ?? 'EUR';
  const errors = fieldsUnder(error);
  const name = (id: string) => staff.find((s) => s.id === id)?.name ?? '';
  const open = claim.status === 'received' || claim.status === 'under_review';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const amount = draft.amount.trim() ? parseMoney(draft.amount) : undefined;
    if (amount === null) return setAmountError('invalid_amount');
    setAmountError(undefined);
    await decide({ id: claim.id, outcome: draft.outcome, reasons: draft.reasons, legalBasis: draft.legalBasis, amount, decidedOn: draft.decidedOn });
  }

  return (
    <article className="card claim" data-claim={claim.number}>
      <h2>
        <span className="mono">{claim.number}</span> <span className="badge">{t(`claims.statuses.${claim.status}`)}</span>
      </h2>
      <dl>
        <dt>{t('claims.received')}</dt>
        <dd>{formatDate(claim.receivedOn, language)}</dd>
        <dt>{t('claims.customer')}</dt>
        <dd>
          <bdi>{claim.customerName}</bdi> {claim.customerPhone && <bdi dir="ltr">{claim.customerPhone}</bdi>}
        </dd>
        <dt>{t('claims.goods')}</dt>
        <dd>
          <bdi>{claim.goods}</bdi> {view.orderNumber && <span className="mono">({view.orderNumber})</span>}
        </dd>
        <dt>{t('claims.demand')}</dt>
        <dd>
          {t(`claims.demands.${claim.demand}`)}
          {claim.replacementCase && ` (${t(`claims.cases.${claim.replacementCase}`)})`}
        </dd>
        {claim.goodsPrice !== undefined && (
          <>
            <dt>{t('claims.goodsPrice')}</dt>
            <dd>{formatMoney(claim.goodsPrice, currency, language)}</dd>
          </>
        )}
        {claim.amountClaimed !== undefined && (
          <>
            <dt>{t('claims.amountClaimed')}</dt>
            <dd>{formatMoney(claim.amountClaimed, currency, language)}</dd>
          </>
        )}
        <dt>{t('claims.statement')}</dt>
        <dd>{claim.statement}</dd>
      </dl>
      <ClaimClock view={view} />
      {open && (
        <div className="row">
          {claim.status === 'received' && (
            <button type="button" onClick={() => void setStatus(claim.id, 'under_review')}>
              {t('claims.review')}
            </button>
          )}
          <button
            type="button"
            className="link"
            onClick={() => {
              if (window.confirm(t('claims.withdrawConfirm', { number: claim.number }))) void setStatus(claim.id, 'withdrawn');
            }}
          >
            {t('claims.withdraw')}
          </button>
        </div>
      )}
      {claim.decision && (
        <div className="decision">
          <h3>{t('claims.decision')}</h3>
          <p>
            <b>{t(`claims.outcomes.${claim.decision.outcome}`)}</b> · {formatDate(claim.decision.decidedOn, language)} · {name(claim.decision.decidedBy)}
            {claim.decision.amount !== undefined && ` · ${formatMoney(claim.decision.amount, currency, language)}`}
          </p>
          <p>{claim.decision.reasons}</p>
          {claim.decision.legalBasis && <p className="muted">{claim.decision.legalBasis}</p>}
          {claim.fulfilledOn && (
            <p>
              {t('claims.fulfilledOn')}: {formatDate(claim.fulfilledOn, language)}
            </p>
          )}
          {!claim.fulfilledOn && claim.decision.outcome !== 'rejected' && (
            <div className="row fulfil">
              <Field label={t('claims.fulfilledOn')} error={errors.fulfilledOn}>
                <DateField value={fulfilledOn} onChange={setFulfilledOn} />
              </Field>
              <button type="button" onClick={() => void fulfil(claim.id, fulfilledOn)}>
                {t('claims.fulfil')}
              </button>
            </div>
          )}
          <div className="row">
            <DocumentLanguageSelect value={letterLanguage} onChange={setLetterLanguage} />
            <button type="button" className="primary" onClick={() => void printLetter(claim.id, letterLanguage)}>
              {t('claims.letter')}
            </button>
            {claim.status === 'answered' && (
              <button type="button" onClick={() => void setStatus(claim.id, 'closed')}>
                {t('claims.close')}
              </button>
            )}
          </div>
        </div>
      )}
      {open && (
        <form className="grid decision-form" onSubmit={submit}>
          <h3 className="field wide">{t('claims.decision')}</h3>
          <Field label={t('claims.outcome')} error={errors.outcome}>
            <Choice value={draft.outcome} options={DECISION_OUTCOMES} label={(o) => t(`claims.outcomes.${o}`)} onChange={(outcome) => setDraft({ ...draft, outcome })} />
          </Field>
          <Field label={t('claims.amount')} error={amountError ?? errors.amount}>
            <MoneyInput value={draft.amount} onChange={(e) => setDraft({ ...draft, amount: e.target.value })} />
          </Field>
          <Field label={t('claims.decidedOn')} error={errors.decidedOn}>
            <DateField value={draft.decidedOn} onChange={(decidedOn) => setDraft({ ...draft, decidedOn })} />
          </Field>
          <Field label={t('claims.reasons')} error={errors.reasons} wide>
            <textarea rows={3} value={draft.reasons} onChange={(e) => setDraft({ ...draft, reasons: e.target.value })} />
          </Field>
          <Field label={t('claims.legalBasis')} error={errors.legalBasis} wide>
            <input value={draft.legalBasis} onChange={(e) => setDraft({ ...draft, legalBasis: e.target.value })} />
          </Field>
          <div>
            <button type="submit" className="primary">
              {t('claims.decide')}
            </button>
          </div>
        </form>
      )}
      <h3>{t('claims.history')}</h3>
      <ol className="timeline">
        {claim.history.map((h) => (
          <li key={`${h.at}-${h.to}-${h.action ?? ''}`}>
            <span className="muted">{formatDate(h.at, language, true)}</span> <b>{h.action ? t(`claims.actions.${h.action}`) : t(`claims.statuses.${h.to}`)}</b> · {name(h.by)}
            {h.note && h.to !== 'answered' && !h.action ? ` · ${h.note}` : ''}
            {h.action === 'fulfilled' && h.note ? ` · ${formatDate(h.note, language)}` : ''}
          </li>
        ))}
      </ol>
    </article>
  );
}
