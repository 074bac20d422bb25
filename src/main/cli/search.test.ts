import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comment, Respondent, Round } from '../../shared/domain/rounds';
import type { SearchResults } from '../../shared/domain/search';
import type { OpenedPlan } from '../../shared/ipc';
import { lexicalText } from '../core/db/fixtures';
import { fixturePath } from '../core/db/schema-fixtures/generate';
import { fileState } from '../core/testing/files';
import type { TestCore } from '../core/testing/test-core';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './run';
import { cliTestbed, type CliTestbed } from './testing';

let dir: string;
let t: TestCore;
let cli: CliTestbed['cli'];
let dispose: () => void;
beforeEach(() => ({ dir, t, cli, dispose } = cliTestbed()));
afterEach(() => dispose());

/** A closed plan with a text, a version of an older text, and a comment answered. */
async function searchablePlan(path: string) {
  const plan = await t.value<OpenedPlan>('plan.create', { path, title: 'S', region: 'A' });
  const docId = plan.docId;
  const section = plan.outline[0]!;
  const save = (text: string) =>
    t.value('section.save', { docId, sectionId: section.id, content: lexicalText(text) });
  await save('Kuraattori tavataan viikon sisällä.');
  const round = await t.value<Round>('rounds.create', { docId, title: 'Kevät', versionId: null });
  t.clock.advance(3_600_000);
  await save('Kuraattorin tapaa kolmen päivän sisällä. Kuraattori kirjaa.');
  const [kerava] = await t.value<Respondent[]>('respondents.save', {
    docId,
    respondent: { name: 'Keravan kaupunki', kind: 'municipality' },
  });
  const comment = await t.value<Comment>('comments.add', {
    docId,
    roundId: round.id,
    comment: { respondentId: kerava!.id, sectionId: null, text: 'Lisää kuraattoreita.' },
  });
  await t.value('comments.resolve', {
    docId,
    commentIds: [comment.id],
    resolution: 'noted',
    response: 'Kuraattori lisätään.',
  });
  await t.value('plan.close', { docId });
  return { section };
}

describe('suunta search', () => {
  it('prints the results as JSON exactly as the search channel gives them, read-only', async () => {
    const path = join(dir, 'plan.opsu');
    const { section } = await searchablePlan(path);
    const before = fileState(path);
    const result = await cli(['search', 'plan.opsu', 'kuraattori', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    const results = JSON.parse(result.stdout) as SearchResults;
    expect(results).toMatchObject({
      query: 'kuraattori',
      terms: ['kuraattori'],
      total: 3,
      truncated: false,
    });
    expect(results.groups.map((group) => [group.sectionId, group.number])).toEqual([
      [section.id, '1'],
      [null, ''],
    ]);
    expect(results.groups[0]!.hits[0]).toEqual({
      source: { kind: 'text' },
      snippet: [
        { text: 'Kuraattori', match: true },
        { text: 'n tapaa kolmen päivän sisällä. ', match: false },
        { text: 'Kuraattori', match: true },
        { text: ' kirjaa.', match: false },
      ],
      matches: 2,
      quote: { exact: 'Kuraattori', prefix: '', suffix: 'n tapaa kolmen päivän sisällä. K' },
    });
    expect(results.groups[0]!.hits[1]!.source).toMatchObject({ kind: 'version', versionNumber: 1 });
    expect(results.groups[1]!.hits.map((hit) => hit.source)).toMatchObject([
      { kind: 'comment', field: 'response', respondent: 'Keravan kaupunki', roundTitle: 'Kevät' },
    ]);
    expect(fileState(path)).toEqual(before);
  }, 30_000);

  it('leaves versions or comments out when asked', async () => {
    const path = join(dir, 'plan.opsu');
    await searchablePlan(path);
    const total = async (...options: string[]) =>
      (
        JSON.parse(
          (await cli(['search', 'plan.opsu', 'kuraattori', '--json', ...options])).stdout,
        ) as SearchResults
      ).total;
    expect(await total('--no-versions')).toBe(2);
    expect(await total('--no-comments')).toBe(2);
    expect(await total('--no-versions', '--no-comments')).toBe(1);
  });

  it('prints readable results in the chosen language', async () => {
    const path = join(dir, 'plan.opsu');
    await searchablePlan(path);
    const fi = await cli(['search', 'plan.opsu', 'kuraattori']);
    expect(fi.code).toBe(EXIT_OK);
    const lines = fi.stdout.split('\n');
    expect(lines[0]).toBe('3 osumaa haulla kuraattori');
    expect(lines[2]).toMatch(/^1 /);
    expect(lines[3]).toBe(
      '  Nykyinen teksti (2 kohtaa): «Kuraattori»n tapaa kolmen päivän sisällä. «Kuraattori» kirjaa.',
    );
    expect(lines[4]).toMatch(/^ {2}Versio 1: .+: «Kuraattori» tavataan viikon sisällä\.$/);
    expect(lines.slice(6, 8)).toEqual([
      'Koko suunnitelma',
      '  Kommentti 1 – Keravan kaupunki (vastine): «Kuraattori» lisätään.',
    ]);
    const en = await cli(['search', 'plan.opsu', 'psykologi', '--lang', 'en']);
    expect(en.stdout).toBe('No matches for psykologi.\n');
  });

  it('searches a file of an earlier schema without writing it', async () => {
    const path = join(dir, 'old.opsu');
    copyFileSync(fixturePath(6), path);
    const before = fileState(path);
    const result = await cli(['search', 'old.opsu', 'kiusaamisen', '--json']);
    expect(result.code).toBe(EXIT_OK);
    expect((JSON.parse(result.stdout) as SearchResults).total).toBe(4);
    expect(fileState(path)).toEqual(before);
  }, 30_000);

  it('refuses an empty query and says when the file is missing', async () => {
    expect((await cli(['search', 'plan.opsu', '   '])).code).toBe(EXIT_USAGE);
    const missing = await cli(['search', 'puuttuu.opsu', 'kuraattori']);
    expect(missing.code).toBe(EXIT_FAILED);
    expect(missing.stderr).toMatch(/^suunta: /);
  });
});
