import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createCore } from '../../src/main/core/index';
import type { Core } from '../../src/main/core/core';
import type { Dialogs, System } from '../../src/main/core/ports';
import {
  chromiumPrinter as playwrightPrinter,
  type ClosablePrinter,
} from '../../src/main/cli/chromium-printer';
import type { SaveFormat } from '../../src/shared/domain/export';
import { contentSecurityPolicy, contentType, rendererFile } from '../../src/main/shell/policy';
import { buildApi, type Api } from '../../src/shared/api';
import { channelNames, eventNames, openPathParam, type EventName } from '../../src/shared/channels';
import { events, type EventPayload } from '../../src/shared/ipc';

/**
 * The e2e harness: the real core runs in the test process and the BUILT renderer gets the same
 * `window.api` that preload installs in the app, derived from the same contract. Only the shell's
 * effects are replaced: dialogs are scripted, external links and flush acknowledgements recorded,
 * and PDFs printed by Playwright's Chromium.
 */

declare global {
  interface Window {
    /** Installed by preload in the app, and by this harness in tests. */
    readonly api: Api;
  }
}

const root = resolve(import.meta.dirname, '../..');
const rendererRoot = join(root, 'out/renderer');
const artifactsDir = join(root, 'e2e/artifacts');
const appVersion = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
).version;

/** The renderer's origin in tests: http, because module scripts from file:// are blocked. */
export const appOrigin = 'http://suunta.localhost';
const invokeBinding = '__suuntaInvoke';
const dispatchGlobal = '__suuntaDispatch';
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Dialog answers queued by a test; an empty queue answers null, as if the user cancelled. */
export interface ScriptedDialogs {
  queueNewPlanPath(path: string): void;
  queueOpenPath(path: string): void;
  queueDocxPath(path: string): void;
  /** The path the next export save dialog answers with. */
  queueExportPath(path: string): void;
  /** The files the next "import comments" open dialog answers with. */
  queueCommentFiles(paths: string[]): void;
  /** The folder the next folder dialog answers with. */
  queueFolder(path: string): void;
  /** The answer of the next table-file dialog (CSV/XLSX of figures). */
  queueTableFile(path: string): void;
  /** Every dialog the app asked for, in order. */
  readonly asked: readonly DialogRequest[];
}

export interface DialogRequest {
  kind: 'newPlan' | 'open' | 'docx' | 'export' | 'commentFiles' | 'folder' | 'tableFile';
  senderId: string;
  suggestedName?: string;
  /** For an export: the format asked for. */
  format?: SaveFormat;
}

/** One app window: a page with its own sender id, as a BrowserWindow is in the app. */
export interface SuuntaWindow {
  readonly page: Page;
  readonly senderId: string;
  /** Loads the app; `planPath` opens that file at start, as a path on the command line does. */
  open(options?: { planPath?: string }): Promise<void>;
  /** Reloads as the app's View → Reload does: flush, release the window's plans, reload. */
  reload(): Promise<void>;
  /** Pushes a main → renderer event, validated with the `events` schemas of the contract. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  /** Sends `flushRequest` and waits for this window's `app.flushed` (as closing a window does). */
  flush(timeoutMs?: number): Promise<void>;
  /** Closes as the app does: flush, close the page, release the window's plans. */
  close(): Promise<void>;
  /** Full-page screenshot to `e2e/artifacts/<name>.png`; returns the path. */
  screenshot(name: string): Promise<string>;
  /** axe-core scan (WCAG 2.0/2.1 A and AA); fails with a readable list of violations. */
  axe(): Promise<void>;
}

/** The core's clock in a test: the real time until `set`, then that instant until set again. */
export interface TestClock {
  /** Stops the clock at an ISO instant ("2022-12-08T10:00:00+02:00"); "today" follows in Helsinki. */
  set(iso: string): void;
  now(): Date;
}

