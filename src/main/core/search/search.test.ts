import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comment, Round } from '../../../shared/domain/rounds';
import {
  SEARCH_HIT_LIMIT,
  type SearchGroup,
  type SearchHit,
  type SearchResults,
  type SearchSources,
} from '../../../shared/domain/search';
import type { VersionSummary } from '../../../shared/domain/versions';
import { lexicalText } from '../db/fixtures';
import { migrations } from '../db/migrations';
import { roundPlan } from '../rounds/testing';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { searchPlan } from './service';

/** Haku across the plan (`search.query`): what is found, how it is grouped, ordered and shown. */

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

const everything: SearchSources = { versions: true, comments: true };
const textOnly: SearchSources = { versions: false, comments: false };

/** A hit's snippet as text with its matched runs in [brackets]. */
const shown = (hit: SearchHit) =>
  hit.snippet.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

/** Each group as "number title: source snippet" lines, to compare whole results at a glance. */
const listing = (results: SearchResults) =>
  results.groups.map((group: SearchGroup) => ({
    group: `${group.number} ${group.title}`.trim(),
    hits: group.hits.map((hit) => {
      const { source } = hit;
      const where =
        source.kind === 'version'
          ? `version ${source.versionNumber}`
          : source.kind === 'comment'
            ? `comment ${source.commentNumber} ${source.field}`
            : source.kind;
      return `${where}: ${shown(hit)}`;
    }),
  }));

async function plan() {
  const setup = await roundPlan(t);
  const { docId } = setup;
  const search = (query: string, sources: SearchSources = everything) =>
    t.value<SearchResults>('search.query', { docId, query, sources });
  return { ...setup, search };
}

describe('the current text', () => {
  it('finds word starts in texts and titles, grouped in reading order with snippets and quotes', async () => {
    const { docId, first, second, save, search } = await plan();
    await t.value('outline.rename', { docId, sectionId: second.id, title: 'Kuraattoripalvelut' });
    await save(
      first.id,
      lexicalText('Kuraattorin tapaa viikon sisällä. Kuraattori ja psykologi tekevät yhteistyötä.'),
    );
    const results = await search('kuraattori', textOnly);
    expect(results).toMatchObject({ query: 'kuraattori', terms: ['kuraattori'], total: 3 });
    expect(results.truncated).toBe(false);
    expect(listing(results)).toEqual([
      {
        group: `${first.number} ${first.title}`,
        hits: [
          'text: [Kuraattori]n tapaa viikon sisällä. [Kuraattori] ja psykologi tekevät yhteistyötä.',
        ],
      },
      {
        group: `${second.number} Kuraattoripalvelut`,
        hits: [
          'title: [Kuraattori]palvelut',
          'text: [Kuraattori] tavataan viikon sisällä yhteydenotosta.',
        ],
      },
    ]);
    const [text] = results.groups[0]!.hits;
    expect(text).toMatchObject({
      source: { kind: 'text' },
      matches: 2,
      quote: { exact: 'Kuraattori', prefix: '', suffix: 'n tapaa viikon sisällä. Kuraatto' },
    });
    expect(results.groups[1]!.hits[0]!.quote).toBeNull();
  });

  it('needs every word somewhere in the section, in any order; a phrase in order', async () => {
    const { docId, first, second, save, search } = await plan();
    await save(first.id, lexicalText('Oppilas ja huoltaja kutsutaan palaveriin.'));
    await t.value('outline.rename', { docId, sectionId: second.id, title: 'Huoltajat' });
    expect(listing(await search('huoltaja oppilas', textOnly))).toEqual([
      {
        group: `${first.number} ${first.title}`,
        hits: ['text: [Oppilas] ja [huoltaja] kutsutaan palaveriin.'],
      },
    ]);
    // Each word may be in the title or the text.
    expect(listing(await search('huoltaja kuraattori', textOnly))).toEqual([
      {
        group: `${second.number} Huoltajat`,
        hits: ['title: [Huoltaja]t', 'text: [Kuraattori] tavataan viikon sisällä yhteydenotosta.'],
      },
    ]);
    expect((await search('"oppilas ja"', textOnly)).total).toBe(1);
    expect((await search('"ja oppilas"', textOnly)).total).toBe(0);
    expect((await search('oppilas psykologi', textOnly)).total).toBe(0);
  });

  it('matches diacritics only where typed, and compound words by their start', async () => {
    const { first, second, save, search } = await plan();
    await save(first.id, lexicalText('Päätös tehdään. Sää on hyvä. Lumiukkosuunnitelma.'));
    await save(second.id, lexicalText('Paatos ja saa ovat eri sanoja.'));
    const found = async (query: string) => (await search(query, textOnly)).groups.map(shownHits);
    const shownHits = (group: SearchGroup) => group.hits.map(shown).join(' | ');
    expect(await found('paatos')).toEqual([
      '[Päätös] tehdään. Sää on hyvä. Lumiukkosuunnitelma.',
      '[Paatos] ja saa ovat eri sanoja.',
    ]);
    expect(await found('päätös')).toEqual(['[Päätös] tehdään. Sää on hyvä. Lumiukkosuunnitelma.']);
    expect(await found('sää')).toEqual(['Päätös tehdään. [Sää] on hyvä. Lumiukkosuunnitelma.']);
    expect(await found('lumiukko*')).toEqual([
      'Päätös tehdään. Sää on hyvä. [Lumiukko]suunnitelma.',
    ]);
    expect(await found('"lumiukko"')).toEqual([]);
  });

  it('takes FTS5 syntax as plain words, and a query of no words finds nothing', async () => {
    const { first, save, search } = await plan();
    await save(
      first.id,
      lexicalText('Toimikaa NEAR koulua: title x, a OR b NOT c. 13 a § koskee ICT-palvelut.'),
    );
    for (const query of [
      'NEAR(koulua toimikaa)',
      'title:x',
      'a OR b NOT c',
      '^toimika',
      '"13 a §"',
      'ict-PALVELUT',
    ]) {
      const results = await search(query, textOnly);
      expect(results.total, query).toBe(1);
    }
    for (const query of ['*', '""', '(((', '-', '§']) {
      expect(await search(query)).toEqual({
        query,
        terms: [],
        total: 0,
        truncated: false,
        groups: [],
      });
    }
  });

  it('leaves out sections removed from the plan, with their subsections', async () => {
    const { docId, first, save, search } = await plan();
    const child = await t.value<{ id: string }>('outline.add', {
      docId,
      parentId: first.id,
      afterId: null,
      title: 'Kuraattorin alaluku',
    });
    await save(child.id, lexicalText('Kuraattori alaluvussa.'));
    expect((await search('kuraattori', textOnly)).total).toBe(3);
    await t.value('outline.remove', { docId, sectionId: first.id });
    expect((await search('kuraattori', textOnly)).total).toBe(1);
    await t.value('outline.restore', { docId, sectionId: first.id });
    expect((await search('kuraattori', textOnly)).total).toBe(3);
  });
});

