import { create } from 'zustand';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import type { ReportTable } from '../../shared/reports/index.js';
import { api } from '../app/api/index.js';
import { download } from '../analytics/index.js';

type Report = ChannelOutput<'reports.money'>;

interface ReportsState {
  report?: Report;
  error?: ApiError;
  /** Where the main process wrote the last export. */
  written?: string;
  load(period: { from: string; to: string }): Promise<void>;
  exportFile(period: { from: string; to: string }, format: 'csv' | 'xlsx', table: ReportTable, language: Language): Promise<void>;
}

export const useReports = create<ReportsState>((set) => ({
  async load(period) {
    const result = await api().call('reports.money', period);
    set(result.ok ? { report: result.value, error: undefined } : { report: undefined, error: result.error });
  },

  async exportFile(period, format, table, language) {
    const result = await api().call('reports.export', { ...period, format, table, language });
    if (!result.ok) return set({ error: result.error });
    set({ error: undefined, written: result.value.file });
    download(result.value.fileName, result.value.mimeType, result.value.contentBase64);
  },
}));
