import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { channelNames } from '../shared/channels';
import { appEntryUrl, contentSecurityPolicy } from './shell/policy';

/**
 * The app's real entry point, started with `electron` replaced by recorders: it applies the
 * security rules the shell tests check one by one, to the session and windows it really uses.
 */
const recorded = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => unknown>();
  return {
    appListeners,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    ipcChannels: [] as string[],
    windows: [] as Record<string, unknown>[],
    loaded: [] as string[],
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    userData: '',
  };
});

vi.mock('electron', () => {
  /** Anything the shell calls that these tests do not look at: callable, chainable, inert. */
  const inert: unknown = new Proxy(function inertFunction() {}, {
    get: (_target, property) => (property === 'then' ? undefined : inert),
    apply: () => inert,
  });
  const defaultSession = {
    availableSpellCheckerLanguages: ['en-US'],
    setSpellCheckerEnabled: () => undefined,
    setSpellCheckerLanguages: () => undefined,
    setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => {
      recorded.permissionRequest = handler;
    },
    setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
      recorded.permissionCheck = handler;
    },
  };
  class BrowserWindow {
    readonly webContents = { id: 1, on: () => undefined, isDestroyed: () => false };
    constructor(options: Record<string, unknown>) {
      recorded.windows.push(options);
    }
    once = () => undefined;
    on = () => undefined;
    loadURL = (url: string) => {
      recorded.loaded.push(url);
      return Promise.resolve();
    };
    static fromWebContents = () => null;
  }
  return {
    app: {
      setName: () => undefined,
      setPath: (_name: string, path: string) => {
        recorded.userData = path;
      },
      getPath: () => recorded.userData,
      getAppPath: () => recorded.userData,
      getVersion: () => '0.0.0-test',
      getLocale: () => 'fi-FI',
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      on: (event: string, listener: (...args: unknown[]) => unknown) => {
        recorded.appListeners.set(event, listener);
      },
      quit: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        recorded.protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: { handle: (channel: string) => recorded.ipcChannels.push(channel) },
    session: { defaultSession, fromPartition: () => inert },
    BrowserWindow,
    Menu: { buildFromTemplate: () => inert, setApplicationMenu: () => undefined },
    screen: { getAllDisplays: () => [] },
    webContents: { fromId: () => undefined },
    shell: inert,
    dialog: inert,
    clipboard: inert,
  };
});

const settingsDir = mkdtempSync(join(tmpdir(), 'suunta-wiring-'));
vi.stubEnv('SUUNTA_SETTINGS_DIR', settingsDir);
afterAll(() => {
  recorded.appListeners.get('will-quit')?.();
  vi.unstubAllEnvs();
  rmSync(settingsDir, { recursive: true, force: true });
});

it('starts with every security rule applied to what the app uses', async () => {
  // Loads the whole core, its importers and exporters: slow on a busy machine.
  await import('./index');
  await vi.waitFor(() => expect(recorded.loaded).toHaveLength(1), { timeout: 20_000 });

  expect(recorded.schemes).toHaveLength(1);
  expect(recorded.ipcChannels.sort()).toEqual([...channelNames].sort());
  expect(recorded.appListeners.has('web-contents-created')).toBe(true);

  const answer = vi.fn();
  recorded.permissionRequest!({}, 'media', answer, {});
  expect(answer).toHaveBeenCalledWith(false);
  expect(recorded.permissionCheck!({}, 'geolocation', 'app://suunta', {})).toBe(false);

  const served = await recorded.protocolHandlers.get('app')!({ url: appEntryUrl });
  expect(served.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);

  expect(recorded.loaded).toEqual([appEntryUrl]);
  expect(recorded.windows[0]?.['webPreferences']).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webviewTag: false,
  });
}, 90_000);
