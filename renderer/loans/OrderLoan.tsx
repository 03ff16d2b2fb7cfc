import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, localDate } from '../../shared/rules/index.js';
import { parseMoney } from '../../shared/platform/money.js';
import type { Language } from '../../shared/platform/common.js';
import type { OrderView } from '../../shared/orders/index.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { useLoans } from './store.js';
import { useDocumentLanguage, useSession } from '../session/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { DateField } from '../app/DateField.js';
import { MoneyInput } from '../app/MoneyInput.js';

/** The replacement device of an order: the demand (legal clock), lending a unit, taking it back, the acts. */
export function OrderLoan({ view }: { view: OrderView }) {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const { pool, orderLoans, error, loadPool, loadForOrder, demand, issue, takeBack, printAct } = useLoans();
  // The member's own default document language, else the workshop's.
  const documentLanguage = useDocumentLanguage();
  const [docLanguage, setDocLanguage] = useState<Language>(documentLanguage);
  const { order } = view;
  useEffect(() => {
    void loadPool();
    void loadForOrder(order.id);
  }, [order.id, loadPool, loadForOrder]);

  const open = orderLoans.find((l) => l.state !== 'returned');
  const currency = settings?.currency ?? 'EUR';
  const closed = order.status === 'issued';
  const date = (iso: string) => formatDate(iso, language);
  return (
    <div className="card loan">
      <h2>{t('loans.card')}</h2>
      <ErrorBanner error={error} />
      <p className="muted">{order.loanerDemandedAt ? t('loans.demanded', { date: formatDate(order.loanerDemandedAt, language, true) }) : t('loans.notDemanded')}</p>
      {!order.loanerDemandedAt && !closed && !open && (
        <button type="button" onClick={() => void demand(order.id)}>
          {t('loans.demand')}
        </button>
      )}
      {orderLoans.map((l) => (
        <div key={l.loan.id} className={`loan-line ${l.state}`}>
          <p>
            {l.state === 'returned'
              ? t('loans.returned', { unit: `${l.unit.inventoryNumber} ${l.unit.model}`, date: date(l.loan.returnedAt!), number: l.loan.number })
              : t('loans.onLoan', { unit: `${l.unit.inventoryNumber} ${l.unit.model}`, number: l.loan.number, date: date(l.loan.issuedAt), due: date(l.loan.dueBack) })}{' '}
            <span className={`badge loan-${l.state}`}>{t(`loans.loanStates.${l.state}`)}</span>
          </p>
          <div className="row">
            <DocumentLanguageSelect value={docLanguage} onChange={setDocLanguage} />
            <button type="button" onClick={() => void printAct(l.loan.id, 'issue', docLanguage)}>
              {t('loans.printIssue')}
            </button>
            {l.state === 'returned' && (
              <button type="button" onClick={() => void printAct(l.loan.id, 'return', docLanguage)}>
                {t('loans.printReturn')}
              </button>
            )}
          </div>
        </div>
      ))}
      {open && <ReturnForm loanId={open.loan.id} deposit={open.loan.depositTaken} condition={open.loan.conditionOut} onDone={takeBack} currency={currency} />}
      {!open && !closed && (order.loanerDemandedAt || orderLoans.length === 0) && (
        <IssueForm orderId={order.id} pool={pool} onIssue={issue} errors={fieldsUnder(error)} />
      )}
    </div>
  );
}

