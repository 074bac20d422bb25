import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // Vitest's default leaves one of the two cores idle; the suite is CPU-bound, so use both.
    maxWorkers: 2,
    include: ['src/**/*.test.ts'],
    // Collects the kill, fuzz and hostile-input figures and prints them at the end of the run.
    globalSetup: ['src/main/core/testing/reliability-setup.ts'],
  },
});
