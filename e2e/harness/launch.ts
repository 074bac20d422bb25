import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createCore } from '../../src/main/core/index';
import type { Core } from '../../src/main/core/core';
import type { Clock, Dialogs, Printer, System } from '../../src/main/core/ports';
import type { SaveFormat } from '../../src/shared/domain/export';
import type { Result } from '../../src/shared/result';
import { contentSecurityPolicy, contentType, rendererFile } from '../../src/main/shell/policy';
import { buildApi } from '../../src/shared/api';
import { channelNames, eventNames, openPathParam } from '../../src/shared/channels';

/**
 * Launching the BUILT renderer on the real core, as the app's shell does it but in a browser page:
 * out/renderer served on the app origin under the app's CSP, `window.api` installed as preload
 * installs it, dialogs scripted. Shared by the e2e harness (index.ts) and the renderer benchmark
 * (bench/renderer.ts), so both measure and test the same thing.
 */

const root = resolve(import.meta.dirname, '../..');
const rendererRoot = join(root, 'out/renderer');
const appVersion = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
).version;

/** The renderer's origin in tests: http, because module scripts from file:// are blocked. */
export const appOrigin = 'http://suunta.localhost';
const invokeBinding = '__suuntaInvoke';
/** The page global through which main → renderer events reach the page's subscribers. */
export const dispatchGlobal = '__suuntaDispatch';

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

export class Acks {
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

export function scriptedDialogs(): ScriptedDialogs & Dialogs {
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

/** Serves out/renderer on the app origin with the app's CSP; every other request is refused. */
export async function serveRenderer(context: BrowserContext): Promise<void> {
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

/**
 * A core as the harness runs it: the given ports, the package's version, and the locale the app
 * under test starts with on a Finnish system (the test process itself may run in English).
 */
export function harnessCore(ports: {
  clock: Clock;
  printer: Printer;
  dialogs: Dialogs;
  system: System;
  settingsDir: string;
}): Core {
  return createCore({
    ...ports,
    backupDir: join(ports.settingsDir, 'backups'),
    appVersion,
    locale: 'fi-FI',
  });
}

/**
 * Gives a page `window.api`, as creating a BrowserWindow with preload does in the app: every call
 * goes to `invoke` (the core, as the sender the caller chooses).
 */
export async function installApi(
  page: Page,
  invoke: (channel: string, input: unknown) => Promise<Result<unknown>>,
): Promise<void> {
  await page.exposeBinding(invokeBinding, (_source, channel: unknown, input: unknown) =>
    invoke(String(channel), input),
  );
  await page.addInitScript(apiInitScript);
}

/** The app's address; `planPath` opens that file at start, as a path on the command line does. */
export function appUrl(options: { planPath?: string } = {}): string {
  if (!existsSync(join(rendererRoot, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererRoot}: run \`npm run build\` first.`);
  }
  const url = new URL('/index.html', appOrigin);
  if (options.planPath !== undefined) url.searchParams.set(openPathParam, options.planPath);
  return url.href;
}
