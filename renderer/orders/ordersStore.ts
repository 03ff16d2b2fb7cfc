import { create } from 'zustand';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { OrderStatus } from '../../shared/orders/status.js';
import { api } from '../app/api/index.js';

type OrderList = ChannelOutput<'orders.list'>;

interface OrdersState {
  query: string;
  status?: OrderStatus;
  rows: OrderList['rows'];
  /** The search the rows on screen answer (the box may already hold a newer one). */
  answered?: string;
  total: number;
  counts: Record<string, number>;
  error?: ApiError;
  loading: boolean;
  setQuery(query: string): void;
  setStatus(status?: OrderStatus): void;
  refresh(): Promise<void>;
  /** The next page, as the list scrolls towards its end. */
  loadMore(): Promise<void>;
}

const PAGE = 100;

let sequence = 0;
let debounce: ReturnType<typeof setTimeout> | undefined;

export const useOrders = create<OrdersState>((set, get) => ({
  query: '',
  rows: [],
  total: 0,
  counts: {},
  loading: false,

  setQuery(query) {
    set({ query });
    clearTimeout(debounce);
    debounce = setTimeout(() => void get().refresh(), 50);
  },

  setStatus(status) {
    set({ status });
    void get().refresh();
  },

  async refresh() {
    const mine = ++sequence;
    set({ loading: true });
    const { query, status } = get();
    const result = await api().call('orders.list', { query, status, limit: PAGE });
    if (mine !== sequence) return; // a newer search has started: drop this answer
    if (!result.ok) return set({ error: result.error, loading: false });
    set({ rows: result.value.rows, total: result.value.total, counts: result.value.countsByStatus, answered: query, error: undefined, loading: false });
  },

  async loadMore() {
    const { query, status, rows, total, loading } = get();
    if (loading || rows.length >= total) return;
    const mine = sequence;
    set({ loading: true });
    const result = await api().call('orders.list', { query, status, offset: rows.length, limit: PAGE });
    if (mine !== sequence) return;
    if (!result.ok) return set({ error: result.error, loading: false });
    set({ rows: [...rows, ...result.value.rows], total: result.value.total, loading: false });
  },
}));
