import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileState } from '../core/testing/files';
import { dataPlan, staffingInput } from '../core/plan-data/testing';
import type { TestCore } from '../core/testing/test-core';
import { EXIT_FAILED, EXIT_OK } from './run';
import { cliTestbed, type CliTestbed } from './testing';

let dir: string;
let t: TestCore;
let cli: CliTestbed['cli'];
let dispose: () => void;
beforeEach(() => ({ dir, t, cli, dispose } = cliTestbed()));
afterEach(() => dispose());

/** Kerava's basic education and lukio, closed so the CLI can read the file. */
async function staffedPlan(): Promise<string> {
  const { plan, docId, staffing } = await dataPlan(t);
  await staffing(
    staffingInput({
      area: 'Kerava',
      pupils: 1000,
      fte: { kuraattori: 1.2, psykologi: 1.5, terveydenhoitaja: 2.5, laakari: null },
    }),
  );
  await staffing(
    staffingInput({
      area: 'Kerava',
      level: 'upperSecondary',
      pupils: 1200,
      fte: { kuraattori: 2, psykologi: 1, terveydenhoitaja: 2, laakari: 0 },
    }),
  );
  await t.value('plan.close', { docId });
  return plan.path;
}

describe('suunta staffing', { timeout: 60_000 }, () => {
  it('prints every row with its figures and the totals as JSON, changing nothing', async () => {
    const path = await staffedPlan();
    const before = fileState(path);
    const { code, stdout } = await cli(['staffing', path, '--json']);
    expect(code).toBe(EXIT_OK);
    expect(fileState(path)).toEqual(before);
    const value = JSON.parse(stdout) as {
      ratioSet: { id: string };
      rows: Array<Record<string, unknown> & { figures: Array<Record<string, unknown>> }>;
      totals: Array<Record<string, unknown> & { figures: Array<Record<string, unknown>> }>;
    };
    expect(value.ratioSet.id).toBe('ophl-2023');
    expect(value.rows.map((row) => [row.area, row.level, row.pupils])).toEqual([
      ['Kerava', 'basic', 1000],
      ['Kerava', 'upperSecondary', 1200],
    ]);
    // 1000 / 670 = 1.4925… → 1.50 against 1.2.
    expect(value.rows[0]!.figures[0]).toEqual({
      profession: 'kuraattori',
      ratio: 670,
      ratioKind: 'statutory',
      fte: 1.2,
      perFte: 833,
      requiredFte: 1.5,
      shortfall: 0.3,
      met: false,
      overRatio: 163,
    });
    expect(value.totals.map((total) => total.levelGroup)).toEqual(['basic', 'secondary', null]);
    // Region: 2200 / 670 = 3.2835… → 3.29 against 3.2 (rounded up once, not 1.50 + 1.80).
    expect(value.totals[2]).toMatchObject({ pupils: 2200, rows: 2 });
    expect(value.totals[2]!.figures[0]).toMatchObject({
      fte: 3.2,
      requiredFte: 3.29,
      shortfall: 0.09,
      rowShortfall: 0.3,
      missingRows: 0,
    });
  });

  it('prints a readable table in the UI language', async () => {
    const path = await staffedPlan();
    const { code, stdout } = await cli(['staffing', path]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain('Suhdeluvut: OpHL:n mitoitus (1.8.2023) ja THL:n suositukset');
    expect(stdout).toContain('Terveydenhoitaja: 460 (Esi- ja perusopetus), 570 (Toinen aste)');
    const kerava = stdout.split('\n').find((line) => /^Kerava\s+Perusopetus/.test(line))!;
    expect(kerava).toContain('1,20 htv, 833 / htv, vaje 0,30');
    expect(kerava).toContain('ei tiedossa');
    const region = stdout.split('\n').find((line) => line.startsWith('Koko alue yhteensä'))!;
    expect(region).toMatch(/2\s200/);
    expect(region).toContain('3,20 htv, 688 / htv, vaje 0,09');
    expect(stdout).toContain('Kuraattori: 670 oppilasta / htv (Lakisääteinen)');
    expect(stdout).toContain('Lääkäri: 1 rivi puuttuu yhteissummasta');
  });

  it('fails on a file that is not there', async () => {
    const { code, stderr } = await cli(['staffing', join(dir, 'puuttuu.opsu')]);
    expect(code).toBe(EXIT_FAILED);
    expect(stderr).toContain('puuttuu.opsu');
  });
});
