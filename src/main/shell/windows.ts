import { BrowserWindow, screen, webContents, type WebContents } from 'electron';
import { eventChannel, openPathParam, type EventName } from '../../shared/channels';
import { events, type EventPayload } from '../../shared/ipc';
import type { Core } from '../core/core';
import { restoredBounds } from './placement';
import { secureWebPreferences } from './security';

const defaultSize = { width: 1280, height: 860 };

/** The app's windows, without the hidden ones the printer uses. */
const appWindows = new Set<BrowserWindow>();
export const allAppWindows = (): BrowserWindow[] => [...appWindows];

/** One sender id per window: its web contents' id, stable across reloads. */
export const senderIdOf = (contents: WebContents): string => String(contents.id);

export function windowOfSender(senderId: string): BrowserWindow | null {
  const contents = webContents.fromId(Number(senderId));
  const window = contents === undefined ? null : BrowserWindow.fromWebContents(contents);
  return window !== null && appWindows.has(window) ? window : null;
}

export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Pushes a main → renderer event, checked against the contract first. */
export function sendEvent<E extends EventName>(
  contents: WebContents,
  event: E,
  payload: EventPayload<E>,
): void {
  if (!contents.isDestroyed()) contents.send(eventChannel(event), events[event].parse(payload));
}

export interface AppWindowOptions {
  core: Core;
  preload: string;
  /** app://suunta/index.html, or the dev server's page while developing. */
  entryUrl: string;
  /** A plan file the window opens at start. */
  planPath?: string;
}

/**
 * A window on the renderer, where the last one was if that is still on a screen. Its plans are
 * released when it closes or its page is replaced (reload), so the file can be opened again.
 */
export function createAppWindow({ core, preload, entryUrl, planPath }: AppWindowOptions) {
  const remembered = core.windowState.get();
  const bounds = restoredBounds(
    remembered,
    screen.getAllDisplays().map((display) => display.workArea),
    defaultSize,
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Suunta',
    webPreferences: secureWebPreferences(preload),
  });
  appWindows.add(window);
  window.once('ready-to-show', () => {
    if (remembered?.maximized) window.maximize();
    window.show();
  });

  const senderId = senderIdOf(window.webContents);
  window.webContents.on('did-start-navigation', ({ isMainFrame, isSameDocument }) => {
    if (isMainFrame && !isSameDocument) core.releaseSender(senderId);
  });
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    core.windowState.set({ x, y, width, height, maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    appWindows.delete(window);
    core.releaseSender(senderId);
  });

  const url = new URL(entryUrl);
  if (planPath !== undefined) url.searchParams.set(openPathParam, planPath);
  void window.loadURL(url.href);
  return window;
}
