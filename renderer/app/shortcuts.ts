import { useEffect } from 'react';
import { create } from 'zustand';
import type { TFunction } from 'i18next';
import type { TextKey } from '../../shared/catalogue.js';
import { useSession } from '../session/index.js';

export type ShortcutAction = 'intake' | 'search' | 'save' | 'help';

/**
 * A key chord by the physical key (`KeyboardEvent.code`) and its modifiers: Alt+N is the same key in a Hebrew or
 * Russian layout, where `event.key` would be "מ" or "т". Ctrl stands for Cmd on a Mac as well.
 */
export interface Chord {
  code: string;
  ctrl?: boolean;
  alt?: boolean;
  shift?: boolean;
}

export interface Shortcut {
  action: ShortcutAction;
  chords: readonly Chord[];
  /** What it does, as the keyboard help says it. */
  text: TextKey;
}

/**
 * Every shortcut of the app, in one table: the keyboard help lists it, `aria-keyshortcuts` announces it, and one
 * listener runs it. None clashes with Chromium's or Electron's own keys: the function keys F1-F3, Alt+N, Ctrl+K,
 * Ctrl+S and Ctrl+Enter do nothing in the app's menu (Edit, View) and are the page's to take in a browser; Ctrl+S
 * never opens the browser's "save page" dialog.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'intake', chords: [{ code: 'F2' }, { code: 'KeyN', alt: true }], text: 'keyboard.intake' },
  { action: 'search', chords: [{ code: 'F3' }, { code: 'KeyK', ctrl: true }], text: 'keyboard.search' },
  { action: 'save', chords: [{ code: 'KeyS', ctrl: true }, { code: 'Enter', ctrl: true }], text: 'keyboard.save' },
  { action: 'help', chords: [{ code: 'F1' }, { code: 'Slash', shift: true }], text: 'keyboard.help' },
];

/** A chord that types a character (Shift+/ is "?"): it is typing, not a shortcut, while the focus is in a text field. */
function types(chord: Chord): boolean {
  return !chord.ctrl && !chord.alt && !/^F\d+$/.test(chord.code);
}

function isTextField(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(element.type);
}

interface KeyLike {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The shortcut a key press is, if any. */
export function shortcutOf(event: KeyLike): Shortcut | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  return SHORTCUTS.find((s) => s.chords.some((c) => c.code === event.code && !!c.ctrl === ctrl && !!c.alt === event.altKey && !!c.shift === event.shiftKey));
}

function keyName(code: string): string {
  if (code.startsWith('Key')) return code.slice(3);
  return code === 'Slash' ? '/' : code;
}

/** The chords of an action as `aria-keyshortcuts` writes them ("F2 Alt+N"). */
export function ariaKeyShortcuts(action: ShortcutAction): string {
  const shortcut = SHORTCUTS.find((s) => s.action === action)!;
  return shortcut.chords
    .map((c) => [c.ctrl && 'Control', c.alt && 'Alt', c.shift && 'Shift', keyName(c.code)].filter(Boolean).join('+'))
    .join(' ');
}

/** A chord as the keys are labelled: "Ctrl+S", "F2", "?" for Shift+/. */
export function chordLabel(chord: Chord, t: TFunction): string {
  if (chord.code === 'Slash' && chord.shift) return '?';
  const key = chord.code === 'Enter' ? t('keyboard.keys.enter') : keyName(chord.code);
  return [chord.ctrl && t('keyboard.keys.ctrl'), chord.alt && t('keyboard.keys.alt'), chord.shift && t('keyboard.keys.shift'), key].filter(Boolean).join('+');
}

/** Whether the keyboard help is open. */
export const useKeyboardHelp = create<{ open: boolean; toggle(): void; close(): void }>((set, get) => ({
  open: false,
  toggle: () => set({ open: !get().open }),
  close: () => set({ open: false }),
}));

/** The form a save is for: the one the focus is in, else the screen's only form (the scan box is no form to save). */
function formToSave(): HTMLFormElement | undefined {
  const around = document.activeElement?.closest('form');
  if (around && around.getAttribute('role') !== 'search') return around;
  const forms = document.querySelectorAll<HTMLFormElement>('main form');
  return forms.length === 1 ? forms[0] : undefined;
}

const ACTIONS: Record<ShortcutAction, () => void> = {
  intake() {
    const session = useSession.getState();
    if (session.view.name !== 'intake') return session.go({ name: 'intake' });
    // On the intake already: back to its first field.
    document.querySelector<HTMLElement>('form.intake input, form.intake textarea')?.focus();
  },
  search() {
    const box = document.querySelector<HTMLInputElement>('[data-shortcut="search"]');
    box?.focus();
    box?.select();
  },
  save() {
    const form = formToSave();
    const button = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
    // A save under way (its button disabled) is not sent twice.
    if (!form || button?.disabled) return;
    form.requestSubmit(button ?? undefined);
  },
  help() {
    useKeyboardHelp.getState().toggle();
  },
};

/**
 * Run the shortcut a key press is. A dialog (aria-modal) takes the keys while it is open: no shortcut acts behind
 * it (the keyboard help closes itself with its own keys). A key another control already used (a suggestion list's
 * Enter) is left alone. Returns whether the key was a shortcut.
 */
export function handleShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  const shortcut = shortcutOf(event);
  if (!shortcut) return false;
  const chord = shortcut.chords.find((c) => c.code === event.code)!;
  if (types(chord) && isTextField(document.activeElement)) return false;
  // Ctrl+S and the function keys are ours even behind a dialog: the browser's own action would be a surprise.
  event.preventDefault();
  if (document.querySelector('[aria-modal="true"]')) return true;
  ACTIONS[shortcut.action]();
  return true;
}

/** The one listener of the app's shortcuts, for as long as a member is signed in. */
export function useShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleShortcut);
    return () => window.removeEventListener('keydown', handleShortcut);
  }, []);
}
