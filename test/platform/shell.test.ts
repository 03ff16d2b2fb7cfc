import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveDataDir } from '../../electron/platform/paths.js';
import { hardenWebContents, isAppUrl, isSafeExternalUrl, isTrustedFrame, secureWebPreferences } from '../../electron/security.js';
import { CONTENT_SECURITY_POLICY, resolveInside } from '../../electron/platform/web/staticFiles.js';

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
    let windowOpen: ((details: { url: string }) => { action: string }) | undefined;
    let permission: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    const contents = {
      setWindowOpenHandler: (fn: typeof windowOpen) => (windowOpen = fn),
      on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => (handlers[name] = fn),
      session: {
        setPermissionRequestHandler: (fn: typeof permission) => (permission = fn),
        setPermissionCheckHandler: vi.fn(),
      },
    };
    const opened: string[] = [];
    hardenWebContents(contents as never, (url) => opened.push(url));
    expect(windowOpen?.({ url: 'app://workshop/other' })).toEqual({ action: 'deny' });
    // An https link goes to the system browser; nothing else ever does.
    expect(windowOpen?.({ url: 'https://www.consultant.ru/document/cons_doc_LAW_305/' })).toEqual({ action: 'deny' });
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'ms-msdt:/id', 'https://user:pw@evil.example/']) {
      windowOpen?.({ url });
    }
    const navigate = (name: string, url: string) => {
      const event = { preventDefault: vi.fn() };
      handlers[name](event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'smb://share/payload.exe')).toBe(true);
    expect(opened).toEqual(['https://www.consultant.ru/document/cons_doc_LAW_305/', 'https://evil.example/']);
    expect(navigate('will-navigate', 'app://workshop/index.html')).toBe(false);
    expect(navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://workshop/')).toBe(true);
    const granted = vi.fn();
    permission?.(null, 'camera', granted);
    expect(granted).toHaveBeenCalledWith(false);
  });

  it('hands only plain https links to the system browser', () => {
    expect(isSafeExternalUrl('https://www.gov.il/he/departments/legalInfo/consumer_protection_law')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/')).toBe(false);
    expect(isSafeExternalUrl('sms:+972547771234?body=Ready')).toBe(true);
    expect(isSafeExternalUrl('sms:+972547771234;+15550100?body=x')).toBe(false);
    expect(isSafeExternalUrl('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('https://admin:secret@example.com/')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
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
