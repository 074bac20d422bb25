import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n, errorMessage } from '../../shared/i18n';
import { toFailure } from '../core/errors';
import { makeTestCore } from '../core/testing/test-core';
import { chromiumCandidates, findChromium } from './chromium-printer';
import { exportArguments } from './export-command';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './run';
import { captureCli } from './testing';

let dir: string;
let plan: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'suunta-cli-export-'));
  plan = join(dir, 'plan.opsu');
  const created = await cli([
    'new',
    plan,
    '--title',
    'Pohjanmaan suunnitelma',
    '--region',
    'Pohjanmaa',
  ]);
  expect(created.code).toBe(EXIT_OK);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], env: Record<string, string> = {}) =>
  captureCli(
    args,
    { SUUNTA_SETTINGS_DIR: join(dir, 'settings'), LANG: 'fi_FI.UTF-8', ...env },
    dir,
  );

const chromium = (() => {
  try {
    return findChromium(process.env);
  } catch {
    return null;
  }
})();

describe('suunta export', () => {
  it('checks the command line before opening the plan', async () => {
    const cases: Array<[string[], string]> = [
      [['export', plan], 'Anna vähintään toinen valitsimista --pdf ja --docx.'],
      [
        ['export', plan, '--pdf', 'a.pdf', '--template', 't.dotx'],
        'Valitsin --template koskee vain Word-vientiä',
      ],
      [
        ['export', plan, '--docx', 'a.docx', '--annex', 'checklist,bogus'],
        'Tuntematon liite: bogus',
      ],
      [
        ['export', plan, '--docx', 'a.docx', '--round', 'Kevät 2026'],
        'Valitsin --round koskee kommenttikoostetta: anna myös --annex comments.',
      ],
      [
        ['export', plan, '--docx', 'a.docx', '--annex', 'comments', '--round', 'Kevät 2026'],
        'Suunnitelmassa ei ole kommenttikierrosta ”Kevät 2026”. Kierrokset: –',
      ],
      [['export', plan, '--docx', 'a.docx', '--language', 'de'], 'Tuntematon kieli: de'],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(EXIT_USAGE);
      expect(result.stderr).toContain(message);
    }
    expect(readdirSync(dir).filter((name) => !name.startsWith('plan'))).toEqual(['settings']);
  });

  it('writes a Word document, records it and says where', async () => {
    const result = await cli([
      'export',
      plan,
      '--docx',
      'out.docx',
      '--annex',
      'checklist,decisions',
      '--final',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(
      /^Word-asiakirja kirjoitettu: .*out\.docx \(\d+ kt\)\nSisällön tarkiste: [0-9a-f]{64}\n$/,
    );
    expect(readFileSync(join(dir, 'out.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a plan open elsewhere with LOCKED, writing nothing', async () => {
    const t = makeTestCore();
    try {
      await t.value('plan.open', { path: plan });
      const result = await cli(['export', plan, '--docx', 'out.docx', '--lang', 'en']);
      expect(result.code).toBe(EXIT_FAILED);
      expect(result.stderr).toContain('The plan is open in another program');
      expect(existsSync(join(dir, 'out.docx'))).toBe(false);
    } finally {
      t.dispose();
    }
  });

  it('takes --version as a version id, not as the program version', async () => {
    const result = await cli([
      '--lang',
      'en',
      'export',
      plan,
      '--docx',
      'out.docx',
      '--version',
      'nope',
    ]);
    expect(result.code).toBe(EXIT_FAILED);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('not found');
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
    expect(exportArguments(['export', 'a', '--version=v1'])).toEqual([
      'export',
      'a',
      '--version-id=v1',
    ]);
    expect(exportArguments(['--version'])).toEqual(['--version']);
  });

  it('says exactly what to install when there is no Chromium', async () => {
    const result = await cli(['export', plan, '--pdf', 'out.pdf'], {
      SUUNTA_CHROMIUM: join(dir, 'no-browser'),
    });
    expect(result.code).toBe(EXIT_FAILED);
    expect(result.stderr).toContain('SUUNTA_CHROMIUM');
    expect(result.stderr).toContain(join(dir, 'no-browser'));
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);

    const missing = (platform: NodeJS.Platform, language: 'fi' | 'en' = 'fi') => {
      try {
        findChromium({}, platform, () => false);
      } catch (error) {
        return errorMessage(createI18n(language), toFailure(error).error);
      }
      throw new Error('found a browser');
    };
    expect(missing('linux')).toContain('sudo apt-get install chromium');
    expect(missing('linux', 'en')).toContain('apt-get install chromium');
    expect(missing('win32')).toContain('Edge');
    expect(missing('darwin')).toContain('Chrome');
  });

  it('looks for a browser in the usual places, SUUNTA_CHROMIUM first', () => {
    expect(chromiumCandidates({ SUUNTA_CHROMIUM: '/opt/c' }, 'linux').slice(0, 3)).toEqual([
      '/opt/c',
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
    ]);
    const windows = chromiumCandidates({ PROGRAMFILES: 'C:\\Program Files' }, 'win32');
    expect(windows.some((path) => path.endsWith('msedge.exe'))).toBe(true);
    expect(chromiumCandidates({}, 'darwin')[0]).toContain('Google Chrome.app');
    expect(findChromium({}, 'linux', (path) => path === '/usr/bin/google-chrome')).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it.skipIf(chromium === null)('writes a PDF with Chromium', { timeout: 300_000 }, async () => {
    const result = await cli([
      'export',
      plan,
      '--pdf',
      'out.pdf',
      '--docx',
      'out.docx',
      '--language',
      'sv',
      '--lang',
      'sv',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(
      /^PDF skriven: .*out\.pdf \(\d+ sidor, \d+ kB\)\nWord-dokument skrivet: .*out\.docx/,
    );
    expect(readFileSync(join(dir, 'out.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
