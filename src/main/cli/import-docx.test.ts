import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  compoundFile,
  docxBuffer,
  para,
  richDocument,
  writeFixture,
} from '../core/docx-import/fixtures';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './run';
import { captureCli } from './testing';

let dir: string;
// Packing the Word file is the slow part: once per file, then a fresh copy in each test's folder.
let previousPlan: Buffer;
beforeAll(async () => {
  previousPlan = await richDocument();
}, 60_000);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'suunta-cli-docx-'));
  writeFixture(join(dir, 'aiempi.docx'), previousPlan);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) =>
  captureCli(args, { SUUNTA_SETTINGS_DIR: join(dir, 'settings'), LANG: 'fi_FI.UTF-8' }, dir);

const plans = () => readdirSync(dir).filter((name) => !name.endsWith('.docx'));

describe('suunta import-docx', { timeout: 60_000 }, () => {
  it('creates the plan with suggested links and reports what came across', async () => {
    const result = await cli(['import-docx', 'uusi.opsu', 'aiempi.docx', '--period', '2026-2029']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    const path = join(dir, 'uusi.opsu');
    expect(result.stdout).toMatch(
      new RegExp(`^Suunnitelma luotu Word-tiedostosta: ${path} \\(5 lukua, \\d+ sanaa\\)$`, 'm'),
    );
    expect(result.stdout).toMatch(/^ {6}2\.1\.1 Hypätty taso \(9 sanaa\)$/m);
    expect(result.stdout).toContain('1 kuva jäi tuomatta: "Palvelujen kaavio"');
    expect(result.stdout).toMatch(/^\d+ lukua linkitettiin lakisääteisiin vaatimuksiin/m);
    expect(result.stdout).toContain('Huomioitavaa:');
    expect(result.stdout).toContain('- 1 alaviite siirrettiin numeroiduksi luetteloksi');

    const info = await cli(['info', 'uusi.opsu', '--json']);
    const parsed = JSON.parse(info.stdout) as {
      title: string;
      region: string;
      period: string;
      sections: Array<{ title: string; words: number; depth: number }>;
      checklist: { inProgress: number };
    };
    expect(parsed).toMatchObject({
      title: 'Alueellinen opiskeluhuoltosuunnitelma 2022–2025',
      region: '',
      period: '2026–2029',
    });
    expect(parsed.sections.map((section) => [section.title, section.depth])).toEqual([
      ['Alueellinen opiskeluhuoltosuunnitelma 2022–2025', 1],
      ['Johdanto', 1],
      ['Tavoitteet och principer', 2],
      ['Hypätty taso', 3],
      ['Yhteistyö', 1],
    ]);
    expect(parsed.sections.every((section) => section.words > 0)).toBe(true);
    // "2 Yhteistyö" was linked to the cooperation plan, and it has text.
    expect(parsed.checklist.inProgress).toBeGreaterThan(0);
  });

  it('takes the title, region and language from the options; reports in --lang', async () => {
    const result = await cli([
      'import-docx',
      'uusi.opsu',
      'aiempi.docx',
      '--title',
      'Ny plan',
      '--region',
      'Österbotten',
      '--language',
      'sv',
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain('Plan created from the Word file');
    const info = JSON.parse((await cli(['info', 'uusi.opsu', '--json'])).stdout) as {
      title: string;
      region: string;
    };
    expect(info).toMatchObject({ title: 'Ny plan', region: 'Österbotten' });
  });

  it('explains a bad file on stderr, exits 1 and writes nothing', async () => {
    writeFixture(join(dir, 'vanha.docx'), compoundFile(['WordDocument']));
    writeFixture(join(dir, 'tyhja.docx'), await docxBuffer([para('')]));
    const cases: Array<[string, string]> = [
      ['vanha.docx', 'Tiedosto on vanhaa Word-muotoa (.doc).'],
      ['tyhja.docx', 'Asiakirjassa ei ole tekstiä. Mitään ei tuotu.'],
      ['puuttuu.docx', `Tiedostoa ei löydy: ${join(dir, 'puuttuu.docx')}`],
    ];
    for (const [file, message] of cases) {
      const result = await cli(['import-docx', 'uusi.opsu', file]);
      expect(result.code, file).toBe(EXIT_FAILED);
      expect(result.stdout).toBe('');
      expect(result.stderr.startsWith(`suunta: ${message}`), result.stderr).toBe(true);
    }
    expect(plans()).toEqual([]);
  });

  it('refuses bad options before reading the Word file', async () => {
    const cases: Array<[string[], string]> = [
      [['uusi.opsu'], 'Argumentti puuttuu: word-tiedosto'],
      [['uusi.opsu', 'aiempi.docx', '--period', '2029-2026'], 'Virheellinen valtuustokausi'],
      [['uusi.opsu', 'aiempi.docx', '--title', ' '], 'Virheellinen arvo valitsimelle --title'],
      [['uusi.opsu', 'aiempi.docx', '--language', 'de'], 'Tuntematon kieli: de'],
    ];
    for (const [args, message] of cases) {
      const result = await cli(['import-docx', ...args]);
      expect(result.code, message).toBe(EXIT_USAGE);
      expect(result.stderr).toContain(message);
    }
    expect(existsSync(join(dir, 'uusi.opsu'))).toBe(false);
  });

  it('is listed in the help', async () => {
    const help = await cli(['--help']);
    expect(help.stdout).toContain('import-docx');
    const own = await cli(['import-docx', '--help', '--lang', 'en']);
    expect(own.stdout).toContain('import-docx [options] <file> <word-file>');
  });
});
