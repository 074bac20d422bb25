import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comment, Round } from '../../../shared/domain/rounds';
import type { SearchResults } from '../../../shared/domain/search';
import type { OpenedPlan } from '../../../shared/ipc';
import { lexicalText, readRows } from '../db/fixtures';
import { fixturePath } from '../db/schema-fixtures/generate';
import { openPlanConnection } from '../plans/test-seam';
import { roundPlan } from '../rounds/testing';
import { makeTestCore, type TestCore } from '../testing/test-core';

/**
 * The full-text index follows every write (its triggers, schema 7), and a file of an earlier schema
 * gets its index filled when opened.
 */

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

const everything = { versions: true, comments: true };

/** Each hit of `query` as "kind:number-or-field" in result order. */
async function hits(docId: string, query: string) {
  const results = await t.value<SearchResults>('search.query', {
    docId,
    query,
    sources: everything,
  });
  return results.groups.flatMap((group) =>
    group.hits.map((hit) =>
      hit.source.kind === 'version'
        ? `version ${hit.source.versionNumber}`
        : hit.source.kind === 'comment'
          ? `comment ${hit.source.commentNumber} ${hit.source.field}`
          : hit.source.kind,
    ),
  );
}

describe('the index follows the plan', () => {
  it('through saves, renames, removal and restore of sections', async () => {
    const { docId, first, save } = await roundPlan(t);
    const snowman = (await save(first.id, lexicalText('Lumiukko sulaa.'))) as { revision: number };
    expect(await hits(docId, 'lumiukko')).toEqual(['text']);
    t.clock.advance(3_600_000);
    await save(first.id, lexicalText('Vesi valuu.'));
    expect(await hits(docId, 'lumiukko')).toEqual([]);
    await t.value('outline.rename', { docId, sectionId: first.id, title: 'Lumiukon luku' });
    expect(await hits(docId, 'lumiukon')).toEqual(['title']);
    await t.value('outline.remove', { docId, sectionId: first.id });
    expect(await hits(docId, 'lumiukon')).toEqual([]);
    await t.value('outline.restore', { docId, sectionId: first.id });
    expect(await hits(docId, 'lumiukon valuu')).toEqual(['title', 'text']);
    await t.value('history.restore', { docId, sectionId: first.id, revision: snowman.revision });
    expect(await hits(docId, 'lumiukko')).toEqual(['text']);
  });

  it('through versions frozen and comments added, edited, answered and removed', async () => {
    const { docId, first, save, respondent } = await roundPlan(t);
    await save(first.id, lexicalText('Lumiukko sulaa.'));
    const round = await t.value<Round>('rounds.create', {
      docId,
      title: 'Kierros',
      versionId: null,
    });
    expect(await hits(docId, 'lumiukko')).toEqual(['text', 'version 1']);
    const kerava = await respondent('Keravan kaupunki');
    const comment = await t.value<Comment>('comments.add', {
      docId,
      roundId: round.id,
      comment: { respondentId: kerava.id, sectionId: first.id, text: 'Lumiukko on hyvä.' },
    });
    expect(await hits(docId, 'lumiukko')).toEqual(['text', 'version 1', 'comment 1 text']);
    await t.value('comments.edit', { docId, commentId: comment.id, text: 'Porkkananenä.' });
    expect(await hits(docId, 'lumiukko')).toEqual(['text', 'version 1']);
    await t.value('comments.resolve', {
      docId,
      commentIds: [comment.id],
      resolution: 'noted',
      response: 'Lumiukko saa nenän.',
    });
    expect(await hits(docId, 'lumiukko')).toEqual(['text', 'version 1', 'comment 1 response']);
    await t.value('comments.remove', { docId, commentId: comment.id });
    expect(await hits(docId, 'lumiukko')).toEqual(['text', 'version 1']);
  });

  it('through a round deleted with its comments (ON DELETE CASCADE)', async () => {
    const { plan, docId, first, save, respondent } = await roundPlan(t);
    const round = await t.value<Round>('rounds.create', {
      docId,
      title: 'Kierros',
      versionId: null,
    });
    const kerava = await respondent('Keravan kaupunki');
    await t.value('comments.add', {
      docId,
      roundId: round.id,
      comment: { respondentId: kerava.id, sectionId: first.id, text: 'Lumiukko on hyvä.' },
    });
    await save(first.id, lexicalText('Ei mitään.'));
    expect(await hits(docId, 'lumiukko')).toEqual(['comment 1 text']);
    // The app refuses to remove a round with comments; the cascade is still kept in step.
    openPlanConnection(t.core, plan.path).prepare('DELETE FROM rounds WHERE id = ?').run(round.id);
    expect(await hits(docId, 'lumiukko')).toEqual([]);
  });
});

describe('a file of an earlier schema', () => {
  it('gets its index filled when opened: texts, titles, versions and comments', async () => {
    const path = join(t.dir, 'schema-6.opsu');
    copyFileSync(fixturePath(6), path);
    const { docId } = await t.value<OpenedPlan>('plan.open', { path });
    expect(await hits(docId, 'kiusaamisen')).toEqual([
      'text',
      'version 2',
      'version 1',
      'comment 1 text',
    ]);
    expect(await hits(docId, 'huoltajat')).toEqual(['comment 2 response']);
    expect(await hits(docId, 'yhteisöllinen')).toEqual(['title', 'text', 'version 2', 'version 1']);
    await t.value('plan.close', { docId });
    expect(
      readRows(path, "SELECT count(*) AS n FROM search_entries WHERE kind = 'version'"),
    ).toEqual([{ n: 10 }]);
  });
});
