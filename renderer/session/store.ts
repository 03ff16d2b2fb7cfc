import { create } from 'zustand';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import type { Settings } from '../../shared/settings/index.js';
import type { StaffMember } from '../../shared/staff/index.js';
import { setSessionToken, sessionToken } from '../app/api/client.js';
import { api, onSignedOut } from '../app/api/index.js';
import { applyLanguage } from '../app/i18n/index.js';

export type View =
  | { name: 'dashboard' }
  | { name: 'orders' }
  | { name: 'order'; id: string }
  | { name: 'intake' }
  | { name: 'customers' }
  | { name: 'warranty' }
  | { name: 'expiring' }
  | { name: 'registry' }
  | { name: 'loaners' }
  | { name: 'parts' }
  | { name: 'claims' }
  | { name: 'analytics' }
  | { name: 'shipments' }
  | { name: 'staff' }
  | { name: 'settings' };

interface SessionState {
  info?: ChannelOutput<'app.info'>;
  settings?: Settings;
  rules?: ChannelOutput<'rules.get'>;
  staff: StaffMember[];
  /** The signed-in member: the backend makes every change in their name, from the session. */
  currentUserId?: string;
  language: Language;
  view: View;
  error?: ApiError;
  load(): Promise<void>;
  refreshStaff(): Promise<void>;
  signIn(staffId: string, pin: string): Promise<ApiError | undefined>;
  signOut(): Promise<void>;
  /** The backend no longer knows the session (expired, or ended by a manager): back to the sign-in screen. */
  signedOut(): void;
  setLanguage(language: Language): Promise<void>;
  setSettings(settings: Settings): Promise<void>;
  go(view: View): void;
  loadDemo(): Promise<void>;
  createFirstManager(name: string, pin: string): Promise<ApiError | undefined>;
}

export const useSession = create<SessionState>((set, get) => ({
  staff: [],
  language: 'en',
  view: { name: 'dashboard' },

  async load() {
    const token = sessionToken();
    const [info, settings, staff, rules, session] = await Promise.all([
      api().call('app.info', {}),
      api().call('settings.get', {}),
      api().call('staff.list', {}),
      api().call('rules.get', {}),
      token ? api().call('session.current', { token }) : undefined,
    ]);
    if (!info.ok) return set({ error: info.error });
    if (!settings.ok) return set({ error: settings.error });
    if (!staff.ok) return set({ error: staff.error });
    const currentUserId = session?.ok ? session.value.staff?.id : undefined;
    if (!currentUserId) setSessionToken(undefined);
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

  async signIn(staffId, pin) {
    const result = await api().call('session.signIn', { staffId, pin });
    if (!result.ok) return result.error;
    setSessionToken(result.value.token);
    set({ currentUserId: result.value.staff.id, view: { name: 'dashboard' }, error: undefined });
    // A language chosen on the sign-in screen is remembered now that someone is signed in.
    if (get().settings && get().language !== get().settings!.uiLanguage) await get().setLanguage(get().language);
    await get().refreshStaff();
    return undefined;
  },

  async signOut() {
    const token = sessionToken();
    if (token) await api().call('session.signOut', { token });
    get().signedOut();
  },

  signedOut() {
    setSessionToken(undefined);
    set({ currentUserId: undefined, view: { name: 'dashboard' } });
  },

  async setLanguage(language) {
    applyLanguage(language);
    set({ language });
    // Remembered for the workshop only by a signed-in member; on the sign-in screen it is this window's choice.
    if (!get().currentUserId) return;
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
    const result = await api().call('app.loadDemo', {});
    if (!result.ok) return set({ error: result.error });
    await get().load();
  },

  async createFirstManager(name, pin) {
    const result = await api().call('staff.create', { name, role: 'manager', pin });
    if (!result.ok) return result.error;
    await get().load();
    return get().signIn(result.value.id, pin);
  },
}));

onSignedOut(() => useSession.getState().signedOut());

/** The signed-in member, if any. */
export function signedInMember(): StaffMember | undefined {
  const { staff, currentUserId } = useSession.getState();
  return staff.find((member) => member.id === currentUserId);
}
