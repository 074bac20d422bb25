import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quoteAt } from '../../shared/anchoring';
import type { Comment, Respondent, Round } from '../../shared/domain/rounds';
import type { OpenedPlan } from '../../shared/ipc';
import { lexicalText } from '../core/db/fixtures';
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

const TEXT = 'Kuraattori tavataan viikon sisällä yhteydenotosta.';

/** A plan with two rounds; the second has a resolved passage comment, a change and a general one. */
async function reviewedPlan(path: string): Promise<{ first: Round; second: Round }> {
  const plan = await t.value<OpenedPlan>('plan.create', {
    path,
    title: 'Suunnitelma',
    region: 'Keski-Uusimaa',
  });
  const docId = plan.docId;
  const section = plan.outline[0]!;
  await t.value('section.save', { docId, sectionId: section.id, content: lexicalText(TEXT) });
  const respondents = await t.value<Respondent[]>('respondents.save', {
    docId,
    respondent: { name: 'Keravan kaupunki', kind: 'municipality' },
  });
  const kerava = respondents[0]!;
  const first = await t.value<Round>('rounds.create', { docId, title: 'Kevät', versionId: null });
  t.clock.advance(60_000);
  const second = await t.value<Round>('rounds.create', { docId, title: 'Syksy', versionId: null });
  const add = (comment: object) =>
    t.value<Comment>('comments.add', { docId, roundId: second.id, comment });
  const start = TEXT.indexOf('viikon sisällä');
  const quote = quoteAt(TEXT, start, start + 'viikon sisällä'.length);
  const passage = await add({
    respondentId: kerava.id,
    sectionId: section.id,
    quote,
    text: 'Liian pitkä aika.',
  });
  await add({
    respondentId: kerava.id,
    sectionId: section.id,
    quote,
    kind: 'change',
    proposal: 'kolmen päivän kuluessa',
    text: '',
  });
  await add({ respondentId: kerava.id, sectionId: null, text: 'Selkeä luonnos.' });
  await t.value('comments.resolve', {
    docId,
    commentIds: [passage.id],
    resolution: 'accepted',
    response: 'Lyhennetty.',
  });
  await t.value('plan.close', { docId });
  return { first, second };
}

describe('suunta comments', () => {
  it('lists every comment as JSON, read-only', async () => {
    const path = join(dir, 'plan.opsu');
    await reviewedPlan(path);
    const before = fileState(path);
    const result = await cli(['comments', 'plan.opsu', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    const section = { number: '1', title: expect.any(String) as string };
    expect(JSON.parse(result.stdout)).toEqual([
      {
        round: 'Syksy',
        number: 1,
        respondent: 'Keravan kaupunki',
        section,
        quote: 'viikon sisällä',
        text: 'Liian pitkä aika.',
        kind: 'comment',
        resolution: 'accepted',
        response: 'Lyhennetty.',
      },
      {
        round: 'Syksy',
        number: 2,
        respondent: 'Keravan kaupunki',
        section,
        quote: 'viikon sisällä',
        text: '',
        kind: 'change',
        resolution: 'open',
        response: '',
      },
      {
        round: 'Syksy',
        number: 3,
        respondent: 'Keravan kaupunki',
        section: null,
        quote: null,
        text: 'Selkeä luonnos.',
        kind: 'comment',
        resolution: 'open',
        response: '',
      },
    ]);
    expect(fileState(path)).toEqual(before);
  });

  it('lists one round by title, and says when there is no such round', async () => {
    const path = join(dir, 'plan.opsu');
    await reviewedPlan(path);
    const spring = await cli(['comments', 'plan.opsu', '--round', ' kevät ', '--json']);
    expect(spring.code).toBe(EXIT_OK);
    expect(JSON.parse(spring.stdout)).toEqual([]);
    const missing = await cli(['comments', 'plan.opsu', '--round', 'Talvi']);
    expect(missing.code).toBe(EXIT_FAILED);
    expect(missing.stderr).toMatch(/^suunta: /);
    const empty = await cli(['comments', 'plan.opsu', '--round', '   ']);
    expect(empty.code).toBe(EXIT_USAGE);
  });

  it('prints a readable table in the chosen language', async () => {
    const path = join(dir, 'plan.opsu');
    await reviewedPlan(path);
    const fi = await cli(['comments', 'plan.opsu']);
    expect(fi.code).toBe(EXIT_OK);
    const lines = fi.stdout.split('\n');
    expect(lines[0]).toBe('Syksy: 3 kommenttia, käsitelty 1');
    expect(lines[1]).toMatch(/^Nro +Vastaaja +Kohta +Laji +Ratkaisu +Kommentti$/);
    expect(lines[2]).toMatch(
      /^K1 +Keravan kaupunki +1 .+ +Kommentti +Hyväksytty +Liian pitkä aika\.$/,
    );
    expect(lines[3]).toMatch(/Muutosehdotus +Avoin +viikon sisällä → kolmen päivän kuluessa$/);
    expect(lines[4]).toMatch(/^K3 +Keravan kaupunki +Yleiset kommentit +/);
    expect(fi.stdout).toContain(
      'Kevät: 0 kommenttia, käsitelty 0\nKierroksella ei ole kommentteja.',
    );
    const en = await cli(['comments', 'plan.opsu', '--lang', 'en']);
    expect(en.stdout.split('\n')[0]).toBe('Syksy: 3 comments, 1 resolved');
  });

  it('says so when the plan has no rounds, and info --json lists rounds', async () => {
    const path = join(dir, 'plan.opsu');
    const plan = await t.value<OpenedPlan>('plan.create', { path, title: 'S', region: 'A' });
    await t.value('plan.close', { docId: plan.docId });
    expect((await cli(['comments', 'plan.opsu'])).stdout).toBe(
      'Suunnitelmassa ei ole kommenttikierroksia.\n',
    );
    const other = join(dir, 'reviewed.opsu');
    const { first, second } = await reviewedPlan(other);
    const info = JSON.parse((await cli(['info', 'reviewed.opsu', '--json'])).stdout) as {
      rounds: unknown;
    };
    expect(info.rounds).toEqual([
      {
        id: second.id,
        title: 'Syksy',
        versionId: second.versionId,
        status: 'preparation',
        comments: 3,
        resolved: 1,
        respondents: 1,
      },
      {
        id: first.id,
        title: 'Kevät',
        versionId: first.versionId,
        status: 'preparation',
        comments: 0,
        resolved: 0,
        respondents: 0,
      },
    ]);
  });
});
