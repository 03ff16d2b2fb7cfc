import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/platform/common.js';
import { moneyInput, parseMoney } from '../../shared/platform/money.js';
import { effectiveTax, PAYMENT_METHODS, type PaymentMethod } from '../../shared/payments/index.js';
import type { IssuedDocument } from '../../shared/documents/index.js';
import { Field, FieldError, fieldsUnder } from '../app/Field.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { useMay, useSession } from '../session/index.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { type PaymentTarget, usePayments } from './paymentsStore.js';
import { MoneyInput } from '../app/MoneyInput.js';
import { sourceText } from '../rules/index.js';

/**
 * The payments section of an order: what the customer pays (by the warranty basis, with VAT), every payment and
 * refund, the tax invoice on A4 or an 80 mm roll and the credit note of a refund. `revision` reloads it when the
 * order changed (new lines, another basis, the hand-back).
 */
export function OrderPayments({ orderId, revision, print }: { orderId: string; revision: string; print: (document: IssuedDocument) => Promise<void> }) {
  return <Payments target={{ orderId }} revision={revision} print={print} />;
}

/**
 * The payments of an order or of a counter sale (parts sold without an order), taken at the counter the same way:
 * amount, method, refund with a reason, the tax invoice / receipt and the credit note.
 */
export function Payments({ target, revision, print }: { target: PaymentTarget; revision: string; print: (document: IssuedDocument) => Promise<void> }) {
  const { t } = useTranslation();
  const { money, error, issued, load, pay, refund, invoice, creditNote } = usePayments();
  const { language, settings, staff } = useSession();
  const mayTake = useMay('payments.take');
  const mayRefund = useMay('payments.refund');
  // What the clerk typed; until then the field holds what is due, as the backend's charge rule computed it.
  const [typed, setTyped] = useState<string>();
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [reason, setReason] = useState('');
  const [amountError, setAmountError] = useState<string>();
  const [docLanguage, setDocLanguage] = useState<Language>(settings?.documentLanguage ?? 'en');
  const { orderId, saleId } = target;
  useEffect(() => {
    void load(orderId ? { orderId } : { saleId: saleId! });
  }, [orderId, saleId, revision, load]);
  useEffect(() => setTyped(undefined), [orderId, saleId]);
  // The answer of another order or sale (the store holds one at a time) is not shown here.
  const shown = usePayments((s) => s.orderId === orderId && s.saleId === saleId);
  if (!money || !shown) return null;
  const amount = typed ?? (money.balance.due > 0 ? moneyInput(money.balance.due) : '');
  const currency = settings?.currency ?? 'EUR';
  const m = (minor: number) => formatMoney(minor, currency, language);
  const fields = fieldsUnder(error);
  const tax = settings ? effectiveTax(settings.ruleProfile, settings.tax) : undefined;
  const rate = money.rate === null ? t('payments.noTax') : t('payments.tax', { rate: `${money.rate / 100}%` });
  const name = (id: string) => staff.find((s) => s.id === id)?.name ?? '';

  const parsed = () => {
    const value = parseMoney(amount);
    setAmountError(value === null ? 'invalid_amount' : undefined);
    return value;
  };
  const take = async () => {
    const value = parsed();
    if (value !== null && (await pay(value, method))) setTyped(undefined);
  };
  const giveBack = async () => {
    const value = parsed();
    if (value !== null && (await refund(value, method, reason))) {
      setTyped(undefined);
      setReason('');
    }
  };
  const printed = async (document: IssuedDocument | undefined) => {
    if (document) await print(document);
  };

  return (
    <div className="card payments" aria-label={t('payments.title')}>
      <h2>{t('payments.title')}</h2>
      <dl className="money">
        {money.covered.gross > 0 && (
          <>
            <dt>{t('payments.covered')}</dt>
            <dd>{m(money.covered.gross)}</dd>
          </>
        )}
        <dt>{t('payments.net')}</dt>
        <dd>{m(money.customer.net)}</dd>
        <dt>{rate}</dt>
        <dd>{m(money.customer.tax)}</dd>
        <dt>{t('payments.charged')}</dt>
        <dd data-testid="charged">{m(money.customer.gross)}</dd>
        <dt>{t('payments.paid')}</dt>
        <dd data-testid="paid">{m(money.balance.paid)}</dd>
        <dt>{t('payments.refunded')}</dt>
        <dd data-testid="refunded">{m(money.balance.refunded)}</dd>
        <dt>{t('payments.due')}</dt>
        <dd data-testid="due">
          <b>{m(money.balance.due)}</b>
        </dd>
      </dl>
      {money.balance.overpaid > 0 && <p className="banner warn">{t('payments.overpaid')}: {m(money.balance.overpaid)}</p>}
      {/* Where the tax rate comes from, in the reader's language (as the rule profiles' sources). */}
      {tax?.sources.rates && (
        <p className="muted small">
          <bdi>{sourceText(t, tax.sources.rates)}</bdi>
        </p>
      )}
      {!money.open && <p className="banner warn">{t('payments.cancelled')}</p>}
      <div className="row">
        <Field label={t('payments.amount')} error={amountError ?? fields.amount}>
          <MoneyInput value={amount} onChange={(e) => setTyped(e.target.value)} />
        </Field>
        <Field label={t('invoice.method')} error={fields.method}>
          <select value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
            {PAYMENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`payments.method.${m}`)}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" className="primary" disabled={!mayTake || !money.open} onClick={() => void take()}>
          {t('payments.take')}
        </button>
        <Field label={t('payments.reason')} error={fields.reason}>
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <button type="button" disabled={!mayRefund || money.balance.received <= 0} onClick={() => void giveBack()}>
          {t('payments.refund')}
        </button>
      </div>
      <FieldError code={fields.orderId ?? fields.saleId} />
      <div className="row">
        <DocumentLanguageSelect value={docLanguage} onChange={setDocLanguage} />
        <button type="button" onClick={() => void invoice(docLanguage, 'A4').then(printed)}>
          {t('payments.invoiceA4')}
        </button>
        <button type="button" onClick={() => void invoice(docLanguage, 'roll80').then(printed)}>
          {t('payments.invoiceRoll')}
        </button>
        {issued && <span className="mono" data-testid="issued-number">{issued.number}</span>}
      </div>
      {money.payments.length === 0 ? (
        <p className="muted">{t('payments.none')}</p>
      ) : (
        <ol className="timeline payments-list">
          {money.payments.map((p) => (
            <li key={p.id}>
              <span className="muted">{formatDate(p.at, language, true)}</span>{' '}
              {p.amount < 0
                ? t('payments.refundEntry', { amount: m(-p.amount), method: t(`payments.method.${p.method}`), reason: p.reason ?? '' })
                : t('payments.paymentEntry', { amount: m(p.amount), method: t(`payments.method.${p.method}`) })}
              {p.source ? ` · ${t(`payments.source.${p.source}`)}` : ''} · {name(p.by)}
              {p.amount < 0 && (
                <>
                  {' · '}
                  <button type="button" className="link" onClick={() => void creditNote(p.id, docLanguage, 'A4').then(printed)}>
                    {t('payments.creditNote')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
