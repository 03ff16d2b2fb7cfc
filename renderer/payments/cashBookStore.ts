import { create } from 'zustand';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import type { CashDaySummary, CashDayView, InvoicePaper } from '../../shared/payments/index.js';
import type { IssuedDocument } from '../../shared/documents/index.js';
import { api } from '../app/api/index.js';

interface CashBookState {
  view?: CashDayView;
  error?: ApiError;
  /** The last report printed here, to show its number. */
  issued?: IssuedDocument;
  /** The earlier days with their close (managers). */
  days?: CashDaySummary[];
  /** Today's day, or an earlier one by its date. */
  load(date?: string): Promise<void>;
  loadDays(): Promise<void>;
  open(float: number): Promise<boolean>;
  move(direction: 'in' | 'out', amount: number, reason: string, corrects?: string): Promise<boolean>;
  close(counted: number, reason: string): Promise<boolean>;
  report(kind: 'x' | 'z', language: Language, paper: InvoicePaper, date?: string): Promise<IssuedDocument | undefined>;
}

/** Today's cash day at the workshop's point (or an earlier one a manager opened), through the payments.* cash book channels. */
export const useCashBook = create<CashBookState>((set) => {
  const answered = (answer: { ok: true; value: CashDayView } | { ok: false; error: ApiError }) => {
    set(answer.ok ? { view: answer.value, error: undefined } : { error: answer.error });
    return answer.ok;
  };
  return {
    load: async (date) => {
      answered(await api().call('payments.cashDay', { date }));
    },
    loadDays: async () => {
      const answer = await api().call('payments.cashDays', {});
      set(answer.ok ? { days: answer.value } : { error: answer.error });
    },
    open: async (float) => answered(await api().call('payments.openDay', { float })),
    move: async (direction, amount, reason, corrects) => answered(await api().call('payments.cashMovement', { direction, amount, reason, corrects })),
    close: async (counted, reason) => answered(await api().call('payments.closeDay', { counted, reason: reason.trim() ? reason : undefined })),
    report: async (kind, language, paper, date) => {
      const answer = await api().call(kind === 'x' ? 'payments.xReport' : 'payments.zReport', { language, paper, date });
      set(answer.ok ? { issued: answer.value, error: undefined } : { error: answer.error });
      return answer.ok ? answer.value : undefined;
    },
  };
});
