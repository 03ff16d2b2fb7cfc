import { create } from 'zustand';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Counterparty } from '../../shared/parts/counterparty.js';
import type { PartRow } from '../../shared/parts/schemas.js';
import { api } from '../app/api/index.js';

type Ledger = ChannelOutput<'parts.ledger'>;
type StockChannel = 'parts.receive' | 'parts.adjust' | 'parts.writeOff' | 'parts.returnToSupplier';

interface PartsState {
  rows: PartRow[];
  query: string;
  attention: boolean;
  counterparties: Counterparty[];
  ledger?: Ledger;
  waiting: ChannelOutput<'parts.waiting'>;
  arrived: ChannelOutput<'parts.arrived'>;
  error?: ApiError;
  notice?: string;
  load(filter?: { query?: string; attention?: boolean }): Promise<void>;
  /** Typing in the search: the list follows 50 ms after the last keystroke (as the orders list does). */
  search(query: string): void;
  loadCounterparties(): Promise<void>;
  loadWaiting(): Promise<void>;
  openLedger(partId: string | undefined): Promise<void>;
  savePart(input: ChannelInput<'parts.save'>): Promise<boolean>;
  saveCounterparty(input: ChannelInput<'parts.counterparties.save'>): Promise<boolean>;
  move<C extends StockChannel>(channel: C, input: ChannelInput<C>): Promise<boolean>;
  clearMessages(): void;
}

let sequence = 0;
let debounce: ReturnType<typeof setTimeout> | undefined;

export const useParts = create<PartsState>((set, get) => {
  /** Call a changing channel as the current user; remember the error to show, or refresh what it changed. */
  async function change<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<boolean> {
    const result = await api().call(channel, input as ChannelInput<C>);
    if (!result.ok) {
      set({ error: result.error, notice: undefined });
      return false;
    }
    set({ error: undefined, notice: channel });
    await get().load();
    const open = get().ledger?.part.id;
    if (open) await get().openLedger(open);
    return true;
  }

  return {
    rows: [],
    query: '',
    attention: false,
    counterparties: [],
    waiting: [],
    arrived: [],

    async load(filter) {
      const query = filter?.query ?? get().query;
      const attention = filter?.attention ?? get().attention;
      set({ query, attention });
      const mine = ++sequence;
      const result = await api().call('parts.list', { query, attention, includeInactive: true });
      // A newer search has started: this answer is stale.
      if (result.ok && mine === sequence) set({ rows: result.value });
    },

    search(query) {
      set({ query });
      clearTimeout(debounce);
      debounce = setTimeout(() => void get().load(), 50);
    },

    async loadCounterparties() {
      const result = await api().call('parts.counterparties.list', { includeInactive: true });
      if (result.ok) set({ counterparties: result.value });
    },

    async loadWaiting() {
      const [waiting, arrived] = await Promise.all([api().call('parts.waiting', {}), api().call('parts.arrived', {})]);
      set({ waiting: waiting.ok ? waiting.value : [], arrived: arrived.ok ? arrived.value : [] });
    },

    async openLedger(partId) {
      if (!partId) return set({ ledger: undefined });
      const result = await api().call('parts.ledger', { partId });
      set({ ledger: result.ok ? result.value : undefined });
    },

    savePart: (input) => change('parts.save', input),

    async saveCounterparty(input) {
      const saved = await change('parts.counterparties.save', input);
      if (saved) await get().loadCounterparties();
      return saved;
    },

    move: (channel, input) => change(channel, input),

    clearMessages() {
      set({ error: undefined, notice: undefined });
    },
  };
});
