import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../core/core';
import { appEntryUrl, contentSecurityPolicy, printPolicy } from './policy';

/**
 * The shell's Electron security settings, read from the real modules with `electron` replaced by
 * recorders (importing the real package in Node tries to download the Electron binary).
 */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const appListeners = new Map<string, Listener>();
  return {
    appListeners,
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    openedExternally: [] as string[],
    schemes: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    readonly webContents = { id: 7, on: vi.fn(), isDestroyed: () => false, send: vi.fn() };
    private readonly record: { options: Record<string, unknown>; loaded: string[] };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      electron.windows.push(this.record);
    }
    once = vi.fn();
    on = vi.fn();
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    app: {
      on: (event: string, listener: (...args: unknown[]) => unknown) => {
        electron.appListeners.set(event, listener);
      },
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => electron.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        electron.handlers.set(scheme, handler);
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: {
      openExternal: (url: string) => {
        electron.openedExternally.push(url);
        return Promise.resolve();
      },
      openPath: () => Promise.resolve(''),
    },
    webContents: { fromId: () => undefined },
  };
});

const { blockNavigation, denyPermissions, openExternal, registerAppScheme, serveRenderer } =
  await import('./security');
const { createAppWindow } = await import('./windows');

const hostileUrls = [
  'javascript:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'mailto:a@example.fi?attach=/home/a/.ssh/id_rsa',
  'smb://evil.example/share',
  'ms-msdt:/id PCWDiagnostic',
  'app://suunta/index.html',
  'https://trusted.example@evil.example/',
  'not a url',
];

beforeEach(() => {
  electron.openedExternally.length = 0;
});

describe('the app window', () => {
  const fakeCore = {
    windowState: { get: () => null, set: () => undefined },
    releaseSender: () => undefined,
  } as unknown as Core;

  it('runs the renderer isolated, sandboxed and without Node', () => {
    createAppWindow({
      core: fakeCore,
      preload: '/app/out/preload/index.cjs',
      entryUrl: appEntryUrl,
    });
    const { options, loaded } = electron.windows.at(-1)!;
    const preferences = options['webPreferences'] as Record<string, unknown>;
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    // Nothing that would loosen the defaults is set at all.
    for (const loosening of [
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'experimentalFeatures',
      'enableBlinkFeatures',
      'additionalArguments',
      'partition',
      'session',
    ]) {
      expect(preferences, loosening).not.toHaveProperty(loosening);
    }
    expect(loaded).toEqual([appEntryUrl]);
  });
});

describe('web contents', () => {
  type Handler = (...args: unknown[]) => unknown;
  function newContents() {
    const listeners = new Map<string, Handler>();
    let windowOpen: Handler | undefined;
    const contents = {
      on: (event: string, listener: Handler) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: Handler) => {
        windowOpen = handler;
      },
    };
    blockNavigation();
    electron.appListeners.get('web-contents-created')!({}, contents);
    return { listeners, windowOpen: (url: string) => windowOpen!({ url }) };
  }

  it('never navigate: a link goes to the system browser only when it is http(s)', async () => {
    const { listeners } = newContents();
    for (const url of ['https://finlex.fi/fi/laki', 'http://example.fi/', ...hostileUrls]) {
      const event = { url, preventDefault: vi.fn() };
      listeners.get('will-navigate')!(event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    await vi.waitFor(() => expect(electron.openedExternally).toHaveLength(2));
    expect(electron.openedExternally).toEqual(['https://finlex.fi/fi/laki', 'http://example.fi/']);
  });

  it('open no window, and attach no webview', async () => {
    const { listeners, windowOpen } = newContents();
    for (const url of ['https://example.fi/a', ...hostileUrls]) {
      expect(windowOpen(url), url).toEqual({ action: 'deny' });
    }
    const attach = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.openedExternally).toEqual(['https://example.fi/a']));
  });
});

describe('openExternal', () => {
  it('hands only http(s) URLs without credentials to the system browser', async () => {
    for (const url of hostileUrls) await openExternal(url);
    expect(electron.openedExternally).toEqual([]);
    await openExternal('HTTPS://Example.FI/a b');
    expect(electron.openedExternally).toEqual(['https://example.fi/a%20b']);
  });
});

describe('permissions', () => {
  it('are all denied, asked or checked', () => {
    let request: ((...args: unknown[]) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    };
    denyPermissions(session as unknown as Parameters<typeof denyPermissions>[0]);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid']) {
      const answer = vi.fn();
      request!({}, permission, answer, {});
      expect(answer, permission).toHaveBeenCalledWith(false);
      expect(check!({}, permission, 'app://suunta', {}), permission).toBe(false);
    }
  });
});

describe('the app scheme', () => {
  const root = mkdtempSync(join(tmpdir(), 'suunta-renderer-'));
  mkdirSync(join(root, 'renderer/assets'), { recursive: true });
  writeFileSync(join(root, 'renderer/index.html'), '<!doctype html><title>Suunta</title>');
  writeFileSync(join(root, 'renderer/assets/app.js'), 'export {};');
  writeFileSync(join(root, 'secret.txt'), 'not for the renderer');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('has the rights of https and nothing that bypasses the CSP', () => {
    registerAppScheme();
    expect(electron.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves only the renderer folder, each file with the strict CSP', async () => {
    serveRenderer(join(root, 'renderer'));
    const handle = electron.handlers.get('app')!;
    const get = (url: string) => handle({ url } as Request);

    for (const url of [appEntryUrl, 'app://suunta/assets/app.js']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
    expect((await get('app://suunta/assets/app.js')).headers.get('Content-Type')).toMatch(
      /^text\/javascript/,
    );
    for (const url of [
      'app://suunta/../secret.txt',
      'app://suunta/%2e%2e/secret.txt',
      'app://suunta/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://other/index.html',
      'app://suunta/missing.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('not for the renderer');
    }
  });
});

describe('the content security policy', () => {
  it('loads nothing remote and runs no inline or evaluated script', () => {
    const directives = new Map(
      contentSecurityPolicy.split('; ').map((directive) => {
        const [name = '', ...values] = directive.split(' ');
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toBeUndefined();
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(value, name).not.toMatch(/^(https?:|\*|'unsafe-eval'|'wasm-unsafe-eval')/);
        if (name !== 'style-src') expect(value, name).not.toBe("'unsafe-inline'");
      }
    }
  });

  it('for printing, runs no script at all and loads only inline data', () => {
    const directives = printPolicy.split('; ');
    expect(directives[0]).toBe("default-src 'none'");
    expect(printPolicy).not.toMatch(/script-src|'self'|https?:|\*/);
  });
});
