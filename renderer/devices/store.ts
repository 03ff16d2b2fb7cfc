import { create } from 'zustand';
import type { ChannelInput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Device } from '../../shared/devices/index.js';
import { api } from '../app/api/index.js';

interface DeviceCorrectionState {
  error?: ApiError;
  /** Correct what identifies a unit; the corrected unit, or undefined with `error` set. */
  correctIdentity(input: ChannelInput<'devices.correctIdentity'>): Promise<Device | undefined>;
  clearError(): void;
}

export const useDeviceCorrection = create<DeviceCorrectionState>((set) => ({
  async correctIdentity(input) {
    set({ error: undefined });
    const result = await api().call('devices.correctIdentity', input);
    if (!result.ok) {
      set({ error: result.error });
      return undefined;
    }
    return result.value;
  },
  clearError() {
    set({ error: undefined });
  },
}));
