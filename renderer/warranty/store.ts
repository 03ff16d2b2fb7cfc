import { create } from 'zustand';
import type { ChannelInput, ChannelOutput } from '../../shared/channels.js';
import type { ApiError, Envelope } from '../../shared/platform/result.js';
import type { WarrantyCard } from '../../shared/warranty/schemas.js';
import { api } from '../app/api/index.js';
import type { Language } from '../../shared/platform/common.js';
import { printDocument } from '../orders/index.js';

interface WarrantyState {
  code: string;
  cards?: WarrantyCard[];
  error?: ApiError;
  notice?: string;
  check(code: string): Promise<void>;
  updateFacts(input: ChannelInput<'devices.update'>): Promise<boolean>;
  voidWarranty(deviceId: string, reason: ChannelInput<'warranty.void'>['reason'], note: string): Promise<boolean>;
  unvoidWarranty(deviceId: string, note: string): Promise<boolean>;
  /** Issue (or fetch again) a certificate or void notice, then print it. */
  printForDevice(kind: 'certificate' | 'voidNotice', deviceId: string, language: Language): Promise<void>;
}

export const useWarranty = create<WarrantyState>((set, get) => {
  /** Replace the card a change returned, or show the error next to its fields. */
  function settle(result: Envelope<WarrantyCard>): boolean {
    if (!result.ok) {
      set({ error: result.error, notice: undefined });
      return false;
    }
    const card = result.value;
    set({ cards: (get().cards ?? []).map((c) => (c.device.id === card.device.id ? card : c)), error: undefined, notice: 'saved' });
    return true;
  }
  return {
    code: '',
    async check(code) {
      set({ code, cards: undefined, error: undefined, notice: undefined });
      const result = await api().call('warranty.check', { code });
      if (!result.ok) return set({ error: result.error, cards: undefined });
      set({ cards: result.value });
    },
    async updateFacts(input) {
      return settle(await api().call('devices.update', input));
    },
    async voidWarranty(deviceId, reason, note) {
      return settle(await api().call('warranty.void', { deviceId, reason, note }));
    },
    async unvoidWarranty(deviceId, note) {
      return settle(await api().call('warranty.unvoid', { deviceId, note }));
    },
    async printForDevice(kind, deviceId, language) {
      const input = { deviceId, language };
      const issued =
        kind === 'certificate' ? await api().call('warranty.certificate', input) : await api().call('warranty.voidNotice', input);
      if (!issued.ok) return set({ error: issued.error });
      set({ error: undefined });
      await printDocument(issued.value);
    },
  };
});

export type RulesInfo = ChannelOutput<'rules.get'>;