function IssueForm(props: {
  orderId: string;
  pool: ReturnType<typeof useLoans.getState>['pool'];
  onIssue: ReturnType<typeof useLoans.getState>['issue'];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const language = useSession((s) => s.language);
  const available = props.pool.filter((u) => u.state === 'available');
  const [unitId, setUnitId] = useState('');
  const [dueBack, setDueBack] = useState(addDays(localDate(new Date().toISOString()), 14));
  const [conditionOut, setConditionOut] = useState('');
  const [accessories, setAccessories] = useState('');
  const [deposit, setDeposit] = useState('');
  const [depositError, setDepositError] = useState<string>();
  const chosen = available.find((u) => u.id === unitId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const depositTaken = deposit.trim() ? parseMoney(deposit) : 0;
    if (depositTaken === null) return setDepositError('invalid_amount');
    setDepositError(undefined);
    await props.onIssue({
      orderId: props.orderId,
      unitId,
      dueBack,
      conditionOut: conditionOut || chosen?.condition || '',
      accessoriesOut: accessories.split(',').map((a) => a.trim()).filter(Boolean),
      depositTaken,
    });
  }

  if (!available.length) {
    const next = props.pool
      .filter((u) => u.currentLoan)
      .sort((a, b) => a.currentLoan!.loan.dueBack.localeCompare(b.currentLoan!.loan.dueBack))[0];
    return (
      <p className="field-error">
        {t('loans.noneAvailable')}{' '}
        {next?.currentLoan && t('loans.nextBack', { unit: `${next.inventoryNumber} ${next.model}`, date: formatDate(next.currentLoan.loan.dueBack, language) })}
      </p>
    );
  }
  return (
    <form className="row issue-loan" onSubmit={submit}>
      <strong>{t('loans.issue')}</strong>
      <Field label={t('loans.unit')} error={props.errors.unitId}>
        <select
          value={unitId}
          onChange={(e) => {
            setUnitId(e.target.value);
            const unit = available.find((u) => u.id === e.target.value);
            if (unit) {
              setConditionOut(unit.condition);
              setDeposit((unit.value / 100).toFixed(2));
            }
          }}
        >
          <option value="" />
          {available.map((u) => (
            <option key={u.id} value={u.id}>
              {u.inventoryNumber} · {u.model}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('loans.dueBack')} error={props.errors.dueBack}>
        <DateField value={dueBack} onChange={setDueBack} />
      </Field>
      <Field label={t('loans.conditionOut')} error={props.errors.conditionOut}>
        <input value={conditionOut} onChange={(e) => setConditionOut(e.target.value)} />
      </Field>
      <Field label={t('device.accessoriesList')} error={props.errors.accessoriesOut}>
        <input value={accessories} onChange={(e) => setAccessories(e.target.value)} />
      </Field>
      <Field label={t('loans.deposit')} error={depositError ?? props.errors.depositTaken}>
        <MoneyInput className="num" value={deposit} onChange={(e) => setDeposit(e.target.value)} />
      </Field>
      <button type="submit" className="primary">
        {t('loans.lend')}
      </button>
    </form>
  );
}

function ReturnForm(props: {
  loanId: string;
  deposit: number;
  condition: string;
  currency: string;
  onDone: ReturnType<typeof useLoans.getState>['takeBack'];
}) {
  const { t } = useTranslation();
  const language = useSession((s) => s.language);
  const errors = fieldsUnder(useLoans((s) => s.error));
  const [conditionIn, setConditionIn] = useState(props.condition);
  const [returned, setReturned] = useState((props.deposit / 100).toFixed(2));
  const [reason, setReason] = useState('');
  const [unitTo, setUnitTo] = useState<'available' | 'in_maintenance'>('available');
  const [amountError, setAmountError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const depositReturned = parseMoney(returned);
    if (depositReturned === null) return setAmountError('invalid_amount');
    setAmountError(undefined);
    await props.onDone({ loanId: props.loanId, conditionIn, depositReturned, withheldReason: reason, unitTo });
  }
  return (
    <form className="row return-loan" onSubmit={submit}>
      <strong>{t('loans.returnTitle')}</strong>
      <Field label={t('loans.conditionIn')} error={errors.conditionIn}>
        <input value={conditionIn} onChange={(e) => setConditionIn(e.target.value)} />
      </Field>
      <Field label={`${t('loans.depositReturned')} (${formatMoney(props.deposit, props.currency, language)})`} error={amountError ?? errors.depositReturned}>
        <MoneyInput className="num" value={returned} onChange={(e) => setReturned(e.target.value)} />
      </Field>
      <Field label={t('loans.withheldReason')} error={errors.withheldReason}>
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Field label={t('loans.unitTo')}>
        <select value={unitTo} onChange={(e) => setUnitTo(e.target.value as typeof unitTo)}>
          <option value="available">{t('loans.toAvailable')}</option>
          <option value="in_maintenance">{t('loans.toMaintenance')}</option>
        </select>
      </Field>
      <button type="submit" className="primary">
        {t('loans.takeBack')}
      </button>
    </form>
  );
}
