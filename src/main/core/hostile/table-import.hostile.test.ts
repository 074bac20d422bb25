import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenedPlan } from '../../../shared/ipc';
import {
  indicatorLongRows,
  staffingCsvText,
  staffingRows,
  tableCsv,
  tableXlsx,
} from '../table-import/fixtures';
import { checkedCall, hostileRun, runs, seeded, timeout, unzipEntries, variantOf } from './harness';

/**
 * Staffing and indicator tables (`staffing.import*`, `indicators.import*`) as CSV and XLSX,
 * mutated, truncated and filled with junk: always a Result with an import refusal or an import
 * of what the preview read, memory bounded, and a refusal writes nothing.
 */

let docId: string;

type Seed = { bytes: Buffer; entries: Awaited<ReturnType<typeof unzipEntries>> | null };
const seeds = new Map<string, Seed>();

const run = hostileRun(async (t) => {
  docId = (
    await t.value<OpenedPlan>('plan.create', {
      path: join(t.dir, 'suunnitelma.opsu'),
      title: 'Suunnitelma',
      region: 'Keski-Uusimaa',
    })
  ).docId;
  const staffingXlsx = await tableXlsx(staffingRows);
  const indicatorXlsx = await tableXlsx(indicatorLongRows);
  seeds.set('staffing csv', { bytes: Buffer.from(staffingCsvText, 'utf8'), entries: null });
  seeds.set('staffing xlsx', { bytes: staffingXlsx, entries: await unzipEntries(staffingXlsx) });
  seeds.set('indicators csv', { bytes: tableCsv(indicatorLongRows), entries: null });
  seeds.set('indicators xlsx', {
    bytes: indicatorXlsx,
    entries: await unzipEntries(indicatorXlsx),
  });
});
const { t, figures } = run;

describe('a table of figures from a broken file', () => {
  for (const name of ['staffing csv', 'staffing xlsx', 'indicators csv', 'indicators xlsx']) {
    it(
      `${name}: refused cleanly or imported, never writing on a refusal`,
      { timeout: timeout(120_000) },
      async () => {
        const { bytes: seed, entries } = seeds.get(name)!;
        const area = name.startsWith('staffing') ? 'staffing' : 'indicators';
        await fc.assert(
          fc.asyncProperty(variantOf(seed, entries), async (bytes) => {
            const path = join(t.dir, `taulukko.${name.endsWith('csv') ? 'csv' : 'xlsx'}`);
            writeFileSync(path, bytes);
            figures.badInputs++;
            // An indicator import names its indicator (null: new ones from the file's names).
            const which = area === 'indicators' ? { indicatorId: null } : {};
            const preview = await checkedCall(run, `${area}.importPreview`, {
              docId,
              path,
              ...which,
            });
            if (!preview.ok) {
              figures.refusedCleanly++;
              return;
            }
            const value = preview.value as { file: { digest: string }; columns: unknown };
            if (value.columns === null) {
              // No columns found: the mapping step asks her; nothing to commit as is.
              figures.accepted++;
              return;
            }
            const commit = await checkedCall(run, `${area}.importCommit`, {
              docId,
              path,
              digest: value.file.digest,
              columns: value.columns,
            });
            if (commit.ok) figures.accepted++;
            else figures.refusedCleanly++;
          }),
          { numRuns: runs(15), ...seeded(8_203) },
        );
        expect(run.meter.growthMb()).toBeLessThan(300);
      },
    );
  }
});
