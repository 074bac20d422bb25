import { join } from 'node:path';
import { CoreError, createCore, type Core } from '../core/index';
import { localeOf, settingsDirFor, type Env } from '../core/settings/location';

const unsupported = () => new CoreError('UNSUPPORTED');

/**
 * The core as the command line drives it: the real clock and settings folder, and no windows, so
 * dialogs, printing and the system browser answer UNSUPPORTED.
 */
export function createCliCore(env: Env, appVersion: string): Core {
  const settingsDir = settingsDirFor(env);
  const locale = localeOf(env);
  return createCore({
    clock: { now: () => new Date() },
    printer: { print: () => Promise.reject(unsupported()) },
    dialogs: {
      chooseNewPlanPath: () => Promise.reject(unsupported()),
      chooseOpenPath: () => Promise.reject(unsupported()),
    },
    system: {
      openExternal: () => Promise.reject(unsupported()),
      flushed: () => {
        throw unsupported();
      },
    },
    settingsDir,
    backupDir: join(settingsDir, 'backups'),
    appVersion,
    ...(locale === undefined ? {} : { locale }),
  });
}
