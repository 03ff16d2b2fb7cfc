import type { WebContents, WebFrameMain, WebPreferences } from 'electron';

/** The renderer is served from app://workshop/ ; nothing else may load in our windows or talk to the backend. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workshop';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // A middle click would otherwise open a link in a new window (denied anyway by hardenWebContents).
    disableBlinkFeatures: 'Auxclick',
  };
}

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** IPC is accepted only from our own page in a top-level frame (not from an iframe or another origin). */
export function isTrustedFrame(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/**
 * A link the user may open in their own browser: https only, a real host name, no credentials in it; or an sms:
 * link to one international number (the order's "send via SMS", opened by the PC's messages app). Anything else
 * (file:, javascript:, http:, custom protocols that start programs) is never handed to the system.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'sms:') return /^\+\d{6,15}$/.test(parsed.pathname);
    return parsed.protocol === 'https:' && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/**
 * Deny new windows, navigation away from the app, webviews and every permission request. A link to an https page
 * (a law's text, a manufacturer's site) goes to the system browser through `openExternal`, after the check above.
 */
export function hardenWebContents(contents: WebContents, openExternal?: (url: string) => void): void {
  const external = (url: string) => {
    if (openExternal && isSafeExternalUrl(url)) openExternal(url);
  };
  contents.setWindowOpenHandler(({ url }) => {
    external(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    external(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}
