import { homedir } from 'node:os';
import { join } from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The folder of Suunta's settings, the same one the desktop app uses: SUUNTA_SETTINGS_DIR when
 * set, else the OS's per-user configuration folder.
 */
export function settingsDirFor(
  env: Env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.SUUNTA_SETTINGS_DIR) return env.SUUNTA_SETTINGS_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Suunta');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Suunta');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Suunta');
}

/** The user's locale as POSIX programs read it: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeOf(env: Env): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}
