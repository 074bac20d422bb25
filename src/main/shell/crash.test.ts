import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { menu } from '../../shared/i18n/messages/menu';
import type { Core } from '../core/core';

/** `electron` replaced before import: the real package cannot load under plain Node. */
const electron = vi.hoisted(() => ({
  answers: [] as number[],
  asked: [] as Array<{ buttons: string[]; cancelId: number; signal?: AbortSignal }>,
  pending: null as null | (() => void),
}));

vi.mock('electron', () => ({
  dialog: {
    showMessageBox: (
      _window: unknown,
      options: { buttons: string[]; cancelId: number; signal?: AbortSignal },
    ) => {
      electron.asked.push(options);
      const answer = electron.answers.shift();
      if (answer !== undefined) return Promise.resolve({ response: answer });
      // No answer queued: the dialog stays open until its signal closes it (as cancelled).
      return new Promise((resolve) => {
        options.signal?.addEventListener('abort', () => resolve({ response: options.cancelId }));
      });
    },
  },
  BrowserWindow: { fromWebContents: () => null },
  screen: {},
  webContents: { fromId: () => undefined },
}));

const { crashPrompt, reloadUrl, watchRenderer } = await import('./crash');
const text = menu.fi.dialogs;

describe('crashPrompt', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed'] as const)(
    'offers reload or close when the renderer is gone (%s)',
    (reason) => {
      const prompt = crashPrompt({ kind: 'gone', reason }, text);
      expect(prompt?.choices).toEqual(['reload', 'close']);
      expect(prompt?.labels).toEqual([text.reloadWindow, text.closeWindow]);
      expect(prompt?.message).toBe(text.crashedMessage);
      expect(prompt?.defaultId).toBe(0);
      expect(prompt?.choices[prompt.cancelId]).toBe('close');
    },
  );

  it('asks nothing when the renderer exited cleanly', () => {
    expect(crashPrompt({ kind: 'gone', reason: 'clean-exit' }, text)).toBeNull();
  });

  it('offers wait, reload or close for a hung window, Escape waiting', () => {
    const prompt = crashPrompt({ kind: 'unresponsive' }, text);
    expect(prompt?.choices).toEqual(['wait', 'reload', 'close']);
    expect(prompt?.message).toBe(text.hungMessage);
    expect(prompt?.choices[prompt.cancelId]).toBe('wait');
  });

  it('has its texts in every language', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const prompt = crashPrompt({ kind: 'unresponsive' }, menu[language].dialogs);
      expect(prompt?.labels.every((label) => label.length > 0)).toBe(true);
    }
  });
});

describe('reloadUrl', () => {
  it('reopens the plan the window had open, whatever the old page opened', () => {
    const url = reloadUrl('app://suunta/index.html?open=%2Fold.opsu', '/plans/Öljy ja ääkkös.opsu');
    expect(new URL(url).searchParams.get('open')).toBe('/plans/Öljy ja ääkkös.opsu');
    expect(url.startsWith('app://suunta/index.html?')).toBe(true);
  });

  it('opens the start screen when no plan was open', () => {
    expect(reloadUrl('app://suunta/index.html?open=%2Fold.opsu', null)).toBe(
      'app://suunta/index.html',
    );
  });
});

/** A window and its web contents as far as watchRenderer uses them. */
function fakeWindow() {
  const contents = Object.assign(new EventEmitter(), {
    id: 3,
    loaded: [] as string[],
    crashedByUs: 0,
    getURL: () => 'app://suunta/index.html',
    loadURL(url: string) {
      contents.loaded.push(url);
      return Promise.resolve();
    },
    forcefullyCrashRenderer() {
      contents.crashedByUs += 1;
    },
  });
  const window = Object.assign(new EventEmitter(), {
    webContents: contents,
    destroyed: false,
    isDestroyed: () => window.destroyed,
    destroy() {
      window.destroyed = true;
    },
  });
  return { window, contents };
}

const core = { planOf: (senderId: string) => (senderId === '3' ? '/plans/a.opsu' : null) };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchRenderer', () => {
  beforeEach(() => {
    electron.answers = [];
    electron.asked = [];
  });

  function watched() {
    const fake = fakeWindow();
    watchRenderer(fake.window as never, core as unknown as Core, () => menu.fi);
    return fake;
  }

  it('reloads a crashed window onto its plan, so recovery is offered', async () => {
    const { contents } = watched();
    electron.answers.push(0);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await settle();
    expect(contents.loaded).toEqual(['app://suunta/index.html?open=%2Fplans%2Fa.opsu']);
  });

  it('closes a crashed window when she chooses so, and ignores a clean exit', async () => {
    const { window, contents } = watched();
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    await settle();
    expect(electron.asked).toEqual([]);
    electron.answers.push(1);
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    await settle();
    expect(window.destroyed).toBe(true);
    expect(contents.loaded).toEqual([]);
  });

  it('kills and reloads a hung window on reload; waiting changes nothing', async () => {
    const { window, contents } = watched();
    electron.answers.push(0);
    window.emit('unresponsive');
    await settle();
    expect(contents.loaded).toEqual([]);
    expect(window.destroyed).toBe(false);

    electron.answers.push(1);
    window.emit('unresponsive');
    await settle();
    expect(contents.crashedByUs).toBe(1);
    expect(contents.loaded).toEqual(['app://suunta/index.html?open=%2Fplans%2Fa.opsu']);
  });

  it('closes the question when the hung window recovers, and asks once at a time', async () => {
    const { window, contents } = watched();
    window.emit('unresponsive');
    window.emit('unresponsive');
    await settle();
    expect(electron.asked).toHaveLength(1);
    window.emit('responsive');
    await settle();
    expect(contents.loaded).toEqual([]);
    expect(window.destroyed).toBe(false);
    // Asked afresh the next time.
    electron.answers.push(2);
    window.emit('unresponsive');
    await settle();
    expect(window.destroyed).toBe(true);
  });
});
