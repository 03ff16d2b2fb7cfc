import { create } from 'zustand';
import type { ChannelInput, ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Customer } from '../../shared/customers/index.js';
import { api } from '../app/api/index.js';

type Profile = ChannelOutput<'customers.get'>;

interface CustomersState {
  query: string;
  results: Customer[];
  profile?: Profile;
  error?: ApiError;
  /** Candidates for the other record of a merge. */
  mergeMatches: Customer[];
  notice?: { kind: 'merged'; name: string };
  search(query: string): Promise<void>;
  open(id: string): Promise<void>;
  /** Correct a customer's facts; the corrected customer, or undefined with `error` set. */
  correct(input: ChannelInput<'customers.correct'>): Promise<Customer | undefined>;
  findForMerge(query: string): Promise<void>;
  merge(mergeId: string, reason: string): Promise<boolean>;
  clearError(): void;
}

export const useCustomers = create<CustomersState>((set, get) => ({
  query: '',
  results: [],
  mergeMatches: [],

  async search(query) {
    set({ query });
    if (query.trim().length < 2) return set({ results: [] });
    const result = await api().call('customers.search', { query });
    if (get().query === query) set({ results: result.ok ? result.value : [] });
  },

  async open(id) {
    set({ mergeMatches: [], notice: undefined, error: undefined });
    const result = await api().call('customers.get', { id });
    set(result.ok ? { profile: result.value } : { error: result.error });
  },

  async correct(input) {
    set({ error: undefined });
    const result = await api().call('customers.correct', input);
    if (!result.ok) {
      set({ error: result.error });
      return undefined;
    }
    if (get().profile?.customer.id === result.value.id) await get().open(result.value.id);
    set({ results: get().results.map((c) => (c.id === result.value.id ? result.value : c)) });
    return result.value;
  },

  async findForMerge(query) {
    const keep = get().profile?.customer.id;
    if (query.trim().length < 2) return set({ mergeMatches: [] });
    const result = await api().call('customers.search', { query });
    set({ mergeMatches: result.ok ? result.value.filter((c) => c.id !== keep) : [] });
  },

  async merge(mergeId, reason) {
    const keep = get().profile?.customer.id;
    if (!keep) return false;
    const other = get().mergeMatches.find((c) => c.id === mergeId);
    const result = await api().call('customers.merge', { keepId: keep, mergeId, reason });
    if (!result.ok) {
      set({ error: result.error });
      return false;
    }
    await get().open(keep);
    set({ notice: { kind: 'merged', name: other?.name ?? '' }, results: get().results.filter((c) => c.id !== mergeId) });
    return true;
  },

  clearError() {
    set({ error: undefined });
  },
}));
