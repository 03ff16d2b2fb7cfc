import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/platform/result.js';
import { lineTotal, parseMoney } from '../../shared/platform/money.js';
import type { Language } from '../../shared/platform/common.js';
import type { Sale } from '../../shared/parts/sale.js';
import { api } from '../app/api/index.js';
import { formatDate, formatMoney } from '../app/i18n/index.js';
import { useDocumentLanguage, useSession } from '../session/index.js';
import { DocumentLanguageSelect } from '../documents/index.js';
import { ErrorBanner, Field, FieldError, fieldsUnder } from '../app/Field.js';
import { showPdf } from './files.js';
import { PartPicker } from './PartPicker.js';
import { moneyInput, parseQuantity } from './quantity.js';
import { MoneyInput } from '../app/MoneyInput.js';
import { Payments } from '../payments/index.js';
import { printDocument } from '../orders/index.js';

interface SaleLineDraft {
  partId: string;
  sku: string;
  name: string;
  available: number;
  quantity: string;
  price: string;
}

/** Sell parts over the counter from free stock, print the receipt, and take the sale's payment as an order's. */
export function CounterSale() {
  const { t } = useTranslation();
  const { language, settings } = useSession();
  const [customerName, setCustomerName] = useState('');
  const [customerPhone, setCustomerPhone] = useState('');
  const [lines, setLines] = useState<SaleLineDraft[]>([]);
  const [sales, setSales] = useState<Sale[]>([]);
  const [error, setError] = useState<ApiError>();
  // The sale whose payment is being taken: the one just sold, or one picked from the recent sales.
  const [paying, setPaying] = useState<Sale>();
  // The member's own default document language, else the workshop's.
  const documentLanguage = useDocumentLanguage();
  const [docLanguage, setDocLanguage] = useState<Language>(documentLanguage);
  const loadSales = async () => {
    const result = await api().call('parts.sales.list', {});
    if (result.ok) setSales(result.value);
  };
  useEffect(() => {
    void loadSales();
  }, []);
  const money = (n: number) => formatMoney(n, settings?.currency ?? 'EUR', language);
  const errors = fieldsUnder(error, 'lines');
  const priced = lines.map((l) => ({ quantity: parseQuantity(l.quantity), unitPrice: parseMoney(l.price) ?? Number.NaN }));
  const total = priced.filter((l) => !Number.isNaN(l.quantity + l.unitPrice)).reduce((sum, l) => sum + lineTotal(l), 0);

  async function sell(event: FormEvent) {
    event.preventDefault();
    const result = await api().call('parts.sales.create', {
      customerName,
      customerPhone,
      lines: lines.map((l, i) => ({ partId: l.partId, quantity: priced[i].quantity, unitPrice: Number.isNaN(priced[i].unitPrice) ? -1 : priced[i].unitPrice })),
    });
    setError(result.ok ? undefined : result.error);
    if (!result.ok) return;
    setLines([]);
    setCustomerName('');
    setCustomerPhone('');
    await loadSales();
    setPaying(result.value);
    await printReceipt(result.value.id);
  }
  async function printReceipt(id: string) {
    const file = await api().call('parts.sales.receiptPdf', { id, language: docLanguage });
    if (!file.ok) return setError(file.error);
    showPdf(file.value);
  }
  const change = (i: number, patch: Partial<SaleLineDraft>) => setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  return (
    <>
      <form className="card sale" onSubmit={sell} aria-label={t('parts.sale.title')}>
        <div className="row">
          <Field label={t('parts.sale.customer')}>
            <input value={customerName} onChange={(e) => setCustomerName(e.target.value)} />
          </Field>
          <Field label={t('parts.cp.phone')}>
            <input dir="ltr" value={customerPhone} onChange={(e) => setCustomerPhone(e.target.value)} />
          </Field>
        </div>
        <table className="lines">
          <thead>
            <tr>
              <th>{t('parts.sku')}</th>
              <th>{t('parts.name')}</th>
              <th className="num">{t('parts.available')}</th>
              <th className="num">{t('parts.quantity')}</th>
              <th className="num">{t('parts.price')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={l.partId} data-sale-line={l.sku}>
                <td className="mono">{l.sku}</td>
                <td>{l.name}</td>
                <td className="num">{l.available}</td>
                <td className="num">
                  <input aria-label={`${t('parts.quantity')} ${l.sku}`} className="num" value={l.quantity} onChange={(e) => change(i, { quantity: e.target.value })} />
                  <FieldError code={errors[`${i}.quantity`]} />
                </td>
                <td className="num">
                  <MoneyInput aria-label={`${t('parts.price')} ${l.sku}`} className="num" value={l.price} onChange={(e) => change(i, { price: e.target.value })} />
                  <FieldError code={errors[`${i}.unitPrice`] === 'below_catalogue_price' ? 'below_catalogue_price' : errors[`${i}.unitPrice`] && 'invalid_amount'} />
                </td>
                <td>
                  <button type="button" className="link" onClick={() => setLines(lines.filter((_, j) => j !== i))}>
                    {t('order.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <PartPicker
          model=""
          onPick={(p) =>
            lines.some((l) => l.partId === p.id) ||
            setLines([...lines, { partId: p.id, sku: p.sku, name: p.name, available: p.stock.available, quantity: '1', price: moneyInput(p.price) }])
          }
        />
        <ErrorBanner error={error} />
        <div className="row">
          <span className="totals">{t('parts.sale.total', { total: money(total) })}</span>
          <DocumentLanguageSelect value={docLanguage} onChange={setDocLanguage} />
          <button type="submit" className="primary" disabled={!lines.length}>
            {t('parts.sale.sell')}
          </button>
        </div>
      </form>
      {paying && (
        <section aria-label={t('parts.sale.paying', { number: paying.number })} className="sale-payment">
          <h2>{t('parts.sale.paying', { number: paying.number })}</h2>
          <Payments target={{ saleId: paying.id }} revision={paying.id} print={printDocument} />
        </section>
      )}
      <h2>{t('parts.sale.recent')}</h2>
      <table className="sales">
        <tbody>
          {sales.map((s) => (
            <tr key={s.id} data-sale={s.number}>
              <td className="mono">{s.number}</td>
              <td>{formatDate(s.at, language, true)}</td>
              <td>{s.customerName ?? ''}</td>
              <td>{s.lines.map((l) => `${l.sku} × ${l.quantity}`).join(', ')}</td>
              <td className="num">{money(s.total)}</td>
              <td>
                <button type="button" className="link" onClick={() => void printReceipt(s.id)}>
                  {t('parts.sale.receipt')}
                </button>
                {' · '}
                <button type="button" className="link" aria-pressed={paying?.id === s.id} onClick={() => setPaying(s)}>
                  {t('parts.sale.payments')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sales.length === 0 && <p className="muted">{t('common.nothingHere')}</p>}
    </>
  );
}
