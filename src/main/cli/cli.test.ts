import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  writeForeignSqliteFile,
  writeNewerVersionPlan,
  writePlanAtVersion,
  writeRandomBytesFile,
} from '../core/db/fixtures';
import { SCHEMA_VERSION } from '../core/db/migrations';
import { lexicalText, samplePlan } from '../core/db/fixtures';
import type { Checklist } from '../../shared/domain/checklist';
import type { OpenedPlan } from '../../shared/ipc';
import { CATALOGUE_VERSION, requirementCatalogue } from '../../shared/statutory/catalogue';
import { fileState, lockAgainstWriting } from '../core/testing/files';
import { makeTestCore } from '../core/testing/test-core';
import { statutoryTemplate } from '../../shared/statutory/template';
import { defaultProcess } from '../../shared/process/default-milestones';
import { settingsDirFor } from '../core/settings/location';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './run';
import { captureCli } from './testing';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'suunta-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], env: Record<string, string> = {}) =>
  captureCli(args, { SUUNTA_SETTINGS_DIR: join(dir, 'settings'), ...env }, dir);

const countTemplate = (sections = statutoryTemplate): number =>
  sections.reduce((sum, section) => sum + 1 + countTemplate(section.children ?? []), 0);

describe('help and version', () => {
  it('shows help in the language of the environment or of --lang', async () => {
    const fi = await cli(['--help']);
    expect(fi).toMatchObject({ code: EXIT_OK, stderr: '' });
    expect(fi.stdout).toContain('Käyttö: suunta');
    expect(fi.stdout).toContain('Komennot:');
    expect((await cli(['--help'], { LANG: 'sv_FI.UTF-8' })).stdout).toContain('Kommandon:');
    const en = await cli(['--lang', 'en', '--help'], { LANG: 'sv_FI.UTF-8' });
    expect(en.stdout).toContain('Commands:');
    expect((await cli(['new', '--help', '--lang=en'])).stdout).toContain('--title <text>');
  });

  it('prints the version', async () => {
    expect(await cli(['--version'])).toEqual({ code: EXIT_OK, stdout: '1.2.3\n', stderr: '' });
  });

  it('reports usage errors in the chosen language with exit code 2', async () => {
    expect(await cli(['--bogus', '--lang', 'en'])).toEqual({
      code: EXIT_USAGE,
      stdout: '',
      stderr: 'suunta: Unknown option: --bogus\nHelp: suunta --help\n',
    });
    expect((await cli(['frobnicate'], { LC_ALL: 'en_US.UTF-8' })).stderr).toContain(
      'Unknown command: frobnicate',
    );
    expect((await cli(['info'])).stderr).toContain('Argumentti puuttuu: tiedosto');
    expect((await cli(['--lang', 'de', 'info', 'x'])).stderr).toContain('Tuntematon kieli: de');
    const bare = await cli([]);
    expect(bare.code).toBe(EXIT_USAGE);
    expect(bare.stderr).toContain('Käyttö: suunta');
  });
});

