import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { returnedDocx } from '../core/comment-import/fixtures';
import { surveyCsv } from '../core/comment-import/survey-fixtures';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './run';
import { captureCli } from './testing';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'suunta-cli-comments-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) =>
  captureCli(args, { SUUNTA_SETTINGS_DIR: join(dir, 'settings'), LANG: 'fi_FI.UTF-8' }, dir);

interface Section {
  number: string;
  title: string;
}

/** A new plan from the template, and the numbers and titles of its first two sections. */
async function newPlan(): Promise<[Section, Section]> {
  const created = await cli(['new', 'suunnitelma.opsu', '--title', 'Suunnitelma', '--region', 'X']);
  expect(created.code, created.stderr).toBe(EXIT_OK);
  const info = JSON.parse((await cli(['info', 'suunnitelma.opsu', '--json'])).stdout) as {
    sections: Section[];
  };
  return [info.sections[0]!, info.sections[1]!];
}

/** A returned draft whose headings are the plan's: 3 comments (one a reply) and 1 change. */
const returned = (sections: Section[], authors: [string, string]) =>
  returnedDocx({
    sections: sections.map((section) => ({
      heading: `${section.number} ${section.title}`,
      level: 1,
      paragraphs: ['Tämä kappale on palautetussa luonnoksessa.'],
    })),
    authors,
  });

const write = (name: string, bytes: Buffer) => writeFileSync(join(dir, name), bytes);