describe('versions and comments', () => {
  async function reviewed() {
    const setup = await plan();
    const { docId, first, second, save, respondent } = setup;
    const kerava = await respondent('Keravan kaupunki');
    const round = await t.value<Round>('rounds.create', {
      docId,
      title: 'Lausuntokierros',
      versionId: null,
    });
    const add = (comment: object, roundId = round.id) =>
      t.value<Comment>('comments.add', { docId, roundId, comment });
    await save(second.id, lexicalText('Kuraattori tavataan kolmen päivän sisällä.'));
    await t.value('versions.create', { docId, label: 'Hallitukselle' });
    await save(first.id, lexicalText('Opiskeluhuolto ja kuraattori.'));
    await add({
      respondentId: kerava.id,
      sectionId: null,
      text: 'Kuraattorit ovat liian kiireisiä.',
    });
    await add({
      respondentId: kerava.id,
      sectionId: second.id,
      text: 'Milloin kuraattori tavataan?',
    });
    await add({
      respondentId: kerava.id,
      sectionId: second.id,
      kind: 'change',
      quote: { exact: 'viikon', prefix: 'tavataan ', suffix: ' sisällä' },
      proposal: 'kuraattorin kolmen päivän',
      text: '',
    });
    return { ...setup, kerava, round, add };
  }

  it('finds them as asked, newest version first, comments by round and number, field by field', async () => {
    const { docId, first, second, search } = await reviewed();
    const versions = await t.value<VersionSummary[]>('versions.list', { docId });
    expect(versions.map((version) => version.number).sort()).toEqual([1, 2]);
    expect(listing(await search('kuraattori'))).toEqual([
      {
        group: `${first.number} ${first.title}`,
        hits: ['text: Opiskeluhuolto ja [kuraattori].'],
      },
      {
        group: `${second.number} ${second.title}`,
        hits: [
          'text: [Kuraattori] tavataan kolmen päivän sisällä.',
          'version 2: [Kuraattori] tavataan kolmen päivän sisällä.',
          'version 1: [Kuraattori] tavataan viikon sisällä yhteydenotosta.',
          'comment 2 text: Milloin [kuraattori] tavataan?',
          'comment 3 proposal: [kuraattori]n kolmen päivän',
        ],
      },
      { group: '', hits: ['comment 1 text: [Kuraattori]t ovat liian kiireisiä.'] },
    ]);
    expect((await search('kuraattori', { versions: false, comments: true })).total).toBe(5);
    expect((await search('kuraattori', { versions: true, comments: false })).total).toBe(4);
    expect((await search('kuraattori', textOnly)).total).toBe(2);
  });

  it('describes where each hit is: version label, round, respondent, resolution', async () => {
    const { docId, round, search } = await reviewed();
    const results = await search('milloin');
    const hit = results.groups[0]!.hits[0]!;
    expect(hit.source).toMatchObject({
      kind: 'comment',
      roundId: round.id,
      roundTitle: 'Lausuntokierros',
      commentNumber: 2,
      respondent: 'Keravan kaupunki',
      field: 'text',
      resolution: 'open',
    });
    await t.value('comments.resolve', {
      docId,
      commentIds: [(hit.source as { commentId: string }).commentId],
      resolution: 'noted',
      response: 'Kuraattori tavataan viikon sisällä, milloin tahansa.',
    });
    const answered = (await search('milloin')).groups[0]!.hits;
    expect(answered.map((h) => h.source)).toMatchObject([
      { field: 'text', resolution: 'noted' },
      { field: 'response', resolution: 'noted' },
    ]);
    const version = (await search('yhteydenotosta')).groups[0]!.hits[0]!.source;
    expect(version).toMatchObject({
      kind: 'version',
      versionNumber: 1,
      versionLabel: expect.any(String) as string,
    });
  });

  it('puts sections no longer in the plan after the plan, before the plan as a whole', async () => {
    const { docId, second, search } = await reviewed();
    await t.value('outline.remove', { docId, sectionId: second.id });
    const results = await search('kuraattori');
    expect(results.groups.map((group) => [group.sectionId, group.number, group.title])).toEqual([
      [expect.any(String), expect.any(String), expect.any(String)],
      [second.id, '', second.title],
      [null, '', ''],
    ]);
    expect(results.groups[1]!.hits.map((hit) => hit.source.kind)).toEqual([
      'version',
      'version',
      'comment',
      'comment',
    ]);
  });
});

