import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, Menu, session, type BaseWindow } from 'electron';
import type { Language } from '../shared/domain/settings';
import { defaultLanguage } from '../shared/i18n';
import { menu } from '../shared/i18n/messages/menu';
import type { ChannelOutput } from '../shared/ipc';
import { settingsDirFor } from './core/settings/location';
import { createCore } from './core/index';
import { attachContextMenu, configureSpellChecker } from './shell/context-menu';
import { watchRenderer } from './shell/crash';
import { createDialogs } from './shell/dialogs';
import { planPathInArgs } from './shell/files';
import { createFlushGuard } from './shell/flush';
import { registerIpc } from './shell/ipc';
import { buildAppMenu } from './shell/menu';
import { appEntryUrl } from './shell/policy';
import { createPrinter } from './shell/printer';
import {
  blockNavigation,
  denyPermissions,
  openExternal,
  openPath,
  registerAppScheme,
  serveRenderer,
} from './shell/security';
import {
  allAppWindows,
  createAppWindow,
  focusWindow,
  sendEvent,
  windowOfSender,
} from './shell/windows';

/**
 * The Electron shell: lifecycle, one instance per user, windows, menu. Everything the app does
 * with plans happens in the core; this file only wires the core to Electron.
 */

// Settings live where the command line keeps them too: the "Suunta" folder of the user's config
// dir (~/.config/Suunta on Linux), or SUUNTA_SETTINGS_DIR.
app.setName('Suunta');
app.setPath('userData', settingsDirFor(process.env));
registerAppScheme();

/** better-sqlite3 built for Electron's ABI by `scripts/electron-native.mjs` (run by prestart). */
function electronNativeBinding(): string | undefined {
  const binding = join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
  return existsSync(binding) ? binding : undefined;
}

async function start() {
  const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
  const preload = join(import.meta.dirname, '../preload/index.cjs');
  let language: Language = defaultLanguage;
  const text = () => menu[language];

  const flushGuard = createFlushGuard(text);
  const core = createCore({
    clock: { now: () => new Date() },
    printer: createPrinter(),
    dialogs: createDialogs(text),
    system: {
      openExternal,
      openPath,
      flushed: (senderId) => flushGuard.acknowledge(senderId),
      exportProgress: (senderId, progress) => {
        const contents = windowOfSender(senderId)?.webContents;
        if (contents) sendEvent(contents, 'exportProgress', progress);
      },
    },
    settingsDir: app.getPath('userData'),
    backupDir: join(app.getPath('userData'), 'backups'),
    appVersion: app.getVersion(),
    locale: app.getLocale(),
    nativeBinding: electronNativeBinding(),
  });

  const openWindow = (planPath?: string) => {
    const window = createAppWindow({
      core,
      preload,
      entryUrl: devServerUrl ?? appEntryUrl,
      ...(planPath === undefined ? {} : { planPath }),
    });
    flushGuard.guardClose(window);
    attachContextMenu(window.webContents, text);
    watchRenderer(window, core, text);
    return window;
  };

  /** Opens a plan named on a command line, or brings forward the window that has it. */
  const openFromArgs = (argv: readonly string[], workingDirectory: string) => {
    const planPath = planPathInArgs(argv, workingDirectory);
    const owner = planPath === null ? null : core.ownerOf(planPath);
    const ownerWindow = owner === null ? null : windowOfSender(owner);
    if (ownerWindow) focusWindow(ownerWindow);
    else if (planPath !== null) openWindow(planPath);
    else {
      const existing = allAppWindows()[0];
      if (existing) focusWindow(existing);
      else openWindow();
    }
  };

  const webContentsOf = (window: BaseWindow | undefined) =>
    window instanceof BrowserWindow ? window.webContents : undefined;

  const applyLanguage = (next: Language) => {
    language = next;
    configureSpellChecker(session.defaultSession, language);
    Menu.setApplicationMenu(
      buildAppMenu(
        language,
        {
          command(command, window) {
            const contents = webContentsOf(window);
            if (contents) sendEvent(contents, 'menuCommand', { command });
            else openWindow();
          },
          reload(window) {
            const contents = webContentsOf(window);
            const target = contents && BrowserWindow.fromWebContents(contents);
            if (!contents || !target) return;
            // Reloading replaces the page: only once what it holds is saved, or she says so.
            void flushGuard.readyToClose(target).then((ok) => ok && contents.reload());
          },
        },
        devServerUrl !== undefined,
      ),
    );
  };

  const prefs = await core.handle('prefs.get', {}, { senderId: 'shell' });
  applyLanguage(prefs.ok ? (prefs.value as ChannelOutput<'prefs.get'>).language : language);

  denyPermissions(session.defaultSession);
  blockNavigation();
  serveRenderer(join(import.meta.dirname, '../renderer'));
  registerIpc(core, {
    devServerUrl,
    focusSender(senderId) {
      const window = windowOfSender(senderId);
      if (window) focusWindow(window);
    },
    prefsChanged(saved) {
      if (saved.language !== language) applyLanguage(saved.language);
      for (const window of allAppWindows()) {
        sendEvent(window.webContents, 'prefsChanged', saved);
      }
    },
  });

  flushGuard.guardQuit();
  app.on('will-quit', () => core.close());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (allAppWindows().length === 0) openWindow();
  });

  openFromArgs(process.argv, process.cwd());
  return { openFromArgs };
}

// A second instance hands its command line (a plan path) to the first one and quits.
if (app.requestSingleInstanceLock()) {
  const started = app.whenReady().then(start);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void started.then(({ openFromArgs }) => openFromArgs(argv, workingDirectory));
  });
} else {
  app.quit();
}
