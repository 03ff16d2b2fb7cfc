import type { InputHTMLAttributes } from 'react';
import { useSession } from '../session/index.js';
import { currencyAffix } from './i18n/index.js';

/**
 * An amount typed as digits (12.50 or 12,50) with the workshop's currency sign beside it, on the side the reader's
 * language writes it (£12 in English, 12 ₽ in Russian, 12 ₪ in Hebrew), so nobody wonders what the number is in.
 */
export function MoneyInput({ className, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode'>) {
  const language = useSession((state) => state.language);
  const currency = useSession((state) => state.settings?.currency ?? 'EUR');
  const { symbol, before } = currencyAffix(currency, language);
  const sign = (
    <span className="currency" data-currency={currency}>
      {symbol}
    </span>
  );
  return (
    <span className="money-input">
      {before && sign}
      {/* An amount reads left to right in every language: in a Hebrew form "-20" stays "-20", not "20-". */}
      <input {...input} inputMode="decimal" dir="ltr" className={['align-start', className].filter(Boolean).join(' ')} />
      {!before && sign}
    </span>
  );
}
