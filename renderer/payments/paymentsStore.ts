import { create } from 'zustand';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import type { InvoicePaper, MoneyView, PaymentMethod } from '../../shared/payments/index.js';
import type { IssuedDocument } from '../../shared/documents/index.js';
import { api } from '../app/api/index.js';

interface PaymentsState {
  orderId?: string;
  money?: MoneyView;
  error?: ApiError;
  /** The last document issued here (invoice or credit note), to show its number. */
  issued?: IssuedDocument;
  load(orderId: string): Promise<void>;
  pay(amount: number, method: PaymentMethod): Promise<boolean>;
  refund(amount: number, method: PaymentMethod, reason: string): Promise<boolean>;
  invoice(language: Language, paper: InvoicePaper): Promise<IssuedDocument | undefined>;
  creditNote(paymentId: string, language: Language, paper: InvoicePaper): Promise<IssuedDocument | undefined>;
}

/** The open order's money: its payments, refunds and documents, through the payments channels. */
export const usePayments = create<PaymentsState>((set, get) => ({
  load: async (orderId) => {
    if (get().orderId !== orderId) set({ orderId, money: undefined, error: undefined, issued: undefined });
    const answer = await api().call('payments.of', { orderId });
    set(answer.ok ? { money: answer.value } : { error: answer.error });
  },
  pay: async (amount, method) => {
    const answer = await api().call('payments.record', { orderId: get().orderId, amount, method });
    set(answer.ok ? { money: answer.value, error: undefined } : { error: answer.error });
    return answer.ok;
  },
  refund: async (amount, method, reason) => {
    const answer = await api().call('payments.refund', { orderId: get().orderId, amount, method, reason });
    set(answer.ok ? { money: answer.value, error: undefined } : { error: answer.error });
    return answer.ok;
  },
  invoice: async (language, paper) => {
    const answer = await api().call('payments.invoice', { orderId: get().orderId, language, paper });
    set(answer.ok ? { issued: answer.value, error: undefined } : { error: answer.error });
    return answer.ok ? answer.value : undefined;
  },
  creditNote: async (paymentId, language, paper) => {
    const answer = await api().call('payments.creditNote', { paymentId, language, paper });
    set(answer.ok ? { issued: answer.value, error: undefined } : { error: answer.error });
    return answer.ok ? answer.value : undefined;
  },
}));
