import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderTotals, parseMoney } from '../../shared/platform/money.js';
import { formatMoney } from '../app/i18n/index.js';
import { useOrder } from './orderStore.js';
import { useMay, useSession } from '../session/index.js';
import { FieldError, fieldsUnder, Saved } from '../app/Field.js';
import { localToday } from '../app/today.js';
import { charge, effectiveTax } from '../../shared/payments/index.js';
import { OperationPicker } from '../parts/index.js';
import { PartPicker } from '../parts/index.js';
import { MoneyInput } from '../app/MoneyInput.js';

interface LineDraft {
  partId?: string;
  /** The catalogue price of a part picked from the catalogue: below it is a manager's discount. */
  cataloguePrice?: number;
  operationId?: string;
  text: string;
  sku: string;
  quantity: string;
  price: string;
  warrantyDays: string;
}

const toDraft = (text: string, sku: string | undefined, quantity: number, unitPrice: number, warrantyDays: number): LineDraft => ({
  text,
  sku: sku ?? '',
  quantity: String(quantity),
  price: (unitPrice / 100).toFixed(2),
  warrantyDays: String(warrantyDays),
});
const blank = (): LineDraft => ({ text: '', sku: '', quantity: '1', price: '', warrantyDays: '90' });

/** Work lines and part lines with prices, each with its own warranty, and the order's totals. */
export function OrderLines() {
  const { t } = useTranslation();
  const { view, error, notice, setLines } = useOrder();
  const { language, settings } = useSession();
  const mayDiscount = useMay('orders.belowCataloguePrice');
  const [work, setWork] = useState<LineDraft[]>(
    () => view?.order.workLines.map((l) => ({ ...toDraft(l.description, undefined, l.quantity, l.unitPrice, l.warrantyDays), operationId: l.operationId })) ?? [],
  );
  const [parts, setParts] = useState<LineDraft[]>(
    () => view?.order.partLines.map((l) => ({ ...toDraft(l.name, l.sku, l.quantity, l.unitPrice, l.warrantyDays), partId: l.partId })) ?? [],
  );
  if (!view) return null;
  const closed = view.order.status === 'issued';
  const currency = settings?.currency ?? 'EUR';
  const parse = (line: LineDraft) => ({
    quantity: Number(line.quantity.replace(',', '.')),
    unitPrice: parseMoney(line.price) ?? Number.NaN,
    warrantyDays: Number(line.warrantyDays),
  });
  const totals = orderTotals(
    work.map(parse).filter((l) => !Number.isNaN(l.unitPrice)),
    parts.map(parse).filter((l) => !Number.isNaN(l.unitPrice)),
    view.order.intake.prepayment,
  );
  const money = (n: number) => formatMoney(n, currency, language);
  // What the customer pays is the payments rule's (by the warranty basis, with VAT): the payments section, the
  // completion act and the invoice say the same; a warranty order's customer pays nothing.
  const customerPays = settings
    ? charge(
        { basis: view.order.intake.warrantyBasis, lines: [...work.map((l) => ({ kind: 'work' as const, description: l.text, ...parse(l) })), ...parts.map((l) => ({ kind: 'part' as const, description: l.text, ...parse(l) }))].filter((l) => !Number.isNaN(l.unitPrice)), date: localToday() },
        effectiveTax(settings.ruleProfile, settings.tax),
      ).customer.gross
    : totals.total;

  async function save() {
    await setLines({
      workLines: work.map((l) => ({ description: l.text, operationId: l.operationId, ...parse(l) })),
      partLines: parts.map((l) => ({ name: l.text, sku: l.sku, partId: l.partId, ...parse(l) })),
    });
  }

  const table = (kind: 'workLines' | 'partLines', lines: LineDraft[], update: (lines: LineDraft[]) => void) => {
    const errors = fieldsUnder(error, kind);
    const change = (i: number, patch: Partial<LineDraft>) => update(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
    return (
      <table className="lines">
        <thead>
          <tr>
            <th>{kind === 'workLines' ? t('order.description') : t('order.partName')}</th>
            {kind === 'partLines' && <th>{t('order.sku')}</th>}
            <th>{t('order.quantity')}</th>
            <th>{t('order.unitPrice')}</th>
            <th>{t('order.warrantyDays')}</th>
            <th>{t('order.lineTotal')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => {
            const parsed = parse(line);
            const rowError = (field: string) => errors[`${i}.${field}`];
            return (
              <tr key={i}>
                <td>
                  <input aria-label={t('order.description')} disabled={closed} value={line.text} onChange={(e) => change(i, { text: e.target.value })} />
                  <FieldError code={rowError(kind === 'workLines' ? 'description' : 'name')} />
                </td>
                {kind === 'partLines' && (
                  <td>
                    <input aria-label={t('order.sku')} disabled={closed} className="mono" value={line.sku} onChange={(e) => change(i, { sku: e.target.value })} />
                  </td>
                )}
                <td>
                  <input aria-label={t('order.quantity')} disabled={closed} className="num" value={line.quantity} onChange={(e) => change(i, { quantity: e.target.value })} />
                  <FieldError code={rowError('quantity')} />
                </td>
                <td>
                  <MoneyInput aria-label={t('order.unitPrice')} disabled={closed} className="num" value={line.price} onChange={(e) => change(i, { price: e.target.value })} />
                  <FieldError
                    code={
                      rowError('unitPrice') === 'below_catalogue_price' || (!mayDiscount && line.cataloguePrice !== undefined && parsed.unitPrice < line.cataloguePrice)
                        ? 'below_catalogue_price'
                        : rowError('unitPrice') && line.price.trim()
                          ? 'invalid_amount'
                          : rowError('unitPrice')
                    }
                  />
                </td>
                <td>
                  <input aria-label={t('order.warrantyDays')} disabled={closed} className="num" value={line.warrantyDays} onChange={(e) => change(i, { warrantyDays: e.target.value })} />
                  <FieldError code={rowError('warrantyDays')} />
                </td>
                <td className="num">{Number.isNaN(parsed.unitPrice) ? '' : money(Math.round(parsed.quantity * parsed.unitPrice))}</td>
                <td>
                  {!closed && (
                    <button type="button" className="link" onClick={() => update(lines.filter((_, j) => j !== i))}>
                      {t('order.remove')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  };

  return (
    <div className="card">
      <h2>{t('order.lines')}</h2>
      <h3>{t('order.work')}</h3>
      {table('workLines', work, setWork)}
      {!closed && (
        <div className="row">
          <OperationPicker onPick={(o) => setWork([...work, { ...toDraft(o.name, undefined, 1, o.price, o.warrantyDays), operationId: o.id }])} />
          <button type="button" onClick={() => setWork([...work, blank()])}>
            {t('order.addWork')}
          </button>
        </div>
      )}
      <h3>{t('order.parts')}</h3>
      {table('partLines', parts, setParts)}
      {!closed && (
        <>
          <PartPicker model={view.device.model} onPick={(p) => setParts([...parts, { ...toDraft(p.name, p.sku, 1, p.price, p.warrantyDays), partId: p.id, cataloguePrice: p.price }])} />
          <button type="button" onClick={() => setParts([...parts, blank()])}>
            {t('parts.add')}
          </button>
        </>
      )}
      <p className="totals">
        {t('order.totals', { work: money(totals.work), parts: money(totals.parts), total: money(totals.total), due: money(customerPays) })}
      </p>
      {!closed && (
        <div className="row">
          <button type="button" className="primary" onClick={() => void save()}>
            {t('order.saveLines')}
          </button>
          <Saved show={notice === 'lines' && !error} />
        </div>
      )}
    </div>
  );
}