describe('suunta new', () => {
  it('creates a closed plan from the statutory template', async () => {
    const result = await cli([
      'new',
      'plan.opsu',
      '--title',
      'Alueellinen opiskeluhuoltosuunnitelma',
      '--region',
      'Pohjanmaa',
      '--period',
      '2026-2029',
      '--language',
      'sv',
    ]);
    const path = join(dir, 'plan.opsu');
    expect(result).toEqual({
      code: EXIT_OK,
      stdout: `Suunnitelma luotu: ${path} (${countTemplate()} lukua)\n`,
      stderr: '',
    });
    expect(fileState(path).companions).toEqual([]);
    const info = await cli(['info', path, '--json']);
    const parsed = JSON.parse(info.stdout) as {
      period: string;
      sections: Array<{ title: string }>;
    };
    expect(parsed.period).toBe('2026–2029');
    expect(parsed.sections[0]!.title).toBe(statutoryTemplate[0]!.title.sv);
  });

  it('refuses an existing file, leaving it untouched', async () => {
    const path = join(dir, 'taken.opsu');
    writeForeignSqliteFile(path);
    const before = fileState(path);
    const result = await cli(['new', path, '--title', 'T', '--region', 'R', '--lang', 'en']);
    expect(result).toEqual({
      code: EXIT_FAILED,
      stdout: '',
      stderr: `suunta: The file already exists: ${path}. Choose another name.\n`,
    });
    expect(fileState(path)).toEqual(before);
  });

  it('refuses bad options before creating anything', async () => {
    const cases: Array<[string[], string]> = [
      [['--region', 'R'], 'Pakollinen valitsin puuttuu: --title'],
      [['--title', 'T', '--region', 'R', '--period', '2029-2026'], 'Virheellinen valtuustokausi'],
      [['--title', ' ', '--region', 'R'], 'Virheellinen arvo valitsimelle --title'],
      [['--title', 'T', '--region', 'R', '--language', 'de'], 'Tuntematon kieli: de'],
      [['--title', 'T', '--region'], 'Valitsimelta puuttuu arvo: --region'],
    ];
    for (const [options, message] of cases) {
      const result = await cli(['new', 'x.opsu', ...options]);
      expect(result.code, message).toBe(EXIT_USAGE);
      expect(result.stderr).toContain(message);
    }
    expect(existsSync(join(dir, 'x.opsu'))).toBe(false);
  });
});

