import { create } from 'zustand';
import type { ChannelInput, ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import type { LoanView } from '../../shared/loans/schemas.js';
import { api } from '../app/api/index.js';
import { printDocument, useOrder } from '../orders/index.js';

type PoolRow = ChannelOutput<'loans.loaners.list'>[number];

interface LoansState {
  pool: PoolRow[];
  orderLoans: LoanView[];
  /** The loans overdue or due back within 2 days: the dashboard's tile, listed on the loaners screen. */
  attention: LoanView[];
  error?: ApiError;
  loadPool(): Promise<void>;
  loadAttention(): Promise<void>;
  loadForOrder(orderId: string): Promise<void>;
  saveUnit(input: ChannelInput<'loans.loaners.save'>): Promise<boolean>;
  setUnitState(id: string, state: ChannelInput<'loans.loaners.setState'>['state']): Promise<void>;
  demand(orderId: string): Promise<void>;
  issue(input: ChannelInput<'loans.issue'>): Promise<boolean>;
  takeBack(input: ChannelInput<'loans.return'>): Promise<boolean>;
  printAct(loanId: string, kind: 'issue' | 'return', language: Language): Promise<void>;
}

export const useLoans = create<LoansState>((set, get) => {
  /** After a change on an order's loan: the order (deadlines, timeline), its loans and the pool are fresh again. */
  async function refreshOrder(orderId: string) {
    await Promise.all([get().loadForOrder(orderId), get().loadPool(), useOrder.getState().open(orderId, { keepNotice: true })]);
  }
  return {
    pool: [],
    orderLoans: [],
    attention: [],

    async loadPool() {
      const result = await api().call('loans.loaners.list', {});
      if (result.ok) set({ pool: result.value });
    },

    async loadAttention() {
      const result = await api().call('loans.list', { filter: 'attention' });
      set({ attention: result.ok ? result.value : [] });
    },

    async loadForOrder(orderId) {
      const result = await api().call('loans.forOrder', { orderId });
      set({ orderLoans: result.ok ? result.value : [] });
    },

    async saveUnit(input) {
      const result = await api().call('loans.loaners.save', input);
      set({ error: result.ok ? undefined : result.error });
      if (result.ok) await get().loadPool();
      return result.ok;
    },

    async setUnitState(id, state) {
      const result = await api().call('loans.loaners.setState', { id, state });
      set({ error: result.ok ? undefined : result.error });
      await get().loadPool();
    },

    async demand(orderId) {
      const result = await api().call('loans.demand', { orderId });
      set({ error: result.ok ? undefined : result.error });
      await refreshOrder(orderId);
    },

    async issue(input) {
      const result = await api().call('loans.issue', input);
      set({ error: result.ok ? undefined : result.error });
      if (result.ok) await refreshOrder(input.orderId);
      return result.ok;
    },

    async takeBack(input) {
      const result = await api().call('loans.return', input);
      set({ error: result.ok ? undefined : result.error });
      if (result.ok) await refreshOrder(result.value.loan.orderId);
      return result.ok;
    },

    async printAct(loanId, kind, language) {
      const issued = await api().call('loans.act', { loanId, kind, language });
      if (!issued.ok) return set({ error: issued.error });
      await printDocument(issued.value);
    },
  };
});
