import { type FormEvent, useState } from 'react';
import { parseMoney } from '../../shared/platform/money.js';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/platform/common.js';
import { useParts } from './store.js';
import { useRequisitions } from './requisitionsStore.js';
import { useDocumentLanguage } from '../session/index.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { ErrorBanner, Field, FieldError, fieldsUnder, Saved } from '../app/Field.js';
import { PartPicker } from './PartPicker.js';
import { parseQuantity } from './quantity.js';
import { MoneyInput } from '../app/MoneyInput.js';
import { addQuantities } from '../../shared/parts/index.js';

/** One requisition: its lines (editable while a draft), sending, printing, CSV, and receiving goods against it. */
export function RequisitionEditor() {
  const { t } = useTranslation();
  const { counterparties } = useParts();
  const { selected: r, error, notice, save, setState, receive, print, exportCsv } = useRequisitions();
  const [lines, setLines] = useState(() => r?.lines.map((l) => ({ ...l, text: String(l.quantity) })) ?? []);
  const [supplierId, setSupplierId] = useState(r?.supplierId ?? '');
  const [note, setNote] = useState(r?.note ?? '');
  const [arriving, setArriving] = useState<Record<string, string>>({});
  const [paid, setPaid] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  // The member's own default document language, else the workshop's.
  const documentLanguage = useDocumentLanguage();
  const [docLanguage, setDocLanguage] = useState<Language>(documentLanguage);
  if (!r) return null;
  const draft = r.state === 'draft';
  const receiving = r.state === 'sent' || r.state === 'partly_received';
  const errors = fieldsUnder(error, 'lines');
  // What each line has received is the backend's answer (the ledger's receipts), shown as soon as a receipt is
  // booked; the quantities typed into a draft are this form's own.
  const booked = new Map(r.lines.map((l) => [l.partId, l]));
  const receivedOf = (partId: string) => booked.get(partId)?.received ?? 0;
  const outstandingOf = (partId: string) => {
    const line = booked.get(partId);
    return line ? Math.max(0, addQuantities(line.quantity, -line.received)) : 0;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save({ supplierId, note, lines: lines.map((l) => ({ partId: l.partId, quantity: parseQuantity(l.text), reason: l.reason, orderIds: l.orderIds })) });
  }
  async function book(event: FormEvent) {
    event.preventDefault();
    const received = r!.lines.map((l) => ({
      partId: l.partId,
      quantity: arriving[l.partId] ? parseQuantity(arriving[l.partId]) : 0,
      unitCost: paid[l.partId]?.trim() ? (parseMoney(paid[l.partId]) ?? Number.NaN) : undefined,
    }));
    if (await receive({ lines: received, reason })) {
      setArriving({});
      setPaid({});
    }
  }

  return (
    <form className="card requisition" onSubmit={submit} aria-label={r.number}>
      <h2>
        <span className="mono">{r.number}</span> <span className={`badge req-${r.state}`}>{t(`parts.req.states.${r.state}`)}</span>
      </h2>
      <ErrorBanner error={error} />
      <div className="row">
        <Field label={t('parts.supplier')} error={fieldsUnder(error).supplierId}>
          <select disabled={!draft} value={supplierId} onChange={(e) => setSupplierId(e.target.value)}>
            <option value="">{t('parts.req.noSupplier')}</option>
            {counterparties
              .filter((c) => c.kinds.includes('supplier'))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </select>
        </Field>
        <Field label={t('parts.req.note')}>
          <input disabled={!draft} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
      <table className="lines">
        <thead>
          <tr>
            <th>{t('parts.sku')}</th>
            <th>{t('parts.name')}</th>
            <th className="num">{t('parts.quantity')}</th>
            <th>{t('parts.req.reason')}</th>
            <th className="num">{t('parts.req.received')}</th>
            {!draft && <th className="num">{t('parts.req.outstanding')}</th>}
            {receiving && <th className="num">{t('parts.req.arrivingNow')}</th>}
            {receiving && <th className="num">{t('parts.req.pricePaid')}</th>}
            <th />
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={l.partId} data-line={l.sku}>
              <td className="mono">{l.sku}</td>
              <td>{l.name}</td>
              <td className="num">
                <input
                  aria-label={`${t('parts.quantity')} ${l.sku}`}
                  disabled={!draft}
                  className="num"
                  value={l.text}
                  onChange={(e) => setLines(lines.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
                />
                <FieldError code={errors[`${i}.quantity`]} />
              </td>
              <td>
                {t(`parts.req.reasons.${l.reason}`)}
                {l.orderNumbers.length > 0 && <div className="muted small mono">{l.orderNumbers.join(', ')}</div>}
              </td>
              <td className="num" data-received>
                {receivedOf(l.partId)}
              </td>
              {!draft && (
                <td className="num" data-outstanding>
                  {outstandingOf(l.partId)}
                </td>
              )}
              {receiving && (
                <td className="num">
                  <input
                    aria-label={`${t('parts.req.arrivingNow')} ${l.sku}`}
                    className="num"
                    inputMode="decimal"
                    value={arriving[l.partId] ?? ''}
                    onChange={(e) => setArriving({ ...arriving, [l.partId]: e.target.value })}
                  />
                </td>
              )}
              {receiving && (
                <td className="num">
                  <MoneyInput
                    aria-label={`${t('parts.req.pricePaid')} ${l.sku}`}
                    className="num"
                    placeholder={(l.cost / 100).toFixed(2)}
                    value={paid[l.partId] ?? ''}
                    onChange={(e) => setPaid({ ...paid, [l.partId]: e.target.value })}
                  />
                  <FieldError code={errors[`${i}.unitCost`] && 'invalid_amount'} />
                </td>
              )}
              <td>
                {draft && (
                  <button type="button" className="link" onClick={() => setLines(lines.filter((_, j) => j !== i))}>
                    {t('order.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {draft && (
        <PartPicker
          model=""
          onPick={(p) =>
            lines.some((l) => l.partId === p.id) ||
            setLines([...lines, { id: p.id, partId: p.id, sku: p.sku, name: p.name, unit: p.unit, cost: p.cost, quantity: 1, text: '1', received: 0, reason: 'manual', orderIds: [], orderNumbers: [] }])
          }
        />
      )}
      <div className="row">
        {draft && (
          <>
            <button type="submit" className="primary">
              {t('common.save')}
            </button>
            <button type="button" onClick={() => void setState('sent')}>
              {t('parts.req.markSent')}
            </button>
          </>
        )}
        {(draft || receiving) && (
          <button type="button" className="danger" onClick={() => void setState('cancelled')}>
            {t('parts.req.cancel')}
          </button>
        )}
        <DocumentLanguageSelect value={docLanguage} onChange={setDocLanguage} />
        <button type="button" onClick={() => void print(docLanguage)}>
          {t('parts.req.print')}
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          {t('common.exportCsv')}
        </button>
        <Saved show={!!notice && !error} text={t(`parts.req.notices.${notice}`, { defaultValue: t('parts.done') })} />
      </div>
      {receiving && (
        <div className="row receive">
          <Field label={t('parts.reason')}>
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <button type="button" className="primary" onClick={(e) => void book(e)}>
            {t('parts.req.receive')}
          </button>
        </div>
      )}
    </form>
  );
}
