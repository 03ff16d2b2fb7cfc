import { create } from 'zustand';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/result.js';
import type { Language } from '../../shared/schemas/common.js';
import type { Settings } from '../../shared/schemas/settings.js';
import type { StaffMember } from '../../shared/schemas/staff.js';
import { api } from '../api/index.js';
import { applyLanguage } from '../i18n/index.js';

export type View =
  | { name: 'dashboard' }
  | { name: 'orders' }
  | { name: 'order'; id: string }
  | { name: 'intake' }
  | { name: 'warranty' }
  | { name: 'expiring' }
  | { name: 'registry' }
  | { name: 'loaners' }
  | { name: 'shipments' }
  | { name: 'staff' }
  | { name: 'settings' };

interface SessionState {
  info?: ChannelOutput<'app.info'>;
  settings?: Settings;
  rules?: ChannelOutput<'rules.get'>;
  staff: StaffMember[];
  currentUserId?: string;
  language: Language;
  view: View;
  error?: ApiError;
  load(): Promise<void>;
  refreshStaff(): Promise<void>;
  setCurrentUser(id: string): void;
  setLanguage(language: Language): Promise<void>;
  setSettings(settings: Settings): Promise<void>;
  go(view: View): void;
  loadDemo(): Promise<void>;
  createFirstManager(name: string): Promise<ApiError | undefined>;
}

const USER_KEY = 'workshop-current-user';

export const useSession = create<SessionState>((set, get) => ({
  staff: [],
  language: 'en',
  view: { name: 'dashboard' },

  async load() {
    const [info, settings, staff, rules] = await Promise.all([
      api().call('app.info', {}),
      api().call('settings.get', {}),
      api().call('staff.list', {}),
      api().call('rules.get', {}),
    ]);
    if (!info.ok) return set({ error: info.error });
    if (!settings.ok) return set({ error: settings.error });
    if (!staff.ok) return set({ error: staff.error });
    const remembered = localStorage.getItem(USER_KEY) ?? undefined;
    const active = staff.value.filter((s) => s.active);
    const currentUserId = active.find((s) => s.id === remembered)?.id ?? active[0]?.id;
    applyLanguage(settings.value.uiLanguage);
    set({
      info: info.value,
      settings: settings.value,
      rules: rules.ok ? rules.value : undefined,
      staff: staff.value,
      currentUserId,
      language: settings.value.uiLanguage,
      error: undefined,
    });
  },

  async refreshStaff() {
    const staff = await api().call('staff.list', {});
    if (staff.ok) set({ staff: staff.value });
  },

  setCurrentUser(id) {
    localStorage.setItem(USER_KEY, id);
    set({ currentUserId: id });
  },

  async setLanguage(language) {
    applyLanguage(language);
    set({ language });
    const saved = await api().call('settings.setUiLanguage', { uiLanguage: language });
    if (saved.ok) set({ settings: saved.value });
  },

  /** New settings may change the rule profile: fetch the effective rules again. */
  async setSettings(settings) {
    const rules = await api().call('rules.get', {});
    set({ settings, rules: rules.ok ? rules.value : get().rules });
  },

  go(view) {
    set({ view });
  },

  async loadDemo() {
    const result = await api().call('demo.load', {});
    if (!result.ok) return set({ error: result.error });
    await get().load();
  },

  async createFirstManager(name) {
    const result = await api().call('staff.create', { name, role: 'manager' });
    if (!result.ok) return result.error;
    get().setCurrentUser(result.value.id);
    await get().load();
    return undefined;
  },
}));

/** The current user's id, for every change the UI makes. */
export function actorId(): string {
  return useSession.getState().currentUserId ?? '';
}
