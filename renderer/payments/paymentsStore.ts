import { create } from 'zustand';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import type { InvoicePaper, MoneyView, PaymentMethod } from '../../shared/payments/index.js';
import type { IssuedDocument } from '../../shared/documents/index.js';
import { api } from '../app/api/index.js';

/** What money is taken against: an order or a counter sale (the payments channels take either). */
export type PaymentTarget = { orderId: string; saleId?: undefined } | { saleId: string; orderId?: undefined };

interface PaymentsState {
  /** The order or sale on screen (one of the two). */
  orderId?: string;
  saleId?: string;
  money?: MoneyView;
  error?: ApiError;
  /** The last document issued here (invoice or credit note), to show its number. */
  issued?: IssuedDocument;
  load(target: PaymentTarget): Promise<void>;
  pay(amount: number, method: PaymentMethod): Promise<boolean>;
  refund(amount: number, method: PaymentMethod, reason: string): Promise<boolean>;
  invoice(language: Language, paper: InvoicePaper): Promise<IssuedDocument | undefined>;
  creditNote(paymentId: string, language: Language, paper: InvoicePaper): Promise<IssuedDocument | undefined>;
}

/** The open order's or sale's money: its payments, refunds and documents, through the payments channels. */
export const usePayments = create<PaymentsState>((set, get) => {
  const target = () => ({ orderId: get().orderId, saleId: get().saleId });
  const answered = (answer: { ok: true; value: MoneyView } | { ok: false; error: ApiError }) => {
    set(answer.ok ? { money: answer.value, error: undefined } : { error: answer.error });
    return answer.ok;
  };
  const issued = (answer: { ok: true; value: IssuedDocument } | { ok: false; error: ApiError }) => {
    set(answer.ok ? { issued: answer.value, error: undefined } : { error: answer.error });
    return answer.ok ? answer.value : undefined;
  };
  return {
    load: async (to) => {
      if (get().orderId !== to.orderId || get().saleId !== to.saleId) set({ orderId: to.orderId, saleId: to.saleId, money: undefined, error: undefined, issued: undefined });
      const answer = await api().call('payments.of', to);
      set(answer.ok ? { money: answer.value } : { error: answer.error });
    },
    pay: async (amount, method) => answered(await api().call('payments.record', { ...target(), amount, method })),
    refund: async (amount, method, reason) => answered(await api().call('payments.refund', { ...target(), amount, method, reason })),
    invoice: async (language, paper) => issued(await api().call('payments.invoice', { ...target(), language, paper })),
    creditNote: async (paymentId, language, paper) => issued(await api().call('payments.creditNote', { paymentId, language, paper })),
  };
});
