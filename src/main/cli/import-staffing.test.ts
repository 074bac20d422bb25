import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffingCsvText, tableCsv, writeTable } from '../core/table-import/fixtures';
import { EXIT_FAILED, EXIT_OK } from './run';
import { captureCli } from './testing';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'suunta-cli-staffing-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) =>
  captureCli(args, { SUUNTA_SETTINGS_DIR: join(dir, 'settings'), LANG: 'fi_FI.UTF-8' }, dir);

async function newPlan() {
  const created = await cli(['new', 'suunnitelma.opsu', '--title', 'Suunnitelma', '--region', 'X']);
  expect(created.code, created.stderr).toBe(EXIT_OK);
}

const importStaffing = (table: string, ...options: string[]) =>
  cli(['import-staffing', 'suunnitelma.opsu', table, ...options]);

describe('suunta import-staffing', { timeout: 120_000 }, () => {
  it('imports the example, then updates its rows, naming a header it could not place', async () => {
    await newPlan();
    writeTable(dir, 'mitoitus.csv', staffingCsvText);
    const first = await importStaffing('mitoitus.csv');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(EXIT_OK);
    expect(first.stdout).toBe(
      'Tiedostosta mitoitus.csv tuotiin mitoitustaulukkoon rivejä: uusia 4, päivitettyjä 0.\n',
    );
    writeTable(
      dir,
      'kuraattorit.csv',
      tableCsv([
        ['Kunta', 'Aste', 'Kuraattorit', 'Yhteyshenkilö'],
        ['Kerava', 'Perusopetus', '6', 'Maija'],
      ]),
    );
    const second = await importStaffing('kuraattorit.csv', '--json');
    expect(second.code).toBe(EXIT_OK);
    expect(JSON.parse(second.stdout)).toEqual({
      added: 0,
      updated: 1,
      unplaced: ['Yhteyshenkilö'],
    });
    const third = await importStaffing('kuraattorit.csv');
    expect(third.stdout).toBe(
      [
        'Tiedostosta kuraattorit.csv tuotiin mitoitustaulukkoon rivejä: uusia 0, päivitettyjä 1.',
        'Saraketta ”Yhteyshenkilö” ei tunnistettu',
        '',
      ].join('\n'),
    );
  });

  it('prints every unreadable cell and writes nothing', async () => {
    await newPlan();
    writeTable(
      dir,
      'virheet.csv',
      tableCsv([
        ['Alue', 'Aste', 'Oppilaat', 'Psykologit'],
        ['Kerava', 'Perusopetus', '4 120', '4,2'],
        ['Kerava', 'Yliopisto', '12,5', 'paljon'],
      ]),
    );
    const failed = await importStaffing('virheet.csv');
    expect(failed.code).toBe(EXIT_FAILED);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toBe(
      [
        'suunta: virheet.csv: 3 solun arvoa ei voi lukea, joten mitään ei tuotu:',
        '  Rivi 3, sarake ”Aste”: ”Yliopisto” ei ole tunnettu koulutusaste (esiopetus, perusopetus, lukio, ammatillinen koulutus, TUVA).',
        '  Rivi 3, sarake ”Oppilaat”: ”12,5” ei ole kokonaisluku.',
        '  Rivi 3, sarake ”Psykologit”: ”paljon” ei ole luku.',
        '',
      ].join('\n'),
    );
    const json = await importStaffing('virheet.csv', '--json');
    expect(json.code).toBe(EXIT_FAILED);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: 'INVALID_DATA', unplaced: [] });
    // Nothing was written: the valid first row was not imported either.
    writeTable(
      dir,
      'ok.csv',
      tableCsv([
        ['Alue', 'Aste'],
        ['Kerava', 'Perusopetus'],
      ]),
    );
    expect((await importStaffing('ok.csv')).stdout).toContain('uusia 1, päivitettyjä 0');
  });

  it('says which column is missing and names the headers it could not place', async () => {
    await newPlan();
    writeTable(
      dir,
      'koulut.csv',
      tableCsv([
        ['Koulu', 'Aste', 'Htv'],
        ['Ahjo', 'Lukio', '1'],
      ]),
    );
    const failed = await importStaffing('koulut.csv');
    expect(failed.code).toBe(EXIT_FAILED);
    expect(failed.stderr).toBe(
      [
        'suunta: Taulukosta ei löytynyt alueen (kunta tai järjestäjä) saraketta. Mitään ei tallennettu.',
        'Saraketta ”Koulu” ei tunnistettu',
        'Saraketta ”Htv” ei tunnistettu',
        '',
      ].join('\n'),
    );
  });
});
