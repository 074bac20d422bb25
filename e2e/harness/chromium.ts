import { existsSync } from 'node:fs';
import { quietChromiumArgs } from '../../src/main/cli/chromium-printer';

/** Debian's Chromium where there is one; elsewhere the variable, or Playwright's own browser. */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['PLAYWRIGHT_CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
}

/** How the e2e tests and the renderer benchmark launch it. */
export const chromiumLaunchOptions = {
  executablePath: chromiumExecutable(),
  args: ['--no-sandbox', ...quietChromiumArgs],
};
