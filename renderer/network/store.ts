import { create } from 'zustand';
import type { ChannelInput, ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';

export type NetworkStatus = ChannelOutput<'network.status'>;

interface NetworkState {
  status?: NetworkStatus;
  error?: ApiError;
  load(): Promise<void>;
  setSite(input: ChannelInput<'network.setSite'>): Promise<boolean>;
  configure(input: ChannelInput<'network.configure'>): Promise<boolean>;
  syncNow(): Promise<void>;
}

/** The network's status as the backend says it (managers only), refreshed after each change. */
export const useNetwork = create<NetworkState>((set) => {
  const apply = (result: { ok: true; value: NetworkStatus } | { ok: false; error: ApiError }) => {
    set(result.ok ? { status: result.value, error: undefined } : { error: result.error });
    return result.ok;
  };
  return {
    async load() {
      const result = await api().call('network.status', {});
      if (result.ok) set({ status: result.value });
    },
    setSite: async (input) => apply(await api().call('network.setSite', input)),
    configure: async (input) => apply(await api().call('network.configure', input)),
    async syncNow() {
      apply(await api().call('network.syncNow', {}));
    },
  };
});
