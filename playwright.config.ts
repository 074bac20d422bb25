import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/harness/chromium';

export default defineConfig({
  outputDir: 'test-results',
  // A journey types, reloads and runs several accessibility scans; two workers share two cores.
  timeout: 120_000,
  workers: availableParallelism(),
  reporter: 'list',
  forbidOnly: Boolean(process.env['CI']),
  use: {
    locale: 'fi-FI',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'browser', testDir: 'e2e', testIgnore: '**/e2e/electron/**' },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
