import { create } from 'zustand';
import type { ChannelInput, ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import { api } from '../app/api/index.js';
import { localToday } from '../app/today.js';

type Report = ChannelOutput<'analytics.report'>;
type Alerts = ChannelOutput<'analytics.alerts'>;
type Period = { from: string; to: string; bucket: 'week' | 'month' };
export type TableName = ChannelInput<'analytics.export'>['table'] & string;

interface AnalyticsState {
  period: Period;
  report?: Report;
  alerts?: Alerts;
  error?: ApiError;
  setPeriod(period: Partial<Period>): void;
  load(): Promise<void>;
  loadAlerts(): Promise<void>;
  exportFile(format: 'csv' | 'xlsx', table: TableName, language: Language): Promise<void>;
  saveThresholds(thresholds: ChannelInput<'analytics.setThresholds'>['thresholds']): Promise<boolean>;
}

/** The first day of the month a year before today: a year of whole months. */
function yearAgo(): string {
  const today = localToday();
  return `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
}

/** Save a file the backend made: the browser's download of a blob. */
export function download(fileName: string, mimeType: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const useAnalytics = create<AnalyticsState>((set, get) => ({
  period: { from: yearAgo(), to: localToday(), bucket: 'month' },

  setPeriod(period) {
    set({ period: { ...get().period, ...period } });
  },

  async load() {
    const result = await api().call('analytics.report', get().period);
    set(result.ok ? { report: result.value, error: undefined } : { error: result.error });
  },

  async loadAlerts() {
    const result = await api().call('analytics.alerts', {});
    if (result.ok) set({ alerts: result.value });
  },

  async exportFile(format, table, language) {
    const result = await api().call('analytics.export', { ...get().period, format, table, language });
    if (!result.ok) return set({ error: result.error });
    download(result.value.fileName, result.value.mimeType, result.value.contentBase64);
  },

  async saveThresholds(thresholds) {
    const result = await api().call('analytics.setThresholds', { thresholds });
    set({ error: result.ok ? undefined : result.error });
    if (result.ok) await get().loadAlerts();
    return result.ok;
  },
}));
