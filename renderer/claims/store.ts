import { create } from 'zustand';
import type { ChannelInput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { ClaimView } from '../../shared/claims/schemas.js';
import type { Language } from '../../shared/platform/common.js';
import { api } from '../app/api/index.js';
import { printDocument } from '../orders/index.js';

export type ClaimFilter = ChannelInput<'claims.list'>['filter'] & string;

interface ClaimsState {
  filter: ClaimFilter;
  claims: ClaimView[];
  selected?: ClaimView;
  error?: ApiError;
  load(filter?: ClaimFilter): Promise<void>;
  select(id: string | undefined): Promise<void>;
  save(input: ChannelInput<'claims.save'>): Promise<ClaimView | undefined>;
  decide(input: ChannelInput<'claims.decide'>): Promise<boolean>;
  setStatus(id: string, to: ChannelInput<'claims.setStatus'>['to']): Promise<void>;
  fulfil(id: string, fulfilledOn: string): Promise<void>;
  printLetter(claimId: string, language: Language): Promise<void>;
}

export const useClaims = create<ClaimsState>((set, get) => {
  /** After a change: the list and the open claim are fresh again. */
  async function refresh(view: ClaimView) {
    set({ selected: view, error: undefined });
    await get().load();
  }
  return {
    filter: 'open',
    claims: [],

    async load(filter = get().filter) {
      set({ filter });
      const result = await api().call('claims.list', { filter });
      if (get().filter === filter) set({ claims: result.ok ? result.value : [] });
    },

    async select(id) {
      if (!id) return set({ selected: undefined });
      const result = await api().call('claims.get', { id });
      set(result.ok ? { selected: result.value, error: undefined } : { error: result.error });
    },

    async save(input) {
      const result = await api().call('claims.save', input);
      if (!result.ok) {
        set({ error: result.error });
        return undefined;
      }
      await refresh(result.value);
      return result.value;
    },

    async decide(input) {
      const result = await api().call('claims.decide', input);
      if (!result.ok) set({ error: result.error });
      else await refresh(result.value);
      return result.ok;
    },

    async setStatus(id, to) {
      const result = await api().call('claims.setStatus', { id, to });
      if (!result.ok) set({ error: result.error });
      else await refresh(result.value);
    },

    async fulfil(id, fulfilledOn) {
      const result = await api().call('claims.fulfil', { id, fulfilledOn });
      if (!result.ok) set({ error: result.error });
      else await refresh(result.value);
    },

    async printLetter(claimId, language) {
      const issued = await api().call('claims.responseLetter', { claimId, language });
      if (!issued.ok) return set({ error: issued.error });
      await printDocument(issued.value);
    },
  };
});
