import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { quietChromiumArgs } from './src/main/cli/chromium-printer';

/** Debian's Chromium where there is one; elsewhere the variable, or Playwright's own browser. */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['PLAYWRIGHT_CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
}

export default defineConfig({
  outputDir: 'test-results',
  // A journey types, reloads and runs several accessibility scans; two workers share two cores.
  timeout: 120_000,
  workers: availableParallelism(),
  reporter: 'list',
  forbidOnly: Boolean(process.env['CI']),
  use: {
    locale: 'fi-FI',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', ...quietChromiumArgs],
    },
  },
  projects: [
    { name: 'browser', testDir: 'e2e', testIgnore: '**/e2e/electron/**' },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
