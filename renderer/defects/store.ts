import { useEffect } from 'react';
import { create } from 'zustand';
import type { ChannelInput, ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import { api } from '../app/api/index.js';

export type DefectCode = ChannelOutput<'defects.list'>[number];

interface DefectsState {
  catalogue: DefectCode[];
  error?: ApiError;
  load(): Promise<void>;
  save(input: ChannelInput<'defects.save'>): Promise<boolean>;
}

/** The defect code catalogue, loaded once and refreshed after a change. */
export const useDefects = create<DefectsState>((set, get) => ({
  catalogue: [],

  async load() {
    const result = await api().call('defects.list', {});
    if (result.ok) set({ catalogue: result.value });
  },

  async save(input) {
    const result = await api().call('defects.save', input);
    set({ error: result.ok ? undefined : result.error });
    if (result.ok) await get().load();
    return result.ok;
  },
}));

/** "C10 · Liquid ingress" in the interface language; the bare code when the catalogue does not know it. */
export function defectLabel(catalogue: readonly DefectCode[], code: string | undefined, language: Language): string {
  if (!code) return '';
  const entry = catalogue.find((c) => c.code === code);
  return entry ? `${code} · ${entry.names[language]}` : code;
}

/** The catalogue, loaded on first use. */
export function useCatalogue(): DefectCode[] {
  const { catalogue, load } = useDefects();
  useEffect(() => {
    if (!catalogue.length) void load();
  }, [catalogue.length, load]);
  return catalogue;
}
