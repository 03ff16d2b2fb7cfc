import { create } from 'zustand';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import { DEFAULT_ORDER_SORT, type OrderListFilter, type OrderSort, type OrderStatus } from '../../shared/orders/index.js';
import { api } from '../app/api/index.js';
import type { View } from '../app/routes.js';

type OrderList = ChannelOutput<'orders.list'>;

/** What the list shows, as its address names it: a tile's filter, a status, an order. */
export interface ListShown {
  filter?: OrderListFilter;
  status?: OrderStatus;
  sort?: OrderSort;
}

interface OrdersState extends ListShown {
  query: string;
  sort: OrderSort;
  rows: OrderList['rows'];
  /** The search the rows on screen answer (the box may already hold a newer one). */
  answered?: string;
  total: number;
  counts: Record<string, number>;
  error?: ApiError;
  loading: boolean;
  setQuery(query: string): void;
  /** Show the list an address names (from the route): its filter, status and order, fetched again. */
  show(list: ListShown): Promise<void>;
  refresh(): Promise<void>;
  /** The next page, as the list scrolls towards its end: the backend sorts, so the page continues the order. */
  loadMore(): Promise<void>;
}

const PAGE = 100;

let sequence = 0;
let debounce: ReturnType<typeof setTimeout> | undefined;

export const useOrders = create<OrdersState>((set, get) => ({
  query: '',
  sort: DEFAULT_ORDER_SORT,
  rows: [],
  total: 0,
  counts: {},
  loading: false,

  setQuery(query) {
    set({ query });
    clearTimeout(debounce);
    debounce = setTimeout(() => void get().refresh(), 50);
  },

  async show({ filter, status, sort }) {
    set({ filter, status, sort: sort ?? DEFAULT_ORDER_SORT });
    await get().refresh();
  },

  async refresh() {
    const mine = ++sequence;
    set({ loading: true });
    const { query, status, filter, sort } = get();
    const result = await api().call('orders.list', { query, status, filter, sort, limit: PAGE });
    if (mine !== sequence) return; // a newer search has started: drop this answer
    if (!result.ok) return set({ error: result.error, loading: false });
    set({ rows: result.value.rows, total: result.value.total, counts: result.value.countsByStatus, answered: query, error: undefined, loading: false });
  },

  async loadMore() {
    const { query, status, filter, sort, rows, total, loading } = get();
    if (loading || rows.length >= total) return;
    const mine = sequence;
    set({ loading: true });
    const result = await api().call('orders.list', { query, status, filter, sort, offset: rows.length, limit: PAGE });
    if (mine !== sequence) return;
    if (!result.ok) return set({ error: result.error, loading: false });
    set({ rows: [...rows, ...result.value.rows], total: result.value.total, loading: false });
  },
}));

/** The address of the list as it was last shown (its filter, status and order), to return to from an order. */
export function shownList(): View {
  const { filter, status, sort } = useOrders.getState();
  const sorted = sort.by !== DEFAULT_ORDER_SORT.by || sort.direction !== DEFAULT_ORDER_SORT.direction;
  return { name: 'orders', filter, status, sort: sorted ? sort : undefined };
}
