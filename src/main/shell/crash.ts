import { dialog, type BrowserWindow, type RenderProcessGoneDetails } from 'electron';
import { openPathParam } from '../../shared/channels';
import type { Core } from '../core/core';
import type { MenuText } from './menu';
import { senderIdOf } from './windows';

/** What she can do about a crashed or hung window, in the order of the dialog's buttons. */
export type CrashChoice = 'reload' | 'wait' | 'close';

export type WindowTrouble =
  { kind: 'gone'; reason: RenderProcessGoneDetails['reason'] } | { kind: 'unresponsive' };

export interface CrashPrompt {
  message: string;
  detail: string;
  choices: CrashChoice[];
  labels: string[];
  /** Index of the button Enter takes, and of the one Escape (or a recovered window) takes. */
  defaultId: number;
  cancelId: number;
}

/**
 * The question for a window in trouble, or null when there is nothing to ask: a renderer that
 * exited cleanly was closed on purpose. A crashed page cannot wait; a hung one may recover.
 */
export function crashPrompt(trouble: WindowTrouble, text: MenuText['dialogs']): CrashPrompt | null {
  if (trouble.kind === 'gone' && trouble.reason === 'clean-exit') return null;
  const choices: CrashChoice[] =
    trouble.kind === 'gone' ? ['reload', 'close'] : ['wait', 'reload', 'close'];
  const label = { reload: text.reloadWindow, wait: text.waitWindow, close: text.closeWindow };
  return {
    message: trouble.kind === 'gone' ? text.crashedMessage : text.hungMessage,
    detail: trouble.kind === 'gone' ? text.crashedDetail : text.hungDetail,
    choices,
    labels: choices.map((choice) => label[choice]),
    defaultId: 0,
    cancelId: trouble.kind === 'gone' ? choices.indexOf('close') : choices.indexOf('wait'),
  };
}

/** The page to load instead of the lost one: the same entry, opening the plan it had open. */
export function reloadUrl(currentUrl: string, planPath: string | null): string {
  const url = new URL(currentUrl);
  if (planPath === null) url.searchParams.delete(openPathParam);
  else url.searchParams.set(openPathParam, planPath);
  return url.href;
}

/**
 * Watches a window's renderer: when it crashes or stops responding, a native dialog offers to
 * reload it (reopening its plan, so the drafts the core kept are offered back), to wait or to
 * close. Saved text is in the plan file; text typed since is in the core's recovery stash.
 */
export function watchRenderer(window: BrowserWindow, core: Core, text: () => MenuText): void {
  const contents = window.webContents;
  let asking: AbortController | null = null;

  const ask = async (trouble: WindowTrouble) => {
    const prompt = crashPrompt(trouble, text().dialogs);
    if (!prompt || asking || window.isDestroyed()) return;
    // Read now: the plan leaves the registry once the page navigates away.
    const planPath = core.planOf(senderIdOf(contents));
    const controller = new AbortController();
    asking = controller;
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      message: prompt.message,
      detail: prompt.detail,
      buttons: prompt.labels,
      defaultId: prompt.defaultId,
      cancelId: prompt.cancelId,
      noLink: true,
      signal: controller.signal,
    });
    if (asking === controller) asking = null;
    if (window.isDestroyed()) return;
    const choice = prompt.choices[response] ?? prompt.choices[prompt.cancelId];
    if (choice === 'reload') {
      if (trouble.kind === 'unresponsive') contents.forcefullyCrashRenderer();
      void contents.loadURL(reloadUrl(contents.getURL(), planPath));
    } else if (choice === 'close') {
      // Nothing left to flush in a crashed or hung page; the flush guard would only wait.
      window.destroy();
    }
  };

  contents.on('render-process-gone', (_event, details) => {
    // A hang question still open is moot: the page is gone.
    asking?.abort();
    asking = null;
    void ask({ kind: 'gone', reason: details.reason });
  });
  window.on('unresponsive', () => void ask({ kind: 'unresponsive' }));
  // Recovered while the question was open: the dialog closes as if she chose to wait.
  window.on('responsive', () => asking?.abort());
}
