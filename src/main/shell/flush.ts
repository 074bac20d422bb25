import { app, type BrowserWindow, type WebContents } from 'electron';
import { allAppWindows, senderIdOf, sendEvent } from './windows';

/** How long a renderer gets to save what is pending before its window closes anyway. */
const flushTimeoutMs = 4_000;

/**
 * Closing a window or quitting never loses a keystroke: main sends `flushRequest`, the renderer
 * saves what is pending and answers with `app.flushed` (reaching `acknowledge` through the core's
 * System port), and only then does the window close. A renderer that does not answer in time
 * (hung or crashed) does not keep the app open.
 */
export function createFlushGuard() {
  const waiting = new Map<string, Set<() => void>>();
  let quitFlushed = false;

  function flush(contents: WebContents): Promise<void> {
    if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve();
    const senderId = senderIdOf(contents);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiting.get(senderId)?.delete(done);
        resolve();
      };
      const timer = setTimeout(done, flushTimeoutMs);
      waiting.set(senderId, (waiting.get(senderId) ?? new Set()).add(done));
      sendEvent(contents, 'flushRequest', {});
    });
  }

  return {
    flush,

    acknowledge(senderId: string): void {
      for (const done of waiting.get(senderId) ?? []) done();
    },

    guardClose(window: BrowserWindow): void {
      let flushing: Promise<void> | undefined;
      let flushed = false;
      window.on('close', (event) => {
        if (flushed || quitFlushed) return;
        event.preventDefault();
        flushing ??= flush(window.webContents).then(() => {
          flushed = true;
          if (!window.isDestroyed()) window.close();
        });
      });
    },

    guardQuit(): void {
      let flushing: Promise<void> | undefined;
      app.on('before-quit', (event) => {
        if (quitFlushed) return;
        event.preventDefault();
        const windows = allAppWindows();
        flushing ??= Promise.all(windows.map((window) => flush(window.webContents))).then(() => {
          quitFlushed = true;
          app.quit();
        });
      });
    },
  };
}
