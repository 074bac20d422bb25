import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Core } from '../../src/main/core/core';
import type { System } from '../../src/main/core/ports';
import {
  chromiumPrinter as playwrightPrinter,
  type ClosablePrinter,
} from '../../src/main/cli/chromium-printer';
import type { Api } from '../../src/shared/api';
import type { EventName } from '../../src/shared/channels';
import { events, type EventPayload } from '../../src/shared/ipc';
import {
  Acks,
  appUrl,
  dispatchGlobal,
  harnessCore,
  installApi,
  scriptedDialogs,
  serveRenderer,
  type ScriptedDialogs,
} from './launch';

export { appOrigin, type DialogRequest, type ScriptedDialogs } from './launch';

/**
 * The e2e harness: the real core runs in the test process and the BUILT renderer gets the same
 * `window.api` that preload installs in the app, derived from the same contract (launched as
 * ./launch.ts does it, shared with the renderer benchmark). Only the shell's effects are replaced:
 * dialogs are scripted, external links and flush acknowledgements recorded, and PDFs printed by
 * Playwright's Chromium.
 */

declare global {
  interface Window {
    /** Installed by preload in the app, and by this harness in tests. */
    readonly api: Api;
  }
}

const root = resolve(import.meta.dirname, '../..');
const artifactsDir = join(root, 'e2e/artifacts');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

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

/**
 * Prints with the test's Chromium in a context of its own, under the app's print policy: the very
 * printer the CLI uses (src/main/cli/chromium-printer.ts), handed the test's browser.
 */
export function chromiumPrinter(browser: Browser): ClosablePrinter {
  return playwrightPrinter(() => Promise.resolve(browser));
}

class HarnessWindow implements SuuntaWindow {
  constructor(
    readonly page: Page,
    readonly senderId: string,
    readonly core: Core,
    protected readonly acks: Acks,
  ) {}

  async open(options: { planPath?: string } = {}): Promise<void> {
    await this.page.goto(appUrl(options));
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
    await installApi(window.page, async (channel, input) => {
      const result = await this.core.handle(channel, input, { senderId: window.senderId });
      if (!result.ok && result.error.code === 'ALREADY_OPEN') {
        const owner = this.windows.get(String(result.error.details?.ownerSenderId));
        if (owner) {
          this.focused.push(owner.senderId);
          await owner.page.bringToFront();
        }
      }
      return result;
    });
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
    const core = harnessCore({ clock, printer, dialogs, system, settingsDir });

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
