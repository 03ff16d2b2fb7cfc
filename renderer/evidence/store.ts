import { create } from 'zustand';
import type { ChannelInput, ChannelOutput } from '../../shared/channels.js';
import type { ApiError, FieldErrors } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';
import { type PreparedPhoto, prepareFile } from './images.js';

type Evidence = ChannelOutput<'evidence.forOrder'>;
type Signing = Omit<ChannelInput<'evidence.sign'>, 'orderId' | 'act'>;

interface EvidenceState {
  orderId?: string;
  evidence?: Evidence;
  error?: ApiError;
  /** Which part the error is about: the photos, the signature, the unlock code. */
  errorOf?: 'photos' | 'signature' | 'unlock';
  /** A photo is being prepared or saved. */
  saving: boolean;
  /** The code shown on request, until hidden or another order is opened. */
  revealed?: ChannelOutput<'evidence.unlock.reveal'>;
  load(orderId: string): Promise<void>;
  addCameraPhoto(photo: PreparedPhoto): Promise<boolean>;
  addFiles(files: readonly File[]): Promise<void>;
  /** The error of one part, if it is the last one. */
  errorFor(area: 'photos' | 'signature' | 'unlock'): ApiError | undefined;
  sign(input: Signing): Promise<ChannelOutput<'evidence.sign'> | undefined>;
  setUnlock(code: ChannelInput<'evidence.unlock.set'>['code']): Promise<boolean>;
  reveal(): Promise<void>;
  hide(): void;
}

const refused = (fields: FieldErrors): ApiError => ({ code: 'validation', message: 'The photo cannot be kept.', fields });

export const useEvidence = create<EvidenceState>((set, get) => {
  const orderId = () => get().orderId ?? '';
  async function refresh() {
    const id = orderId();
    const result = await api().call('evidence.forOrder', { orderId: id });
    if (get().orderId === id && result.ok) set({ evidence: result.value });
  }
  async function add(input: Omit<ChannelInput<'evidence.photos.add'>, 'orderId'>): Promise<boolean> {
    const result = await api().call('evidence.photos.add', { ...input, orderId: orderId() });
    if (!result.ok) {
      set({ error: result.error, errorOf: 'photos' });
      return false;
    }
    await refresh();
    return true;
  }
  return {
    saving: false,
    errorFor: (area) => (get().errorOf === area ? get().error : undefined),

    async load(id) {
      if (get().orderId !== id) set({ orderId: id, evidence: undefined, error: undefined, revealed: undefined });
      await refresh();
    },

    async addCameraPhoto(photo) {
      set({ saving: true, error: undefined });
      try {
        return await add({ source: 'camera', ...photo });
      } finally {
        set({ saving: false });
      }
    },

    async addFiles(files) {
      set({ saving: true, error: undefined });
      try {
        for (const file of files) {
          const prepared = await prepareFile(file);
          if (!('photoBase64' in prepared) || !('thumbnailBase64' in prepared)) {
            set({ error: refused(prepared as FieldErrors), errorOf: 'photos' });
            return;
          }
          if (!(await add({ source: 'file', fileName: file.name, ...(prepared as PreparedPhoto) }))) return;
        }
      } finally {
        set({ saving: false });
      }
    },

    async sign(input) {
      set({ error: undefined });
      const result = await api().call('evidence.sign', { ...input, orderId: orderId(), act: 'intake_act' });
      if (!result.ok) {
        set({ error: result.error, errorOf: 'signature' });
        return undefined;
      }
      await refresh();
      return result.value;
    },

    async setUnlock(code) {
      set({ error: undefined });
      const result = await api().call('evidence.unlock.set', { orderId: orderId(), code });
      if (!result.ok) {
        set({ error: result.error, errorOf: 'unlock' });
        return false;
      }
      set({ revealed: undefined });
      await refresh();
      return true;
    },

    async reveal() {
      set({ error: undefined });
      const result = await api().call('evidence.unlock.reveal', { orderId: orderId() });
      if (!result.ok) return set({ error: result.error, errorOf: 'unlock' });
      set({ revealed: result.value });
      await refresh();
    },

    hide() {
      set({ revealed: undefined });
    },
  };
});
