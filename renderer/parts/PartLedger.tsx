import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoney } from '../../shared/platform/money.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { useParts } from './store.js';
import { useSession } from '../session/index.js';
import { Field, fieldsUnder } from '../app/Field.js';
import { parseQuantity } from './quantity.js';
import { MoneyInput } from '../app/MoneyInput.js';

type Action = 'receive' | 'count' | 'writeOff' | 'return';

/** One part: its ledger (every move, who, when, why) and the stock actions: receive, count, write off, return. */
export function PartLedger() {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const { ledger, openLedger } = useParts();
  const [action, setAction] = useState<Action>('receive');
  if (!ledger) return null;
  const { part, moves, total } = ledger;
  const currency = settings?.currency ?? 'EUR';
  return (
    <div className="card part-ledger">
      <h2>
        <span className="mono">{part.sku}</span> · {part.name}{' '}
        <button type="button" className="link" onClick={() => void openLedger(undefined)}>
          {t('parts.close')}
        </button>
      </h2>
      <p className="stock-line">
        {t('parts.stockLine', { onHand: part.stock.onHand, reserved: part.stock.reserved, available: part.stock.available, unit: t(`parts.units.${part.unit}`) })}
      </p>
      <div className="row" role="tablist">
        {(['receive', 'count', 'writeOff', 'return'] as const).map((a) => (
          <button key={a} type="button" role="tab" aria-selected={action === a} className={action === a ? 'chip selected' : 'chip'} onClick={() => setAction(a)}>
            {t(`parts.actions.${a}`)}
          </button>
        ))}
      </div>
      <StockAction key={action} action={action} partId={part.id} supplierId={part.supplierId} holders={ledger.holders} />
      <h3>{t('parts.ledger', { count: total })}</h3>
      <table className="ledger">
        <thead>
          <tr>
            <th>{t('parts.when')}</th>
            <th>{t('parts.move')}</th>
            <th className="num">{t('parts.quantity')}</th>
            <th>{t('parts.who')}</th>
            <th>{t('parts.why')}</th>
            <th className="num">{t('parts.unitCost')}</th>
          </tr>
        </thead>
        <tbody>
          {moves.map((m) => (
            <tr key={m.id} data-move={m.kind}>
              <td>{formatDate(m.at, language, true)}</td>
              <td>
                {t(`parts.moves.${m.kind}`)}
                {m.cause && <div className="muted small">{t(`parts.causes.${m.cause}`)}</div>}
              </td>
              <td className="num">{m.quantity}</td>
              <td>{m.byName}</td>
              <td>
                {m.orderNumber && <span className="mono">{m.orderNumber} </span>}
                {m.trigger && t(`parts.triggers.${m.trigger}`)} {m.reason}
              </td>
              <td className="num">{formatMoney(m.unitCost, currency, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StockAction({ action, partId, supplierId, holders }: { action: Action; partId: string; supplierId?: string; holders: ReadonlyArray<{ orderId: string; number: string; reserved: number }> }) {
  const { t } = useTranslation();
  const { error, notice, move, counterparties } = useParts();
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [unitCost, setUnitCost] = useState('');
  const [supplier, setSupplier] = useState(supplierId ?? '');
  const [cause, setCause] = useState<'supplier_defect' | 'workshop_damage'>('supplier_defect');
  const [orderId, setOrderId] = useState('');
  const errors = fieldsUnder(error);
  const q = parseQuantity(quantity);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done =
      action === 'receive'
        ? await move('parts.receive', { partId, quantity: q, reason, unitCost: unitCost ? (parseMoney(unitCost) ?? -1) : undefined, supplierId: supplier || undefined })
        : action === 'count'
          ? await move('parts.adjust', { partId, counted: q, reason })
          : action === 'writeOff'
            ? await move('parts.writeOff', { partId, quantity: q, reason, orderId: orderId || undefined })
            : await move('parts.returnToSupplier', { partId, quantity: q, supplierId: supplier, cause, reason, orderId: orderId || undefined });
    if (done) {
      setQuantity('');
      setReason('');
      setUnitCost('');
      setOrderId('');
    }
  }
  const suppliers = counterparties.filter((c) => c.kinds.includes('supplier'));
  return (
    <form className="row stock-action" onSubmit={submit}>
      <Field label={action === 'count' ? t('parts.counted') : t('parts.quantity')} error={errors.quantity ?? errors.counted}>
        <input inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
      </Field>
      {action === 'receive' && (
        <Field label={t('parts.unitCost')} error={errors.unitCost && 'invalid_amount'}>
          <MoneyInput value={unitCost} onChange={(e) => setUnitCost(e.target.value)} />
        </Field>
      )}
      {(action === 'receive' || action === 'return') && (
        <Field label={t('parts.supplier')} error={errors.supplierId}>
          <select value={supplier} onChange={(e) => setSupplier(e.target.value)}>
            <option value="">{t('common.none')}</option>
            {suppliers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {action === 'return' && (
        <Field label={t('parts.cause')} error={errors.cause}>
          <select value={cause} onChange={(e) => setCause(e.target.value as typeof cause)}>
            <option value="supplier_defect">{t('parts.causes.supplier_defect')}</option>
            <option value="workshop_damage">{t('parts.causes.workshop_damage')}</option>
          </select>
        </Field>
      )}
      {(action === 'writeOff' || action === 'return') && holders.length > 0 && (
        <Field label={t('parts.forOrder')} error={errors.orderId}>
          <select value={orderId} onChange={(e) => setOrderId(e.target.value)}>
            <option value="">{t('parts.freeStock')}</option>
            {holders.map((h) => (
              <option key={h.orderId} value={h.orderId}>
                {h.number} ({h.reserved})
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={t('parts.reason')} error={errors.reason}>
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button type="submit" className="primary">
        {t(`parts.actions.${action}`)}
      </button>
      {notice && !error && <span className="banner ok">{t('parts.done')}</span>}
    </form>
  );
}