describe('suunta import-comments', { timeout: 120_000 }, () => {
  it('imports Word files and a survey into a new round, then warns on a second import', async () => {
    const sections = await newPlan();
    write('kerava.docx', await returned(sections, ['Keravan kaupunki', 'Tuusulan kunta']));
    write('jarvenpaa.docx', await returned(sections, ['Järvenpään kaupunki', 'Mäntsälän kunta']));
    write(
      'kysely.csv',
      surveyCsv([
        ['Organisaatio', 'Luku', 'Kommentti', 'Aikaleima'],
        ['Nurmijärven kunta', sections[0].number, 'Hyvä johdanto.', '2.3.2026'],
        ['Nurmijärven kunta', '9.9', '<script>alert(1)</script>', '2.3.2026'],
      ]),
    );
    const files = ['kerava.docx', 'jarvenpaa.docx', 'kysely.csv'];
    const first = await cli([
      'import-comments',
      'suunnitelma.opsu',
      '--round',
      'Lausuntokierros 2026',
      ...files,
    ]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(EXIT_OK);
    expect(first.stdout).toBe(
      [
        'Kommenttikierros luotu: Lausuntokierros 2026',
        'Kierrokselle Lausuntokierros 2026 tuotiin 10 kommenttia (2 muutosehdotusta, 2 vastausta toisiin kommentteihin, 1 koskee koko suunnitelmaa).',
        'kerava.docx: 4 kommenttia tuotu',
        'jarvenpaa.docx: 4 kommenttia tuotu',
        'kysely.csv: 2 kommenttia tuotu',
        '  Rivi 3: lukua ”9.9” ei löytynyt; tuotiin koko suunnitelmaa koskevana.',
        '  Saraketta ”Aikaleima” ei käytetty',
        'Uudet vastaajat: Keravan kaupunki, Tuusulan kunta, Järvenpään kaupunki, Mäntsälän kunta, Nurmijärven kunta',
        '',
      ].join('\n'),
    );

    const listed = JSON.parse(
      (await cli(['comments', 'suunnitelma.opsu', '--json'])).stdout,
    ) as Array<{ respondent: string; section: Section | null; text: string }>;
    expect(listed).toHaveLength(10);
    expect(listed.at(-1)).toMatchObject({
      respondent: 'Nurmijärven kunta',
      section: null,
      text: '<script>alert(1)</script>',
    });

    // The round is found by its title in any case; what is already there is skipped.
    const again = await cli([
      'import-comments',
      'suunnitelma.opsu',
      '--round',
      'LAUSUNTOKIERROS 2026',
      'kerava.docx',
    ]);
    expect(again.code).toBe(EXIT_OK);
    expect(again.stdout).not.toContain('Kommenttikierros luotu');
    expect(again.stdout).toMatch(/^Kierrokselle Lausuntokierros 2026 tuotiin 0 kommenttia\.$/m);
    expect(again.stdout).toMatch(
      /^ {2}Huom\. tiedosto on tuotu tälle kierrokselle jo \d{1,2}\.\d{1,2}\.\d{4}; aiemmin tuodut kommentit ohitettiin\.$/m,
    );
    expect(again.stdout).toContain(
      '  Kommentti 1 ohitettiin: sama kommentti on jo kierroksella. ”Tavoitteet pitäisi kirjata mitattavina.”',
    );
    expect(again.stdout).toContain('  Kohta ohitettiin: sama kommentti on jo kierroksella.');
  });

  it('names the file it cannot read, exits 1 and imports nothing', async () => {
    const sections = await newPlan();
    const docx = await returned(sections, ['Keravan kaupunki', 'Tuusulan kunta']);
    write('kerava.docx', docx);
    write('rikki.docx', docx.subarray(0, docx.length - 100));
    const failed = await cli([
      'import-comments',
      'suunnitelma.opsu',
      '--round',
      'Kierros',
      'kerava.docx',
      'rikki.docx',
    ]);
    expect(failed.code).toBe(EXIT_FAILED);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/^suunta: rikki\.docx: Tiedosto on vioittunut/);
    // Nothing was imported, and the round made for the import was removed again.
    const comments = await cli(['comments', 'suunnitelma.opsu', '--json']);
    expect(JSON.parse(comments.stdout)).toEqual([]);
    const info = JSON.parse((await cli(['info', 'suunnitelma.opsu', '--json'])).stdout) as {
      rounds: unknown[];
    };
    expect(info.rounds).toEqual([]);
  });

  it('explains a survey whose comment column it cannot recognise', async () => {
    await newPlan();
    write(
      'kysely.csv',
      surveyCsv([
        ['Vastaaja', 'Mitä mieltä olette?'],
        ['Kerava', 'Hyvä.'],
      ]),
    );
    const failed = await cli([
      'import-comments',
      'suunnitelma.opsu',
      '--round',
      'Kierros',
      'kysely.csv',
    ]);
    expect(failed.code).toBe(EXIT_FAILED);
    expect(failed.stderr).toBe(
      'suunta: kysely.csv: kommenttisaraketta ei tunnistettu (sarakkeet: ”Vastaaja”, ”Mitä mieltä olette?”). Nimeä kommenttien sarake esimerkiksi ”Kommentti” tai tuo tiedosto sovelluksessa. Mitään ei tuotu.\n',
    );
  });

  it('reports in the language asked for', async () => {
    const sections = await newPlan();
    write('kerava.docx', await returned(sections, ['Keravan kaupunki', 'Tuusulan kunta']));
    const result = await cli([
      'import-comments',
      'suunnitelma.opsu',
      '--round',
      'Round',
      'kerava.docx',
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toContain(
      '4 comments imported into the round Round (1 change proposal, 1 reply to another comment).',
    );
  });

  it('refuses a wrong command line with exit code 2', async () => {
    await newPlan();
    const cases = [
      [['import-comments', 'suunnitelma.opsu', 'a.docx'], 'Pakollinen valitsin puuttuu: --round'],
      [['import-comments', 'suunnitelma.opsu', '--round', 'X'], 'Argumentti puuttuu'],
      [['import-comments', 'suunnitelma.opsu', '--round', ' ', 'a.docx'], '--round'],
    ] as const;
    for (const [args, message] of cases) {
      const result = await cli([...args]);
      expect(result.code, message).toBe(EXIT_USAGE);
      expect(result.stderr).toContain(message);
    }
  });
});
