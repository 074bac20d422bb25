import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reliability figures of a test run (kills survived, fuzz cases, bad inputs, bytes changed):
 * each test file records its counts here, vitest's global setup merges them at the end of the
 * run, prints a table and writes `bench/reliability.json` (see `reliability-setup.ts`).
 */

/** Set by the global setup for the whole run; test workers inherit it. */
export const RELIABILITY_DIR_ENV = 'SUUNTA_RELIABILITY_DIR';

/** True under `npm run test:soak`: the long runs of the kill and fuzz tests. */
export function isSoak(): boolean {
  return process.env.SUUNTA_SOAK === '1';
}

export type Figures = Record<string, number>;

/**
 * Records figures for an area (`kill`, `fuzz`, `hostile-docx`, ...). Several records of one
 * area are added up, except keys starting with `max`, which keep the largest. Outside a vitest
 * run (no folder set) it does nothing.
 */
export function recordReliability(area: string, figures: Figures): void {
  const dir = process.env[RELIABILITY_DIR_ENV];
  if (dir === undefined || dir === '') return;
  for (const [key, value] of Object.entries(figures)) {
    if (!Number.isFinite(value))
      throw new Error(`reliability figure ${area}.${key} is not a number`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${process.pid}-${randomUUID()}.json`),
    JSON.stringify({ area, figures }),
  );
}

/** Merges every record in `dir` into one set of figures per area, areas sorted by name. */
export function mergeReliability(dir: string): Record<string, Figures> {
  const merged: Record<string, Figures> = {};
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    const { area, figures } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      area: string;
      figures: Figures;
    };
    const target = (merged[area] ??= {});
    for (const [key, value] of Object.entries(figures)) {
      const previous = target[key];
      if (previous === undefined) target[key] = value;
      else target[key] = key.startsWith('max') ? Math.max(previous, value) : previous + value;
    }
  }
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
}

/** Sum of one figure over every area. */
function total(areas: Record<string, Figures>, key: string): number {
  return Object.values(areas).reduce((sum, figures) => sum + (figures[key] ?? 0), 0);
}

/**
 * The end-of-run table: a headline by convention of key names (`kill.survived`, `fuzz.calls`,
 * `badInputs` and `bytesChanged` in any area), then one line per area with all its figures.
 */
export function formatReliability(areas: Record<string, Figures>, mode: 'short' | 'soak'): string {
  const headline =
    `Luotettavuus (${mode}): kills survived ${areas.kill?.survived ?? 0}, ` +
    `fuzz cases ${areas.fuzz?.calls ?? 0}, bad inputs ${total(areas, 'badInputs')}, ` +
    `bytes changed: ${total(areas, 'bytesChanged')}`;
  const entries = Object.entries(areas);
  const width = Math.max(...entries.map(([area]) => area.length));
  const lines = entries.map(
    ([area, figures]) =>
      `  ${area.padEnd(width)}  ${Object.entries(figures)
        .map(([key, value]) => `${key} ${value}`)
        .join(', ')}`,
  );
  return [headline, ...lines].join('\n');
}
