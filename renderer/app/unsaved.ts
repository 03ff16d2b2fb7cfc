import { useEffect } from 'react';

/**
 * Forms with input not saved yet. Leaving the screen (the side menu, the scanner, Back) asks first while one is
 * dirty; closing or reloading a browser tab asks the browser's own question. A form whose input is kept as a draft
 * (intake) does not register: nothing is lost by leaving it.
 */
const dirty = new Set<symbol>();

export function hasUnsavedInput(): boolean {
  return dirty.size > 0;
}

/** Forget every form's unsaved state (the person chose to leave without saving, or signed out). */
export function discardUnsavedInput(): void {
  dirty.clear();
}

export function useUnsavedInput(isDirty: boolean): void {
  useEffect(() => {
    if (!isDirty) return;
    const key = Symbol('form');
    dirty.add(key);
    return () => {
      dirty.delete(key);
    };
  }, [isDirty]);
}

// In a browser only: Electron would silently refuse to close the window (it shows no question of its own).
if (typeof window !== 'undefined' && !window.workshop) {
  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedInput()) return;
    event.preventDefault();
    // Older browsers need the return value set; the text itself is the browser's.
    event.returnValue = '';
  });
}
