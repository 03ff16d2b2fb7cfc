import { create } from 'zustand';
import type { ChannelInput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import type { RequisitionView } from '../../shared/parts/requisition.js';
import { api } from '../app/api/index.js';
import { downloadCsv, showPdf } from './files.js';

type Without<C extends 'parts.requisitions.save' | 'parts.requisitions.receive'> = Omit<ChannelInput<C>, 'id'>;

interface RequisitionsState {
  list: RequisitionView[];
  selected?: RequisitionView;
  error?: ApiError;
  notice?: string;
  load(): Promise<void>;
  select(id: string | undefined): void;
  generate(supplierId?: string): Promise<void>;
  save(input: Without<'parts.requisitions.save'>): Promise<boolean>;
  setState(state: 'sent' | 'cancelled'): Promise<void>;
  receive(input: Without<'parts.requisitions.receive'>): Promise<boolean>;
  print(language: Language): Promise<void>;
  exportCsv(): Promise<void>;
}

export const useRequisitions = create<RequisitionsState>((set, get) => {
  const id = () => get().selected?.id ?? '';
  /** Show a changed requisition (or the error), and refresh the list it sits in. */
  async function settle(result: { ok: true; value: RequisitionView } | { ok: false; error: ApiError }, notice: string): Promise<boolean> {
    if (!result.ok) {
      set({ error: result.error, notice: undefined });
      return false;
    }
    set({ selected: result.value, error: undefined, notice });
    await get().load();
    return true;
  }
  return {
    list: [],

    async load() {
      const result = await api().call('parts.requisitions.list', {});
      if (result.ok) set({ list: result.value });
    },

    select(requisitionId) {
      set({ selected: get().list.find((r) => r.id === requisitionId), error: undefined, notice: undefined });
    },

    async generate(supplierId) {
      const result = await api().call('parts.requisitions.generate', { supplierId });
      if (!result.ok) return set({ error: result.error, notice: undefined });
      set({ selected: result.value[0], error: undefined, notice: 'generated' });
      await get().load();
    },

    save: async (input) => settle(await api().call('parts.requisitions.save', { ...input, id: id() }), 'saved'),

    async setState(state) {
      await settle(await api().call('parts.requisitions.setState', { id: id(), state }), state);
    },

    receive: async (input) => settle(await api().call('parts.requisitions.receive', { ...input, id: id() }), 'received'),

    async print(language) {
      const file = await api().call('parts.requisitions.pdf', { id: id(), language });
      if (!file.ok) return set({ error: file.error });
      showPdf(file.value);
    },

    async exportCsv() {
      const file = await api().call('parts.requisitions.csv', { id: id() });
      if (!file.ok) return set({ error: file.error });
      downloadCsv(file.value);
    },
  };
});