/** A clock the test can stop at any instant, for dates, deadlines and revision times. */
function testClock(): TestClock {
  let fixed: Date | null = null;
  return {
    set(iso) {
      const instant = new Date(iso);
      if (Number.isNaN(instant.getTime())) throw new Error(`clock.set: not an instant: ${iso}`);
      fixed = instant;
    },
    now: () => new Date(fixed ?? Date.now()),
  };
}

export interface Suunta extends SuuntaWindow {
  /** A fresh temporary folder for the test's plan files. */
  readonly dir: string;
  /** The core's clock: `suunta.clock.set('2022-12-08T10:00:00+02:00')`. */
  readonly clock: TestClock;
  /** The settings folder given to the core (preferences, recent plans, window state). */
  readonly settingsDir: string;
  readonly core: Core;
  readonly dialogs: ScriptedDialogs;
  /** URLs the app asked the system to open, in order. */
  readonly externalUrls: readonly string[];
  /** Exported files the app asked the system to open (`system.openPath`), in order. */
  readonly openedPaths: readonly string[];
  /** Sender ids of every `app.flushed`, in order. */
  readonly flushAcks: readonly string[];
  /** Sender ids of windows brought to the front because a plan was ALREADY_OPEN there. */
  readonly focused: readonly string[];
  /**
   * Errors in the pages' consoles so far; the test fails at its end unless this is empty. A test
   * that provokes some on purpose (a blocked injection) checks and removes them.
   */
  readonly pageErrors: string[];
  /** Another window (page) on the same core, each with its own sender id, as in the app. */
  newWindow(): Promise<SuuntaWindow>;
}

class Acks {
  readonly log: string[] = [];
  private readonly waiters = new Map<string, Set<() => void>>();

  record(senderId: string): void {
    this.log.push(senderId);
    const waiting = this.waiters.get(senderId);
    this.waiters.delete(senderId);
    waiting?.forEach((resolve) => resolve());
  }

  wait(senderId: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.get(senderId)?.delete(done);
        reject(
          new Error(`${senderId} did not answer flushRequest with app.flushed in ${timeoutMs} ms`),
        );
      }, timeoutMs);
      const waiting = this.waiters.get(senderId) ?? new Set();
      waiting.add(done);
      this.waiters.set(senderId, waiting);
    });
  }
}

function scriptedDialogs(): ScriptedDialogs & Dialogs {
  const newPlanPaths: string[] = [];
  const openPaths: string[] = [];
  const docxPaths: string[] = [];
  const exportPaths: string[] = [];
  const commentFiles: string[][] = [];
  const folders: string[] = [];
  const tableFiles: string[] = [];
  const asked: DialogRequest[] = [];
  return {
    asked,
    queueNewPlanPath: (path) => void newPlanPaths.push(path),
    queueOpenPath: (path) => void openPaths.push(path),
    queueDocxPath: (path) => void docxPaths.push(path),
    queueExportPath: (path) => void exportPaths.push(path),
    queueCommentFiles: (paths) => void commentFiles.push(paths),
    queueFolder: (path) => void folders.push(path),
    queueTableFile: (path) => void tableFiles.push(path),
    chooseNewPlanPath(senderId, suggestedName) {
      asked.push({ kind: 'newPlan', senderId, suggestedName });
      return Promise.resolve(newPlanPaths.shift() ?? null);
    },
    chooseOpenPath(senderId) {
      asked.push({ kind: 'open', senderId });
      return Promise.resolve(openPaths.shift() ?? null);
    },
    chooseDocxPath(senderId) {
      asked.push({ kind: 'docx', senderId });
      return Promise.resolve(docxPaths.shift() ?? null);
    },
    chooseExportPath(senderId, format, suggestedName) {
      asked.push({ kind: 'export', senderId, format, suggestedName });
      return Promise.resolve(exportPaths.shift() ?? null);
    },
    chooseCommentFiles(senderId) {
      asked.push({ kind: 'commentFiles', senderId });
      return Promise.resolve(commentFiles.shift() ?? []);
    },
    chooseFolder(senderId, suggestedName) {
      asked.push({ kind: 'folder', senderId, suggestedName });
      return Promise.resolve(folders.shift() ?? null);
    },
    chooseTableFile(senderId) {
      asked.push({ kind: 'tableFile', senderId });
      return Promise.resolve(tableFiles.shift() ?? null);
    },
  };
}

