import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/platform/common.js';
import { parseMoney } from '../../shared/platform/money.js';
import type { CashDaySummary, CashEntry, InvoicePaper } from '../../shared/payments/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { MoneyInput } from '../app/MoneyInput.js';
import { RoleNote, useDocumentLanguage, useMay, useSession } from '../session/index.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { printDocument } from '../orders/index.js';
import { useCashBook } from './cashBookStore.js';

/**
 * The cash book of today at the counter: open the day with the float, see every cash entry and the cash expected,
 * put cash in or take it out, close the day with the count (and the reason of a difference), print the X report
 * while it is open and the Z report once it is closed. A manager also sees the earlier days with their close, opens
 * any of them (read only) and prints its report again.
 */
export function CashBook() {
  const { t } = useTranslation();
  const { view, error, issued, days, load, loadDays, open, move, close, report } = useCashBook();
  const { language, settings, staff } = useSession();
  const mayUse = useMay('payments.cashBook');
  const mayDiffer = useMay('payments.cashDifference');
  const mayLookBack = useMay('payments.cashHistory');
  // An earlier day a manager opened from the list (undefined: today's).
  const [earlier, setEarlier] = useState<string>();
  const [docLanguage, setDocLanguage] = useState<Language>(useDocumentLanguage());
  const [float, setFloat] = useState('');
  const [amount, setAmount] = useState('');
  const [direction, setDirection] = useState<'in' | 'out'>('in');
  const [reason, setReason] = useState('');
  const [correcting, setCorrecting] = useState(false);
  const [counted, setCounted] = useState('');
  const [closeReason, setCloseReason] = useState('');
  const [typedError, setTypedError] = useState<Record<string, string>>({});
  useEffect(() => {
    void load(earlier);
  }, [load, earlier]);
  // The list follows today's day: a close adds it to the days closed.
  useEffect(() => {
    if (mayLookBack) void loadDays();
  }, [mayLookBack, loadDays, view?.state]);
  if (!view) return <ErrorBanner error={error} />;
  const currency = settings?.currency ?? 'EUR';
  const m = (minor: number) => formatMoney(minor, currency, language);
  const name = (id: string | null | undefined) => staff.find((s) => s.id === id)?.name ?? '';
  const fields = { ...fieldsUnder(error), ...typedError };
  const { totals, day } = view;
  // An amount is typed in the major unit with at most 2 decimals; the backend refuses anything else as well.
  const typed = (key: string, text: string) => {
    const value = parseMoney(text);
    setTypedError(value === null ? { [key]: 'invalid_amount' } : {});
    return value;
  };
  const countedValue = parseMoney(counted);
  const difference = countedValue === null ? null : countedValue - totals.expected;
  const print = async (kind: 'x' | 'z', paper: InvoicePaper, date?: string) => {
    const document = await report(kind, docLanguage, paper, date);
    if (document) await printDocument(document);
  };
  const reports = (kind: 'x' | 'z', date?: string) => (
    <div className="row">
      <DocumentLanguageSelect value={docLanguage} onChange={setDocLanguage} />
      {(['A4', 'roll80'] as const).map((paper) => (
        <button key={paper} type="button" disabled={!mayUse} onClick={() => void print(kind, paper, date)}>
          {t(kind === 'x' ? 'cashBook.xReport' : 'cashBook.zReport')} ({t(`cashBook.paper.${paper}`)})
        </button>
      ))}
      {issued && <span className="mono" data-testid="report-number">{issued.number}</span>}
    </div>
  );

  return (
    <section className="cash-book">
      <h1>{t('cashBook.title')}</h1>
      <p>
        <b>{t('cashBook.day', { date: formatDate(view.date, language) })}</b> · {t('cashBook.mainPoint')} · <span data-testid="day-state">{t(`cashBook.state.${view.state}`)}</span>
      </p>
      <RoleNote action="payments.cashBook" />
      <ErrorBanner error={error} />
      {earlier && (
        <div className="banner row">
          <span>{t('cashBook.earlier.note')}</span>
          <button type="button" onClick={() => setEarlier(undefined)}>
            {t('cashBook.earlier.back')}
          </button>
        </div>
      )}

      {view.state === 'not_opened' && !earlier && (
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            const value = typed('float', float);
            if (value !== null) void open(value).then((ok) => ok && setFloat(''));
          }}
        >
          <p>{t('cashBook.notOpened')}</p>
          {view.entries.length > 0 && <p className="muted">{t('cashBook.cashBeforeOpen', { count: view.entries.length })}</p>}
          <div className="row">
            <Field label={t('cashBook.float')} error={fields.float}>
              <MoneyInput value={float} onChange={(e) => setFloat(e.target.value)} />
            </Field>
            <button type="submit" className="primary" disabled={!mayUse}>
              {t('cashBook.open')}
            </button>
          </div>
          {view.lastClosed && reports('z', view.lastClosed.date)}
        </form>
      )}

      {day && (
        <div className="card">
          <p className="muted">
            {t('cashBook.opened', { at: formatDate(day.openedAt, language, true), name: name(day.openedBy) })}
            {day.closedAt && ` · ${t('cashBook.closedBy', { at: formatDate(day.closedAt, language, true), name: name(day.closedBy) })}`}
          </p>
          <dl className="money">
            <dt>{t('cashBook.float')}</dt>
            <dd data-testid="float">{m(totals.float)}</dd>
            <dt>{t('cashBook.cashIn')}</dt>
            <dd data-testid="cash-in">{m(totals.cashIn)}</dd>
            <dt>{t('cashBook.cashOut')}</dt>
            <dd data-testid="cash-out">{m(totals.cashOut)}</dd>
            <dt>{t('cashBook.expected')}</dt>
            <dd data-testid="expected">
              <b>{m(totals.expected)}</b>
            </dd>
            {totals.counted !== null && (
              <>
                <dt>{t('cashBook.counted')}</dt>
                <dd data-testid="counted">{m(totals.counted)}</dd>
                <dt>{t('cashBook.difference')}</dt>
                <dd data-testid="difference">{m(totals.difference ?? 0)}</dd>
              </>
            )}
          </dl>
          {day.reason && (
            <p>
              {t('cashBook.reason')}: {day.reason}
            </p>
          )}
        </div>
      )}

      {view.state === 'open' && earlier && reports('x', earlier)}

      {view.state === 'open' && !earlier && (
        <>
          <form
            className="card"
            aria-label={t('cashBook.movement')}
            onSubmit={(e) => {
              e.preventDefault();
              const value = typed('amount', amount);
              const corrects = correcting ? view.lastClosed?.id : undefined;
              if (value !== null)
                void move(direction, value, reason, corrects).then((ok) => {
                  if (!ok) return;
                  setAmount('');
                  setReason('');
                  setCorrecting(false);
                });
            }}
          >
            <h2>{t('cashBook.movement')}</h2>
            <div className="row">
              <Field label={t('cashBook.entry')}>
                <select value={direction} onChange={(e) => setDirection(e.target.value as 'in' | 'out')}>
                  <option value="in">{t('cashBook.direction.in')}</option>
                  <option value="out">{t('cashBook.direction.out')}</option>
                </select>
              </Field>
              <Field label={t('payments.amount')} error={fields.amount}>
                <MoneyInput value={amount} onChange={(e) => setAmount(e.target.value)} />
              </Field>
              <Field label={t('cashBook.movementReason')} error={fields.reason} wide>
                <input value={reason} onChange={(e) => setReason(e.target.value)} />
              </Field>
            </div>
            {view.lastClosed && mayDiffer && (
              <label className="check">
                <input type="checkbox" checked={correcting} onChange={(e) => setCorrecting(e.target.checked)} />
                {t('cashBook.correction', { date: formatDate(view.lastClosed.date, language) })}
              </label>
            )}
            <button type="submit" disabled={!mayUse}>
              {t('cashBook.add')}
            </button>
          </form>

          <form
            className="card"
            aria-label={t('cashBook.close')}
            onSubmit={(e) => {
              e.preventDefault();
              const value = typed('counted', counted);
              if (value !== null) void close(value, closeReason);
            }}
          >
            <h2>{t('cashBook.close')}</h2>
            <div className="row">
              <Field label={t('cashBook.countedCash')} error={fields.counted}>
                <MoneyInput value={counted} onChange={(e) => setCounted(e.target.value)} />
              </Field>
              {difference !== null && (
                <p>
                  {t('cashBook.difference')}: <b data-testid="typed-difference">{m(difference)}</b>
                </p>
              )}
              {difference !== null && difference !== 0 && (
                <Field label={t('cashBook.reason')} error={fields.reason} wide>
                  <input value={closeReason} onChange={(e) => setCloseReason(e.target.value)} />
                </Field>
              )}
            </div>
            {difference !== null && difference !== 0 && !mayDiffer && <p className="banner warn">{t('cashBook.closeWithDifference')}</p>}
            <button type="submit" className="primary" disabled={!mayUse || (difference !== null && difference !== 0 && !mayDiffer)}>
              {t('cashBook.close')}
            </button>
          </form>
          {reports('x')}
        </>
      )}

      {view.state === 'closed' && (
        <>
          <p className="banner">{t('cashBook.closedNote')}</p>
          {reports('z', earlier)}
        </>
      )}

      {day && <Entries entries={view.entries} money={m} name={name} />}
      {mayLookBack && days && <EarlierDays days={days} money={m} name={name} show={setEarlier} />}
    </section>
  );
}

