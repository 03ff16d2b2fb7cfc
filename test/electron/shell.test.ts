import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveDataDir } from '../../electron/paths.js';
import { hardenWebContents, isAppUrl, isTrustedFrame, secureWebPreferences } from '../../electron/security.js';
import { CONTENT_SECURITY_POLICY, resolveInside } from '../../electron/staticFiles.js';

describe('window security', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, no webview', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      disableBlinkFeatures: 'Auxclick',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/app/preload.cjs',
    });
  });

  it('accepts IPC only from our own page in a top-level frame', () => {
    expect(isTrustedFrame({ url: 'app://workshop/index.html', parent: null })).toBe(true);
    expect(isTrustedFrame({ url: 'app://workshop/index.html', parent: {} as never })).toBe(false);
    expect(isTrustedFrame({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedFrame({ url: 'app://workshop.evil/', parent: null })).toBe(false);
    expect(isTrustedFrame({ url: 'file:///etc/passwd', parent: null })).toBe(false);
    expect(isTrustedFrame(null)).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('denies new windows, foreign navigation, webviews and permissions', () => {
    const handlers: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
    let windowOpen: (() => { action: string }) | undefined;
    let permission: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    const contents = {
      setWindowOpenHandler: (fn: () => { action: string }) => (windowOpen = fn),
      on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => (handlers[name] = fn),
      session: {
        setPermissionRequestHandler: (fn: typeof permission) => (permission = fn),
        setPermissionCheckHandler: vi.fn(),
      },
    };
    hardenWebContents(contents as never);
    expect(windowOpen?.()).toEqual({ action: 'deny' });
    const navigate = (name: string, url: string) => {
      const event = { preventDefault: vi.fn() };
      handlers[name](event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://workshop/index.html')).toBe(false);
    expect(navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://workshop/')).toBe(true);
    const granted = vi.fn();
    permission?.(null, 'camera', granted);
    expect(granted).toHaveBeenCalledWith(false);
  });

  it('serves only files inside the renderer folder, under a strict CSP', () => {
    expect(resolveInside('/app/renderer', '/index.html')).toBe(resolve('/app/renderer/index.html'));
    expect(resolveInside('/app/renderer', '/../../etc/passwd')).toBeNull();
    expect(resolveInside('/app/renderer', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside('/app/renderer', '/assets/..%2f..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveInside('/app/renderer', '/%E0%A4%A')).toBeNull();
    expect(resolveInside('/app/renderer', '/a%00b')).toBeNull();
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('data folder', () => {
  it('comes from --data, else WORKSHOP_DATA, else the user data folder', () => {
    expect(resolveDataDir(['--data', '/srv/shop'], {})).toBe('/srv/shop');
    expect(resolveDataDir(['--data=/srv/other'], {})).toBe('/srv/other');
    expect(resolveDataDir([], { WORKSHOP_DATA: '/env/shop' })).toBe('/env/shop');
    expect(resolveDataDir([], {}, '/home/u/.config/Workshop Service')).toBe(join('/home/u/.config/Workshop Service', 'data'));
  });
});
