/** The door of shared/payments/: what other features may use of it. Anything else here is private to the feature. */
export { balance, type Balance, causesOutsideWarranty, charge, type Charge, type ChargedLine, type ChargeLineInput, orderLines, orderMoney, PAYER_OF_BASIS, type Payer } from './charge.js';
export { InvoicePaper, MoneyView, Payment, PAYMENT_METHODS, PaymentMethod, TaxSettings } from './schemas.js';
export { effectiveTax, type EffectiveTax, type InvoiceName, rateOn, TAX_PRESETS, type TaxOverrides } from './tax.js';
export { CASH_POINT, CashDay, CashDaySummary, CashDayView, type CashEntry, cashHeldFor, CashMovement, cashTotals, type CashTotals, movesCash } from './cashBook.js';
