import type { ExportProgress } from '../../../shared/domain/export';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppError, Result } from '../../../shared/result';
import type { OpenedPlan } from '../../../shared/ipc';
import type { Core } from '../core';
import { CoreError } from '../errors';
import { createCore } from '../index';
import type { CallContext, Printer } from '../ports';

/** A core over temporary folders with recording fakes for every port, for tests. */
export interface TestCore {
  core: Core;
  /** Folder for plan files; removed by `dispose`. */
  dir: string;
  settingsDir: string;
  backupDir: string;
  clock: { now(): Date; set(iso: string): void; advance(ms: number): void };
  openedUrls: string[];
  /** Files the core asked the system to open (`system.openPath`), in order. */
  openedPaths: string[];
  flushedBy: string[];
  /** Every export progress report, in order. */
  progress: Array<ExportProgress & { senderId: string }>;
  /** What the next dialog returns (null: the user cancelled). */
  dialogAnswer: { path: string | null };
  /** Calls a channel as `senderId` and returns the Result. */
  call(channel: string, input: unknown, senderId?: string): Promise<Result<unknown>>;
  /** Calls a channel and returns its value, failing the test on an error Result. */
  value<T = unknown>(channel: string, input: unknown, senderId?: string): Promise<T>;
  /** Calls a channel that must fail and returns its error, failing the test on success. */
  error(channel: string, input: unknown, senderId?: string): Promise<AppError>;
  /** Creates and opens a plan from the template, `dir/name`, titled "Suunnitelma". */
  newPlan(name?: string): Promise<OpenedPlan>;
  dispose(): void;
}

export function makeTestCore(
  options: { locale?: string; root?: string; printer?: Printer } = {},
): TestCore {
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'suunta-test-'));
  const dir = join(root, 'plans');
  const settingsDir = join(root, 'settings');
  const backupDir = join(root, 'backups');
  mkdirSync(dir, { recursive: true });
  let now = new Date('2026-03-01T09:00:00.000Z');
  const openedUrls: string[] = [];
  const openedPaths: string[] = [];
  const flushedBy: string[] = [];
  const progressOf: Array<ExportProgress & { senderId: string }> = [];
  const dialogAnswer: { path: string | null } = { path: null };
  const core = createCore({
    clock: { now: () => new Date(now) },
    printer: options.printer ?? {
      print: () => Promise.reject(new CoreError('UNSUPPORTED')),
    },
    dialogs: {
      chooseNewPlanPath: () => Promise.resolve(dialogAnswer.path),
      chooseOpenPath: () => Promise.resolve(dialogAnswer.path),
      chooseDocxPath: () => Promise.resolve(dialogAnswer.path),
      chooseExportPath: () => Promise.resolve(dialogAnswer.path),
      chooseCommentFiles: () =>
        Promise.resolve(dialogAnswer.path === null ? [] : [dialogAnswer.path]),
      chooseFolder: () => Promise.resolve(dialogAnswer.path),
      chooseTableFile: () => Promise.resolve(dialogAnswer.path),
    },
    system: {
      openExternal: (url) => {
        openedUrls.push(url);
        return Promise.resolve();
      },
      openPath: (path) => {
        openedPaths.push(path);
        return Promise.resolve();
      },
      flushed: (senderId) => {
        flushedBy.push(senderId);
      },
      exportProgress: (senderId, progress) => {
        progressOf.push({ senderId, ...progress });
      },
    },
    settingsDir,
    backupDir,
    appVersion: '0.1.0-test',
    locale: options.locale ?? 'fi-FI',
  });
  const ctx = (senderId: string): CallContext => ({ senderId });
  const call = (channel: string, input: unknown, senderId = 'window-1') =>
    core.handle(channel, input, ctx(senderId));
  const value = async <T>(channel: string, input: unknown, senderId = 'window-1') => {
    const result = await call(channel, input, senderId);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  return {
    core,
    dir,
    settingsDir,
    backupDir,
    clock: {
      now: () => new Date(now),
      set: (iso) => {
        now = new Date(iso);
      },
      advance: (ms) => {
        now = new Date(now.getTime() + ms);
      },
    },
    openedUrls,
    openedPaths,
    flushedBy,
    progress: progressOf,
    dialogAnswer,
    call,
    value,
    error: async (channel: string, input: unknown, senderId = 'window-1') => {
      const result = await call(channel, input, senderId);
      if (result.ok) throw new Error(`${channel} succeeded`);
      return result.error;
    },
    newPlan: (name = 'plan.opsu') =>
      value<OpenedPlan>('plan.create', {
        path: join(dir, name),
        title: 'Suunnitelma',
        region: 'Alue',
      }),
    dispose: () => {
      core.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