function Entries({ entries, money, name }: { entries: CashEntry[]; money: (minor: number) => string; name: (id: string) => string }) {
  const { t } = useTranslation();
  const { language } = useSession();
  if (!entries.length) return <p className="muted">{t('cashBook.noEntries')}</p>;
  return (
    <div className="card">
      <h2>{t('cashBook.entries', { count: entries.length })}</h2>
      <table className="cash-entries">
        <thead>
          <tr>
            <th scope="col">{t('cashBook.time')}</th>
            <th scope="col">{t('cashBook.entry')}</th>
            <th scope="col">{t('cashBook.by')}</th>
            <th scope="col" className="num">
              {t('payments.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDate(e.at, language, true)}</td>
              <td>
                {[t(`cashBook.kind.${e.kind}`), e.label, e.reason, e.corrects ? t('cashBook.corrects', { date: formatDate(e.corrects, language) }) : undefined].filter(Boolean).join(' · ')}
              </td>
              <td>{name(e.by)}</td>
              <td className="num">{money(e.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The earlier days of the point, newest first: each with its close, and a button to open it. */
function EarlierDays({ days, money, name, show }: { days: CashDaySummary[]; money: (minor: number) => string; name: (id: string | null) => string; show: (date: string) => void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  return (
    <div className="card" aria-label={t('cashBook.earlier.title')} role="region">
      <h2>{t('cashBook.earlier.title')}</h2>
      {days.length === 0 ? (
        <p className="muted">{t('cashBook.earlier.none')}</p>
      ) : (
        <table className="cash-days">
          <thead>
            <tr>
              <th scope="col">{t('cashBook.earlier.date')}</th>
              <th scope="col">{t('cashBook.state.closed')}</th>
              <th scope="col" className="num">
                {t('cashBook.expected')}
              </th>
              <th scope="col" className="num">
                {t('cashBook.counted')}
              </th>
              <th scope="col" className="num">
                {t('cashBook.difference')}
              </th>
              <th scope="col">{t('cashBook.earlier.closedBy')}</th>
              <th scope="col">{t('cashBook.reason')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.id} data-day={d.date}>
                <td>{formatDate(d.date, language)}</td>
                <td>{d.closedAt ? formatDate(d.closedAt, language, true) : t('cashBook.state.open')}</td>
                <td className="num">{money(d.expected)}</td>
                <td className="num">{d.counted === null ? '—' : money(d.counted)}</td>
                <td className="num">{d.difference === null ? '—' : money(d.difference)}</td>
                <td>{name(d.closedBy)}</td>
                <td>{d.reason ?? ''}</td>
                <td>
                  <button type="button" className="link" onClick={() => show(d.date)}>
                    {t('cashBook.earlier.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