/**
 * Prints with the test's Chromium in a context of its own, under the app's print policy: the very
 * printer the CLI uses (src/main/cli/chromium-printer.ts), handed the test's browser.
 */
export function chromiumPrinter(browser: Browser): ClosablePrinter {
  return playwrightPrinter(() => Promise.resolve(browser));
}

/** Serves out/renderer on the app origin with the app's CSP; every other request is refused. */
async function serveRenderer(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== appOrigin) return route.abort('blockedbyclient');
    const file = rendererFile(rendererRoot, url.pathname);
    if (file === null || !existsSync(file))
      return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      body: await readFile(file),
      headers: {
        'content-type': contentType(file),
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}

/**
 * What preload does in the app, as an init script: `window.api` from the same `buildApi`
 * (serialized, which is why it is self-contained), invoking the harness binding, and a dispatcher
 * through which `emit` reaches the page's subscribers.
 */
const apiInitScript = `(() => {
  const buildApi = ${buildApi.toString()};
  const listeners = new Map();
  const subscribe = (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => { set.delete(listener); };
  };
  Object.defineProperty(window, ${JSON.stringify(dispatchGlobal)}, {
    value: (event, payload) => { for (const listener of [...(listeners.get(event) ?? [])]) listener(payload); },
  });
  const names = ${JSON.stringify({ channels: channelNames, events: eventNames })};
  const invoke = (channel, input) => window[${JSON.stringify(invokeBinding)}](channel, input);
  Object.defineProperty(window, 'api', { value: buildApi(names, invoke, subscribe), enumerable: true });
})();`;

class HarnessWindow implements SuuntaWindow {
  constructor(
    readonly page: Page,
    readonly senderId: string,
    readonly core: Core,
    protected readonly acks: Acks,
  ) {}

  async open(options: { planPath?: string } = {}): Promise<void> {
    if (!existsSync(join(rendererRoot, 'index.html'))) {
      throw new Error(`No built renderer in ${rendererRoot}: run \`npm run build\` first.`);
    }
    const url = new URL('/index.html', appOrigin);
    if (options.planPath !== undefined) url.searchParams.set(openPathParam, options.planPath);
    await this.page.goto(url.href);
  }

  async reload(): Promise<void> {
    await this.flush();
    this.core.releaseSender(this.senderId);
    await this.page.reload();
  }

  async emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void> {
    const checked: unknown = events[event].parse(payload);
    await this.page.evaluate(
      ({ dispatch, name, value }) =>
        (window as unknown as Record<string, (name: string, value: unknown) => void>)[dispatch]!(
          name,
          value,
        ),
      { dispatch: dispatchGlobal, name: event, value: checked },
    );
  }

  async flush(timeoutMs = 5_000): Promise<void> {
    const acknowledged = this.acks.wait(this.senderId, timeoutMs);
    await this.emit('flushRequest', {});
    await acknowledged;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.page.close();
    this.core.releaseSender(this.senderId);
  }

  async screenshot(name: string): Promise<string> {
    if (!/^[\w.-]+$/.test(name))
      throw new Error(`Screenshot name "${name}": use letters, digits, . _ -`);
    mkdirSync(artifactsDir, { recursive: true });
    const path = join(artifactsDir, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  async axe(): Promise<void> {
    // The app has no frames, so axe's single-frame (legacy) run sees it all, in half the time.
    const { violations } = await new AxeBuilder({ page: this.page })
      .withTags(axeTags)
      .setLegacyMode(true)
      .analyze();
    const readable = violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
        violation.nodes.map((node) => `    at ${node.target.join(' ')}`).join('\n'),
    );
    expect(readable, `axe found ${violations.length} WCAG 2.1 AA violation(s)`).toEqual([]);
  }
}

class Harness extends HarnessWindow implements Suunta {
  readonly focused: string[] = [];
  readonly pageErrors: string[] = [];
  private readonly windows = new Map<string, SuuntaWindow>();

