import { app, dialog, type BrowserWindow, type WebContents } from 'electron';
import type { MenuText } from './menu';
import { allAppWindows, senderIdOf, sendEvent } from './windows';

/** How long a renderer gets to save what is pending before the user is asked what to do. */
const flushTimeoutMs = 4_000;

/**
 * Closing a window or quitting never loses a keystroke: main sends `flushRequest`, the renderer
 * saves what is pending and answers with `app.flushed` (reaching `acknowledge` through the core's
 * System port) only when everything is saved, and only then does the window close. Without that
 * answer (a save failed, the renderer hangs) the user decides; a crashed renderer has nothing left
 * to save and does not keep the app open.
 */
export function createFlushGuard(text: () => MenuText) {
  const waiting = new Map<string, Set<(saved: boolean) => void>>();
  let quitting = false;

  /** Resolves true when the renderer has saved everything, false when it did not say so in time. */
  function flush(contents: WebContents): Promise<boolean> {
    if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve(true);
    const senderId = senderIdOf(contents);
    return new Promise((resolve) => {
      const done = (saved: boolean) => {
        clearTimeout(timer);
        waiting.get(senderId)?.delete(done);
        resolve(saved);
      };
      const timer = setTimeout(() => done(false), flushTimeoutMs);
      waiting.set(senderId, (waiting.get(senderId) ?? new Set()).add(done));
      sendEvent(contents, 'flushRequest', {});
    });
  }

  /** Flushes a window; when that fails, asks whether to close it anyway. True: it may close. */
  async function readyToClose(window: BrowserWindow): Promise<boolean> {
    if (await flush(window.webContents)) return true;
    if (window.isDestroyed() || window.webContents.isCrashed()) return true;
    const t = text().dialogs;
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      message: t.unsavedMessage,
      detail: t.unsavedDetail,
      buttons: [t.keepOpen, t.closeAnyway],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    return response === 1;
  }

  return {
    flush,
    readyToClose,

    acknowledge(senderId: string): void {
      for (const done of waiting.get(senderId) ?? []) done(true);
    },

    guardClose(window: BrowserWindow): void {
      let checking = false;
      let mayClose = false;
      window.on('close', (event) => {
        if (mayClose || quitting) return;
        event.preventDefault();
        if (checking) return;
        checking = true;
        void readyToClose(window).then((ok) => {
          checking = false;
          if (!ok || window.isDestroyed()) return;
          mayClose = true;
          window.close();
        });
      });
    },

    guardQuit(): void {
      let checking = false;
      app.on('before-quit', (event) => {
        if (quitting) return;
        event.preventDefault();
        if (checking) return;
        checking = true;
        void (async () => {
          // One window at a time, so each question is asked over its own window.
          for (const window of allAppWindows()) {
            if (!(await readyToClose(window))) {
              checking = false;
              return;
            }
          }
          quitting = true;
          app.quit();
        })();
      });
    },
  };
}
