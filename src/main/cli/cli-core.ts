import { join } from 'node:path';
import { CoreError, createCore, type Core, type Printer } from '../core/index';
import { localeOf, settingsDirFor, type Env } from '../core/settings/location';

const unsupported = () => new CoreError('UNSUPPORTED');

/**
 * The core as the command line drives it: the real clock and settings folder, and no windows, so
 * dialogs and the system browser answer UNSUPPORTED; PDFs are printed by the `printer` given
 * (the command line's launches the machine's Chromium, see chromium-printer.ts).
 */
export function createCliCore(
  env: Env,
  appVersion: string,
  printer: Printer = { print: () => Promise.reject(unsupported()) },
): Core {
  const settingsDir = settingsDirFor(env);
  const locale = localeOf(env);
  return createCore({
    clock: { now: () => new Date() },
    printer,
    dialogs: {
      chooseNewPlanPath: () => Promise.reject(unsupported()),
      chooseOpenPath: () => Promise.reject(unsupported()),
      chooseDocxPath: () => Promise.reject(unsupported()),
      chooseExportPath: () => Promise.reject(unsupported()),
      chooseCommentFiles: () => Promise.reject(unsupported()),
      chooseFolder: () => Promise.reject(unsupported()),
      chooseTableFile: () => Promise.reject(unsupported()),
    },
    system: {
      openExternal: () => Promise.reject(unsupported()),
      openPath: () => Promise.reject(unsupported()),
      flushed: () => {
        throw unsupported();
      },
      // The CLI prints its result when done; progress has no one to go to.
      exportProgress: () => undefined,
    },
    settingsDir,
    backupDir: join(settingsDir, 'backups'),
    appVersion,
    ...(locale === undefined ? {} : { locale }),
  });
}
