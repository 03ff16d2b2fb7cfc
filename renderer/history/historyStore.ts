import { create } from 'zustand';
import type { ChannelOutput } from '../../shared/channels.js';
import type { HistoryMapping } from '../../shared/history/index.js';
import type { ApiError } from '../../shared/platform/result.js';
import { api } from '../app/api/index.js';

type Preview = ChannelOutput<'history.preview'>;
type Result = ChannelOutput<'history.import'>;
export type DateOrders = Preview['dateOrders'];
export type WizardStep = 'file' | 'mapping' | 'preview' | 'result';

interface HistoryWizard {
  step: WizardStep;
  file?: { name: string; base64: string };
  system: string;
  preset: string;
  mapping: HistoryMapping;
  dateOrders: DateOrders;
  preview?: Preview;
  result?: Result;
  error?: ApiError;
  busy: boolean;
  set(change: Partial<Pick<HistoryWizard, 'step' | 'system' | 'preset' | 'file'>>): void;
  /** Read the file with the current mapping (or, undefined, with the one the preset and headers suggest). */
  read(mapping: HistoryMapping | undefined, dateOrders?: DateOrders): Promise<boolean>;
  runImport(): Promise<void>;
  reset(): void;
}

const initial = { step: 'file' as WizardStep, file: undefined, system: '', preset: 'generic', mapping: {}, dateOrders: {}, preview: undefined, result: undefined, error: undefined, busy: false };

/** The import wizard's state: file → columns → check → import → result. */
export const useHistoryWizard = create<HistoryWizard>((set, get) => ({
  ...initial,
  set: (change) => set(change),
  async read(mapping, dateOrders = get().dateOrders) {
    const { file, system, preset } = get();
    if (!file) return false;
    // The choice shows at once (a controlled radio), the preview follows.
    set({ busy: true, dateOrders });
    const answer = await api().call('history.preview', { fileName: file.name, contentBase64: file.base64, system: system || file.name, preset, mapping, dateOrders });
    set({ busy: false, error: answer.ok ? undefined : answer.error });
    if (!answer.ok) return false;
    set({ preview: answer.value, mapping: answer.value.mapping, dateOrders: { ...answer.value.dateOrders, ...dateOrders } });
    return true;
  },
  async runImport() {
    const { file, system, preset, mapping, dateOrders } = get();
    if (!file) return;
    set({ busy: true });
    const answer = await api().call('history.import', { fileName: file.name, contentBase64: file.base64, system: system || file.name, preset, mapping, dateOrders });
    set({ busy: false, error: answer.ok ? undefined : answer.error });
    if (answer.ok) set({ result: answer.value, step: 'result' });
  },
  reset: () => set(initial),
}));
