import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { formatReliability, isSoak, mergeReliability, RELIABILITY_DIR_ENV } from './reliability';

/**
 * Vitest global setup: gives the run one folder for reliability records (the forked workers
 * and their child processes inherit the variable), and at the end merges them, prints the table
 * and writes `bench/reliability.json`. A run that recorded nothing leaves the file alone.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'suunta-reliability-'));
  process.env[RELIABILITY_DIR_ENV] = dir;
  return () => {
    try {
      const areas = mergeReliability(dir);
      if (Object.keys(areas).length === 0) return;
      const mode = isSoak() ? 'soak' : 'short';
      console.log(`\n${formatReliability(areas, mode)}\n`);
      const bench = join(project.config.root, 'bench');
      mkdirSync(bench, { recursive: true });
      writeFileSync(
        join(bench, 'reliability.json'),
        `${JSON.stringify({ generatedAt: new Date().toISOString(), mode, ...areas }, null, 2)}\n`,
      );
    } finally {
      delete process.env[RELIABILITY_DIR_ENV];
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