describe('suunta info', () => {
  it('prints exactly the documented JSON', async () => {
    const path = join(dir, 'sample.opsu');
    writePlanAtVersion(path);
    const result = await cli(['info', 'sample.opsu', '--json']);
    expect(result.code).toBe(EXIT_OK);
    expect(JSON.parse(result.stdout)).toEqual({
      title: 'Alueellinen opiskeluhuoltosuunnitelma',
      region: 'Esimerkin hyvinvointialue',
      period: '2026–2029',
      schemaVersion: SCHEMA_VERSION,
      sections: [
        { id: 'intro', number: '1', title: 'Johdanto', depth: 1, words: 1 },
        { id: 'goals', number: '2', title: 'Tavoitteet', depth: 1, words: 3 },
        { id: 'goals-a', number: '2.1', title: 'Periaatteet', depth: 2, words: 0 },
      ],
      checklist: {
        catalogueVersion: CATALOGUE_VERSION,
        total: 13,
        done: 0,
        inProgress: 1,
        missing: requirementCatalogue
          .map((requirement) => requirement.id)
          .filter((id) => id !== 'reg.goals_principles' && id !== 'reg.helsinki_variant'),
      },
      versions: [],
      milestones: defaultProcess.map((kind, index) => ({
        id: `m${index + 1}`,
        kind,
        title: null,
        plannedDate: null,
        actualDate: null,
        status: 'planned',
        decisionRef: null,
        versionId: null,
      })),
      rounds: [],
    });
  });

  it('prints a readable table', async () => {
    const path = join(dir, 'sample.opsu');
    writePlanAtVersion(path);
    const { stdout, code } = await cli(['info', path, '--lang', 'en']);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain('Title:');
    expect(stdout).toMatch(/^Council term: +2026–2029$/m);
    expect(stdout).toMatch(/^2\.1 {4}Periaatteet +0$/m);
    expect(stdout).toMatch(/^Statutory content: +0\/13 done, 1 in progress, 12 missing$/m);
  });

  it('never changes a byte, leaves nothing beside the file, and needs no write access', async () => {
    const path = join(dir, 'sample.opsu');
    writePlanAtVersion(path);
    const before = fileState(path);
    await cli(['info', path]);
    await cli(['info', path, '--json']);
    expect(fileState(path)).toEqual(before);
    expect(existsSync(join(dir, 'settings'))).toBe(false);
  });

  it('reads a plan in a folder nobody may write to', async () => {
    const folder = join(dir, 'locked');
    const path = join(folder, 'plan.opsu');
    mkdirSync(folder);
    writePlanAtVersion(path);
    const before = fileState(path);
    const unlock = lockAgainstWriting([path, folder]);
    if (!unlock) return;
    try {
      const result = await cli(['info', path, '--json']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(EXIT_OK);
    } finally {
      unlock();
    }
    expect(fileState(path)).toEqual(before);
  });

  const refused: Array<[string, (path: string) => void, string]> = [
    ['random bytes', writeRandomBytesFile, 'The file is not a Suunta plan'],
    ['a foreign database', writeForeignSqliteFile, 'The file is not a Suunta plan'],
    ['an empty file', (path) => writeFileSync(path, ''), 'The file is not a Suunta plan'],
    ['a newer plan', (path) => writeNewerVersionPlan(path), 'newer version of Suunta'],
  ];
  for (const [name, write, message] of refused) {
    it(`refuses ${name} on stderr, exit 1, file untouched`, async () => {
      const path = join(dir, 'file.opsu');
      write(path);
      const before = fileState(path);
      const result = await cli(['info', path, '--json', '--lang', 'en']);
      expect(result.code).toBe(EXIT_FAILED);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
      expect(fileState(path)).toEqual(before);
    });
  }

  it('says when the file is missing or open in the app', async () => {
    expect((await cli(['info', 'missing.opsu'])).stderr).toBe(
      `suunta: Tiedostoa ei löydy: ${join(dir, 'missing.opsu')}\n`,
    );
    const app = makeTestCore();
    try {
      const path = join(app.dir, 'open.opsu');
      await app.value('plan.create', { path, title: 'T', region: 'R' });
      const result = await cli(['info', path]);
      expect(result.code).toBe(EXIT_FAILED);
      expect(result.stderr).toContain('Suunnitelma on auki toisessa ohjelmassa');
    } finally {
      app.dispose();
    }
  });
});

/** A plan written in the app: every applicable requirement linked to one written, confirmed section. */
async function coveredPlan(path: string, confirmAll: boolean) {
  const app = makeTestCore();
  try {
    await app.value('prefs.update', { name: 'Maija' });
    const plan = await app.value<OpenedPlan>('plan.create', {
      path,
      title: 'Kattava',
      region: 'R',
    });
    const first = plan.outline[0]!.id;
    await app.value('section.save', {
      docId: plan.docId,
      sectionId: first,
      content: lexicalText('Kaikki yhdessä luvussa.'),
    });
    const checklist = await app.value<Checklist>('checklist.get', { docId: plan.docId });
    for (const item of checklist.items) {
      await app.value('checklist.link', {
        docId: plan.docId,
        requirementId: item.requirementId,
        sectionId: first,
      });
      if (confirmAll || item.requirementId !== 'reg.language_rights') {
        await app.value('checklist.confirm', {
          docId: plan.docId,
          requirementId: item.requirementId,
        });
      }
    }
    await app.value('plan.close', { docId: plan.docId });
  } finally {
    app.dispose();
  }
}

describe('suunta check', () => {
  it('reports each requirement and exits 1 while anything is missing', async () => {
    const path = join(dir, 'sample.opsu');
    writePlanAtVersion(path);
    const before = fileState(path);
    const result = await cli(['check', 'sample.opsu', '--lang', 'en']);
    expect(result.code).toBe(EXIT_FAILED);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Statutory content: Alueellinen opiskeluhuoltosuunnitelma');
    expect(result.stdout).toContain('Requirement catalogue 2026-11-28');
    expect(result.stdout).toMatch(
      /^\[in progress\] Objectives and key principles .*\(Pupil and Student Welfare Act, s\. 13 a\(2\)\(1\)\)$/m,
    );
    expect(result.stdout).toMatch(/^ +reg\.goals_principles · Sections: 2$/m);
    expect(result.stdout).toMatch(/^\[missing {4}\] Students' language rights/m);
    expect(result.stdout).toMatch(
      /reg\.prepared_by_group · No linked sections · secondary source$/m,
    );
    expect(result.stdout).toContain('12 items are missing.');
    expect(result.stdout).not.toContain('reg.helsinki_variant');
    expect(fileState(path)).toEqual(before);
  });

  it('speaks Finnish and Swedish, and says the Swedish labels are unverified', async () => {
    const path = join(dir, 'sample.opsu');
    writePlanAtVersion(path);
    const fi = await cli(['check', path]);
    expect(fi.stdout).toMatch(/^\[kesken \] Opiskeluhuoltopalvelujen alueellisen/m);
    expect(fi.stdout).toContain('12 kohtaa puuttuu.');
    const sv = await cli(['check', path, '--lang', 'sv']);
    expect(sv.stdout).toMatch(/^\[saknas\] De studerandes språkliga rättigheter/m);
    expect(sv.stdout).toContain('den svenska lagtexten är inte kontrollerad');
  });

  it('exits 0 when nothing is missing, and shows who confirmed', async () => {
    const path = join(dir, 'covered.opsu');
    await coveredPlan(path, false);
    const partly = await cli(['check', path, '--lang', 'en']);
    expect(partly.code).toBe(EXIT_OK);
    expect(partly.stdout).toContain('Every statutory item is covered.');
    expect(partly.stdout).toMatch(/^\[in progress\] Students' language rights/m);
    expect(partly.stdout).toMatch(
      /reg\.goals_principles · Sections: 1, 2 · Confirmed by Maija 2026-03-01$/m,
    );
    const json = JSON.parse((await cli(['info', path, '--json'])).stdout) as {
      checklist: unknown;
    };
    expect(json.checklist).toEqual({
      catalogueVersion: CATALOGUE_VERSION,
      total: 13,
      done: 12,
      inProgress: 1,
      missing: [],
    });
  });

  it('checks a plan of the older file format without changing it', async () => {
    const v1 = join(dir, 'v1.opsu');
    const v2 = join(dir, 'v2.opsu');
    writePlanAtVersion(v1, samplePlan, 1);
    writePlanAtVersion(v2, samplePlan, 2);
    const before = fileState(v1);
    const old = await cli(['check', v1, '--lang', 'en']);
    expect(old.code).toBe(EXIT_FAILED);
    expect(old.stdout).toBe((await cli(['check', v2, '--lang', 'en'])).stdout);
    const info = await cli(['info', v1, '--json']);
    expect(JSON.parse(info.stdout)).toMatchObject({ schemaVersion: 1 });
    expect(fileState(v1)).toEqual(before);
  });

  it('refuses what is not a plan like info does, and needs a file', async () => {
    const path = join(dir, 'file.opsu');
    writeRandomBytesFile(path);
    const result = await cli(['check', path, '--lang', 'en']);
    expect(result).toMatchObject({ code: EXIT_FAILED, stdout: '' });
    expect(result.stderr).toContain('The file is not a Suunta plan');
    expect((await cli(['check'])).code).toBe(EXIT_USAGE);
  });
});

describe('settings folder', () => {
  it('follows SUUNTA_SETTINGS_DIR, else the OS convention', () => {
    expect(settingsDirFor({ SUUNTA_SETTINGS_DIR: '/s' }, 'linux', '/home/u')).toBe('/s');
    expect(settingsDirFor({}, 'linux', '/home/u')).toBe('/home/u/.config/Suunta');
    expect(settingsDirFor({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/u')).toBe('/x/Suunta');
    expect(settingsDirFor({}, 'darwin', '/Users/u')).toBe(
      '/Users/u/Library/Application Support/Suunta',
    );
    expect(
      settingsDirFor({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u'),
    ).toContain('Suunta');
  });
});

const bin = resolve(import.meta.dirname, '../../../bin/suunta.js');
const built = existsSync(resolve(import.meta.dirname, '../../../out/main/cli.js'));

describe('the installed command', () => {
  it.skipIf(!built)('runs from bin/suunta.js (needs `npm run build`)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--version']);
    const pkg = JSON.parse(readFileSync(resolve(bin, '../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(stdout).toBe(`${pkg.version}\n`);
  });
});
