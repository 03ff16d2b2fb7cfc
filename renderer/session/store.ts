import { create } from 'zustand';
import type { ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Language } from '../../shared/platform/common.js';
import type { Settings } from '../../shared/settings/index.js';
import type { StaffMember } from '../../shared/staff/index.js';
import { setSessionToken, sessionToken } from '../app/api/client.js';
import { api, onSignedOut } from '../app/api/index.js';
import { applyLanguage, setDateFormatEn } from '../app/i18n/index.js';
import { hashOf, sameView, type View, viewOf } from '../app/routes.js';
import { discardUnsavedInput, hasUnsavedInput } from '../app/unsaved.js';

export type { View };

interface SessionState {
  info?: ChannelOutput<'app.info'>;
  settings?: Settings;
  rules?: ChannelOutput<'rules.get'>;
  staff: StaffMember[];
  /** The signed-in member: the backend makes every change in their name, from the session. */
  currentUserId?: string;
  language: Language;
  view: View;
  /** A screen asked for while a form has unsaved input: the shell asks whether to leave. */
  pendingView?: View;
  error?: ApiError;
  load(): Promise<void>;
  refreshStaff(): Promise<void>;
  signIn(staffId: string, pin: string): Promise<ApiError | undefined>;
  signOut(): Promise<void>;
  /** The backend no longer knows the session (expired, or ended by a manager): back to the sign-in screen. */
  signedOut(): void;
  setLanguage(language: Language): Promise<void>;
  setSettings(settings: Settings): Promise<void>;
  /**
   * Open a screen (its address goes into the history); with unsaved input, ask first. `replace`: the same screen
   * shown another way (a list sorted or filtered differently) takes the place of its address, so Back still
   * returns to the screen before.
   */
  go(view: View, options?: { replace?: boolean }): void;
  /** Leave for the screen asked for, discarding the unsaved input. */
  leave(): void;
  /** Stay with the unsaved input. */
  stay(): void;
  /** The member's own preferences (interface and document language), kept with the member. */
  setPreferences(preferences: { uiLanguage?: Language; documentLanguage?: Language }): Promise<ApiError | undefined>;
  loadDemo(): Promise<void>;
  createFirstManager(name: string, pin: string): Promise<ApiError | undefined>;
}

/** The language this window shows, kept for its lifetime, so that a reload does not switch it. */
const SHOWN_LANGUAGE = 'workshop-language';
function shownLanguage(): Language | undefined {
  const stored = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(SHOWN_LANGUAGE);
  return stored === 'en' || stored === 'ru' || stored === 'he' ? stored : undefined;
}
function showLanguage(language: Language): void {
  applyLanguage(language);
  if (typeof sessionStorage !== 'undefined') sessionStorage.setItem(SHOWN_LANGUAGE, language);
}

/** Whether the language shown was chosen on the sign-in screen (rather than left from the member before). */
let chosenBeforeSignIn = false;

export const useSession = create<SessionState>((set, get) => ({
  staff: [],
  language: 'en',
  view: initialView(),

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
    const member = session?.ok ? session.value.staff : undefined;
    const currentUserId = member?.id;
    if (!currentUserId) setSessionToken(undefined);
    // The signed-in member's own language; else the one this window showed before the reload; else the workshop's.
    const language = member?.uiLanguage ?? shownLanguage() ?? settings.value.uiLanguage;
    showLanguage(language);
    setDateFormatEn(settings.value.dateFormatEn, settings.value.timeZone);
    set({
      info: info.value,
      settings: settings.value,
      rules: rules.ok ? rules.value : undefined,
      staff: staff.value,
      currentUserId,
      language,
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
    // The screen the address names stays: after a reload or an ended session, the member is back where they were.
    set({ currentUserId: result.value.staff.id, error: undefined });
    const own = result.value.staff.uiLanguage;
    if (own) {
      // Signing in switches the screens to the member's language, whoever used the PC before.
      showLanguage(own);
      set({ language: own });
    } else if (chosenBeforeSignIn) {
      // A member without a language of their own keeps the one they chose on the sign-in screen, as theirs.
      await get().setLanguage(get().language);
    }
    // Otherwise the screens stay in the language shown: nobody's preference is written for them.
    chosenBeforeSignIn = false;
    await get().refreshStaff();
    return undefined;
  },

  async signOut() {
    const token = sessionToken();
    if (token) await api().call('session.signOut', { token });
    get().signedOut();
    // Whoever signs in next starts on the dashboard; the sign-in screen stays in the language shown, and their own
    // language applies when they sign in.
    discardUnsavedInput();
    show({ name: 'dashboard' });
  },

  signedOut() {
    // An ended session keeps the screen (and the drafts): whoever signs in again returns to it.
    setSessionToken(undefined);
    set({ currentUserId: undefined, pendingView: undefined });
  },

  async setLanguage(language) {
    showLanguage(language);
    set({ language });
    // The member's own choice, kept with them; on the sign-in screen it is this window's choice (and becomes the
    // preference of whoever signs in next, if they have none).
    if (!get().currentUserId) {
      chosenBeforeSignIn = true;
      return;
    }
    await get().setPreferences({ uiLanguage: language });
  },

  async setPreferences(preferences) {
    const saved = await api().call('staff.preferences', preferences);
    if (!saved.ok) return saved.error;
    set({ staff: get().staff.map((member) => (member.id === saved.value.id ? saved.value : member)) });
    return undefined;
  },

  /** New settings may change the rule profile: fetch the effective rules again. */
  async setSettings(settings) {
    const rules = await api().call('rules.get', {});
    setDateFormatEn(settings.dateFormatEn, settings.timeZone);
    set({ settings, rules: rules.ok ? rules.value : get().rules });
  },

  go(view, options) {
    if (sameView(view, get().view)) return;
    if (options?.replace && view.name === get().view.name) return show(view, true);
    if (hasUnsavedInput()) return set({ pendingView: view });
    show(view);
  },

  leave() {
    const pending = get().pendingView;
    discardUnsavedInput();
    set({ pendingView: undefined });
    if (pending) show(pending);
  },

  stay() {
    set({ pendingView: undefined });
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

function initialView(): View {
  return typeof window === 'undefined' ? { name: 'dashboard' } : viewOf(window.location.hash);
}

/** Show a screen and put its address into the history (Back returns to the screen before), or in place of the current one. */
function show(view: View, replace = false): void {
  useSession.setState({ view, pendingView: undefined });
  if (typeof window === 'undefined' || window.location.hash === hashOf(view)) return;
  if (replace) window.history.replaceState(window.history.state, '', hashOf(view));
  else window.location.hash = hashOf(view);
}

// Back, Forward and an address typed by hand: the screen follows the address; with unsaved input, ask first.
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    const state = useSession.getState();
    const wanted = viewOf(window.location.hash);
    if (sameView(wanted, state.view)) return;
    if (hasUnsavedInput()) {
      window.history.replaceState(null, '', hashOf(state.view));
      useSession.setState({ pendingView: wanted });
      return;
    }
    useSession.setState({ view: wanted, pendingView: undefined });
  });
}

/** The language a member's documents are printed in unless they choose another: theirs, else the workshop's. */
export function useDocumentLanguage(): Language {
  return useSession((state) => state.staff.find((m) => m.id === state.currentUserId)?.documentLanguage ?? state.settings?.documentLanguage ?? 'en');
}

/** The signed-in member, if any. */
export function signedInMember(): StaffMember | undefined {
  const { staff, currentUserId } = useSession.getState();
  return staff.find((member) => member.id === currentUserId);
}
