import { defineConfig } from 'vitest/config';

/**
 * Test files that replace modules or spy on them (`vi.mock`, `vi.spyOn`, …): they run isolated, each
 * in a fresh module registry. All others share one registry per worker, so the core and its
 * libraries load once per worker instead of once per file (half the unit run's time).
 */
const mocking = [
  'src/main/shell/**/*.test.ts',
  'src/main/wiring.test.ts',
  'src/main/core/comment-import/service.test.ts',
  'src/main/core/table-import/staffing-import.test.ts',
];

export default defineConfig({
  test: {
    // Vitest's default leaves one of the two cores idle; the suite is CPU-bound, so use both.
    maxWorkers: 2,
    // Collects the kill, fuzz and hostile-input figures and prints them at the end of the run.
    globalSetup: ['src/main/core/testing/reliability-setup.ts'],
    projects: [
      {
        test: {
          name: 'shared',
          environment: 'node',
          pool: 'forks',
          include: ['src/**/*.test.ts'],
          exclude: mocking,
          isolate: false,
        },
      },
      {
        test: {
          name: 'isolated',
          environment: 'node',
          pool: 'forks',
          include: mocking,
        },
      },
    ],
  },
});