describe('the hit limit', () => {
  const withSearchSchema = (use: (db: Database.Database) => void) => {
    const db = new Database(':memory:');
    try {
      for (const step of migrations) step.up(db);
      use(db);
    } finally {
      db.close();
    }
  };
  const addSections = (db: Database.Database, count: number) => {
    const insert = db.prepare(
      `INSERT INTO sections (id, parent_id, position, title, plain_text, updated_at)
       VALUES (?, NULL, ?, ?, ?, '2026-01-01')`,
    );
    for (let i = 0; i < count; i++) insert.run(`s${i}`, i, `Luku ${i}`, 'Kuraattori.');
  };

  it(`returns at most ${SEARCH_HIT_LIMIT} hits of versions and comments, in reading order, and counts them all`, () => {
    withSearchSchema((db) => {
      const sections = 12;
      const versions = 50;
      db.transaction(() => {
        addSections(db, sections);
        const snapshot = JSON.stringify({
          outline: Array.from({ length: sections }, (_, i) => ({
            id: `s${i}`,
            title: `Luku ${i}`,
          })),
          sections: Array.from({ length: sections }, (_, i) => ({
            id: `s${i}`,
            plainText: 'Kuraattori silloin.',
          })),
        });
        const insert = db.prepare(
          `INSERT INTO versions (id, number, label, kind, created_at, digest, snapshot)
           VALUES (?, ?, ?, 'named', '2026-01-01', ?, ?)`,
        );
        for (let n = 1; n <= versions; n++)
          insert.run(`v${n}`, n, `V${n}`, '0'.repeat(64), snapshot);
      })();
      const results = searchPlan(db, { query: 'kuraattori', sources: everything });
      const hits = results.groups.flatMap((group) => group.hits);
      expect(results.total).toBe(sections + sections * versions);
      expect(results.truncated).toBe(true);
      expect(hits.filter((hit) => hit.source.kind === 'version')).toHaveLength(SEARCH_HIT_LIMIT);
      // Every section's current text is there, the last ones too: what a replace would change.
      expect(hits.filter((hit) => hit.source.kind === 'text')).toHaveLength(sections);
      expect(results.groups.map((group) => group.title)).toEqual(
        Array.from({ length: sections }, (_, i) => `Luku ${i}`),
      );
    });
  });

  it('returns every hit in the current text, however many sections have one', () => {
    withSearchSchema((db) => {
      const count = SEARCH_HIT_LIMIT + 20;
      db.transaction(() => addSections(db, count))();
      const results = searchPlan(db, { query: 'kuraattori', sources: textOnly });
      expect(results.total).toBe(count);
      expect(results.truncated).toBe(false);
      expect(results.groups.flatMap((group) => group.hits)).toHaveLength(count);
    });
  });
});
