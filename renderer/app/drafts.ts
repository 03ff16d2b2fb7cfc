import { sessionToken } from './api/client.js';

/**
 * Drafts of forms that take a while to fill (intake): kept in this window's session storage, per signed-in
 * member, so that a screen change, a reload or a sign-in after the session ended keeps what was typed. They are
 * cleared when the form is sent (the device is taken in) or the person discards the draft; closing the window
 * drops them (a customer's details do not stay on a shared PC).
 */
const PREFIX = 'workshop-draft';

function key(form: string, memberId: string): string {
  return `${PREFIX}:${form}:${memberId}`;
}

export function loadDraft<T>(form: string, memberId: string | undefined): T | undefined {
  if (!memberId) return undefined;
  try {
    const text = sessionStorage.getItem(key(form, memberId));
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(form: string, memberId: string | undefined, draft: unknown): void {
  if (!memberId) return;
  try {
    sessionStorage.setItem(key(form, memberId), JSON.stringify(draft));
  } catch {
    // A full storage keeps the form working; only the draft is not kept.
  }
}

export function clearDraft(form: string, memberId: string | undefined): void {
  if (memberId) sessionStorage.removeItem(key(form, memberId));
}

/** Whether this window has a sign-in token at all (drafts belong to whoever signs in next otherwise). */
export function hasSession(): boolean {
  return Boolean(sessionToken());
}