  /** The open window of a sender id (the first page is `window-1`). */
  windowOf(senderId: string): SuuntaWindow | undefined {
    return this.windows.get(senderId);
  }

  constructor(
    page: Page,
    core: Core,
    acks: Acks,
    readonly dir: string,
    readonly settingsDir: string,
    readonly dialogs: ScriptedDialogs,
    readonly externalUrls: readonly string[],
    readonly openedPaths: readonly string[],
    readonly clock: TestClock,
  ) {
    super(page, 'window-1', core, acks);
  }

  get flushAcks(): readonly string[] {
    return this.acks.log;
  }

  /** Gives a page its sender id and `window.api`, as creating a BrowserWindow does in the app. */
  async install(window: SuuntaWindow): Promise<void> {
    this.windows.set(window.senderId, window);
    // A script error or a console error (a CSP refusal, a React warning) fails the journey.
    window.page.on('pageerror', (error) => this.pageErrors.push(`${window.senderId}: ${error}`));
    window.page.on('console', (message) => {
      if (message.type() === 'error') this.pageErrors.push(`${window.senderId}: ${message.text()}`);
    });
    await window.page.exposeBinding(
      invokeBinding,
      async (_source, channel: unknown, input: unknown) => {
        const result = await this.core.handle(String(channel), input, {
          senderId: window.senderId,
        });
        if (!result.ok && result.error.code === 'ALREADY_OPEN') {
          const owner = this.windows.get(String(result.error.details?.ownerSenderId));
          if (owner) {
            this.focused.push(owner.senderId);
            await owner.page.bringToFront();
          }
        }
        return result;
      },
    );
    await window.page.addInitScript(apiInitScript);
  }

  async newWindow(): Promise<SuuntaWindow> {
    const page = await this.page.context().newPage();
    const window = new HarnessWindow(page, `window-${this.windows.size + 1}`, this.core, this.acks);
    await this.install(window);
    return window;
  }
}

export const test = base.extend<{ suunta: Suunta }>({
  suunta: async ({ browser, context, page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'suunta-e2e-plans-'));
    const settingsDir = mkdtempSync(join(tmpdir(), 'suunta-e2e-settings-'));
    const dialogs = scriptedDialogs();
    const acks = new Acks();
    // The harness is made after the core it drives; progress finds its windows through it.
    const late: { harness?: Harness } = {};
    const externalUrls: string[] = [];
    const openedPaths: string[] = [];
    const printer = chromiumPrinter(browser);
    const system: System = {
      openExternal: (url) => Promise.resolve(void externalUrls.push(url)),
      openPath: (path) => Promise.resolve(void openedPaths.push(path)),
      flushed: (senderId) => acks.record(senderId),
      // Delivered as the shell does: to the window that asked, as an `exportProgress` event.
      exportProgress: (senderId, progress) =>
        void late.harness?.windowOf(senderId)?.emit('exportProgress', progress),
    };
    const clock = testClock();
    const core = createCore({
      clock,
      printer,
      dialogs,
      system,
      settingsDir,
      backupDir: join(settingsDir, 'backups'),
      appVersion,
      // The test process may run in English; the app under test starts as on a Finnish system.
      locale: 'fi-FI',
    });

    await serveRenderer(context);
    const harness = new Harness(
      page,
      core,
      acks,
      dir,
      settingsDir,
      dialogs,
      externalUrls,
      openedPaths,
      clock,
    );
    late.harness = harness;
    await harness.install(harness);
    try {
      await use(harness);
      expect(harness.pageErrors, 'errors in the page console').toEqual([]);
    } finally {
      core.close();
      await printer.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(settingsDir, { recursive: true, force: true });
    }
  },
});

export { expect };
