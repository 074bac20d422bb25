import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LexicalNodeJson } from '../../../shared/domain/lexical';
import { DATA_BLOCK_TYPE } from '../../../shared/domain/plan-data';
import type { Comment } from '../../../shared/domain/rounds';
import { writePlanAtVersion, type FixtureSection } from '../db/fixtures';
import { closePlanFile, openPlanFile, type Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { roundPlan } from '../rounds/testing';
import { readSection } from '../sections/repository';
import { saveSection } from '../sections/service';
import { makeTestCore } from '../testing/test-core';
import { replaceInPlan, undoReplace, type ReplaceInput } from './replace';
import { element, text } from '../sections/lexical-json.testing';

const NOW = '2026-03-01T09:00:00.000Z';
const LATER = '2026-03-01T10:00:00.000Z';
const ctx = { now: NOW, author: 'Kirjoittaja' };

const paragraph = (...runs: Array<string | LexicalNodeJson>) =>
  element('paragraph', ...runs.map((run) => (typeof run === 'string' ? text(run) : run)));
const stateOf = (...blocks: LexicalNodeJson[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, children: blocks } });

let dir: string;
let path: string;
let db: Db;

const reopen = () =>
  openPlanFile(path, { backupDir: dir, appVersion: 't', now: () => new Date(NOW) });

async function openWith(sections: FixtureSection[]): Promise<void> {
  path = join(dir, 'korvaus.opsu');
  writePlanAtVersion(path, {
    title: 'Opiskeluhuoltosuunnitelma',
    region: 'Keski-Uusimaa',
    period: null,
    language: 'fi',
    sections,
  });
  db = await reopen();
}

/** A plan of sections "a", "b", … each with one saved text (a Lexical state). */
const openSections = (...contents: string[]) =>
  openWith(
    contents.map((content, index) => ({
      id: String.fromCharCode(97 + index),
      parentId: null,
      title: `Luku ${index + 1}`,
      contents: [content],
    })),
  );

const replace = (find: string, replacement: string, more: Partial<ReplaceInput> = {}) =>
  replaceInPlan(db, { find, replacement, sectionIds: null, titles: false, ...more }, ctx);

const section = (id: string) => readSection(db, id)!;
/** The blocks of a section's saved text. */
const rootOf = (id: string) =>
  (JSON.parse(section(id).content!) as { root: { children: LexicalNodeJson[] } }).root.children;
const rows = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params);

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof CoreError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('nothing thrown');
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'suunta-replace-'));
});
afterEach(() => {
  if (db?.open) closePlanFile(db);
  rmSync(dir, { recursive: true, force: true });
});

describe('replacing in the text', () => {
  it('replaces across formatting runs in the first run’s format, as one new revision', async () => {
    await openSections(
      stateOf(
        paragraph(text('Kura', 1), text('attori', 2), ' tavataan. Kuraattorin puhelin.'),
        paragraph('Psykologi.'),
      ),
    );
    const result = replace('kuraattori', 'koulukuraattori');
    expect(result).toMatchObject({
      replaced: 2,
      sections: [{ sectionId: 'a', title: 'Luku 1', count: 2, revision: 2 }],
    });
    expect(result.replaceId).toMatch(/^[A-Za-z0-9_-]+$/);
    // Case follows each match; an inflected form keeps its ending.
    expect(rootOf('a')[0]!.children).toEqual([
      text('Koulukuraattori', 1),
      text(' tavataan. Koulukuraattorin puhelin.'),
    ]);
    expect(section('a')).toMatchObject({
      plainText: 'Koulukuraattori tavataan. Koulukuraattorin puhelin.\nPsykologi.',
      words: 5,
      revision: 2,
      updatedAt: NOW,
    });
    expect(
      rows('SELECT revision, author, plain_text FROM revisions WHERE section_id = ?', 'a'),
    ).toEqual([
      {
        revision: 1,
        author: 'Testaaja',
        plain_text: 'Kuraattori tavataan. Kuraattorin puhelin.\nPsykologi.',
      },
      { revision: 2, author: 'Kirjoittaja', plain_text: section('a').plainText },
    ]);
    // The search index follows (through its triggers).
    expect(
      rows("SELECT rowid FROM search_fts WHERE search_fts MATCH 'koulukuraattori'"),
    ).toHaveLength(1);
  });

  it('keeps links: a match inside one stays in it, a link emptied by a phrase goes', async () => {
    const link = (value: string) => ({ ...element('link', text(value)), url: 'https://finlex.fi' });
    await openSections(
      stateOf(
        paragraph('Katso ', link('Finlex'), ' ja muut.'),
        paragraph('Lue ', link('Finlex-palvelu')),
      ),
    );
    replace('finlex', 'Lakisivusto');
    expect(rootOf('a')[0]!.children).toEqual(
      ['Katso ', link('Lakisivusto'), ' ja muut.'].map((run) =>
        typeof run === 'string' ? text(run) : run,
      ),
    );
    expect(section('a').plainText).toBe('Katso Lakisivusto ja muut.\nLue Lakisivusto-palvelu');
    replace('"katso lakisivusto"', 'Lue');
    expect(rootOf('a')[0]!.children).toEqual([text('Lue'), text(' ja muut.')]);
  });

  it('replaces in list items, nested lists and table cells, never across cells', async () => {
    const cell = (value: string) => element('tablecell', paragraph(value));
    await openSections(
      stateOf(
        element(
          'list',
          element(
            'listitem',
            text('Kuraattori'),
            element('list', element('listitem', text('kuraattori ja psykologi'))),
          ),
        ),
        element('table', element('tablerow', cell('Kuraattori'), cell('Psykologi'))),
      ),
    );
    expect(replace('"kuraattori psykologi"', 'x').replaced).toBe(0);
    expect(replace('kuraattori', 'Kuraattorit').replaced).toBe(3);
    expect(section('a').plainText).toBe(
      'Kuraattorit\nKuraattorit ja psykologi\nKuraattorit\nPsykologi',
    );
  });

  it('matches Finnish as Haku does: diacritics only when typed, word starts, quoted whole words', async () => {
    await openSections(
      stateOf(paragraph('Päätös ja paatos. Sää ei ole saa. Kuraattorin ja kuraattori.')),
    );
    expect(replace('päätös', 'ratkaisu').replaced).toBe(1);
    expect(replace('sää', 'ilma').replaced).toBe(1);
    expect(replace('"kuraattori"', 'KURAATTORI').replaced).toBe(1);
    expect(section('a').plainText).toBe(
      'Ratkaisu ja paatos. Ilma ei ole saa. Kuraattorin ja KURAATTORI.',
    );
    expect(replace('paatos', 'linjaus').replaced).toBe(1);
    expect(replace('kuraattori', 'kuraattori').replaced).toBe(0);
    expect(section('a').plainText).toBe(
      'Ratkaisu ja linjaus. Ilma ei ole saa. Kuraattorin ja KURAATTORI.',
    );
  });

  it('adapts case to each match and never replaces inside what it just put in', async () => {
    await openSections(stateOf(paragraph('KKT kokoontuu. kkt päättää. Kkt-työ.')));
    expect(replace('kkt', 'kkt ja laku').replaced).toBe(3);
    expect(section('a').plainText).toBe(
      'KKT JA LAKU kokoontuu. kkt ja laku päättää. Kkt ja laku-työ.',
    );
  });

  it('counts offsets in UTF-16: emoji around and inside', async () => {
    await openSections(stateOf(paragraph(text('😀 Kuraattori 👍🏽', 1), text('kuraattori🎉 ok'))));
    expect(replace('kuraattori', 'psykologi 💬').replaced).toBe(2);
    expect(rootOf('a')[0]!.children).toEqual([
      text('😀 Psykologi 💬 👍🏽', 1),
      text('psykologi 💬🎉 ok'),
    ]);
  });

  it('deletes with an empty replacement, taking one space along', async () => {
    await openSections(stateOf(paragraph('Tuki tuki ja apu. Apu ja tuki.')));
    expect(replace('tuki', '').replaced).toBe(3);
    expect(section('a').plainText).toBe('ja apu. Apu ja.');
  });

  it('leaves data blocks, unreadable texts and untouched sections alone', async () => {
    const data = {
      type: DATA_BLOCK_TYPE,
      version: 1,
      block: { kind: 'indicatorChart', indicatorId: 'kuraattori' },
      text: 'kuraattori',
    };
    await openSections(
      stateOf(paragraph('Kuraattori'), data),
      stateOf(paragraph('Psykologi')),
      stateOf(),
    );
    db.prepare(`UPDATE sections SET content = '{"not":"lexical"}' WHERE id = 'c'`).run();
    replace('kuraattori', 'Psykologi');
    expect(rootOf('a')[1]).toEqual(data);
    expect(section('b').revision).toBe(1);
    expect(section('c')).toMatchObject({ content: '{"not":"lexical"}', revision: 1 });
  });

  it('writes nothing and records nothing when nothing matches', async () => {
    await openSections(stateOf(paragraph('Psykologi')));
    expect(replace('kuraattori', 'x')).toEqual({ replaceId: null, replaced: 0, sections: [] });
    expect(rows('SELECT * FROM replacements')).toEqual([]);
    expect(section('a').revision).toBe(1);
  });
});

describe('choosing what to replace', () => {
  beforeEach(() =>
    openWith([
      { id: 'a', parentId: null, title: 'KKT:n tehtävät', contents: [stateOf(paragraph('KKT'))] },
      { id: 'b', parentId: null, title: 'Muut', contents: [stateOf(paragraph('kkt'))] },
      { id: 'b1', parentId: 'b', title: 'KKT', contents: [stateOf(paragraph('Kkt'))] },
      { id: 'c', parentId: null, title: 'Ilman tekstiä kkt' },
    ]),
  );

  it('replaces in the titles too when asked, a changed title counting as one place', () => {
    const result = replace('kkt', 'laku', { titles: true });
    expect(result.replaced).toBe(6);
    expect(result.sections).toEqual([
      { sectionId: 'a', title: 'LAKU:n tehtävät', count: 2, revision: 2 },
      { sectionId: 'b', title: 'Muut', count: 1, revision: 2 },
      { sectionId: 'b1', title: 'LAKU', count: 2, revision: 2 },
      // A title alone: no new revision of its (empty) text.
      { sectionId: 'c', title: 'Ilman tekstiä laku', count: 1, revision: 0 },
    ]);
    expect(section('c').revision).toBe(0);
  });

  it('leaves titles alone unless asked, and only the sections named', () => {
    const result = replace('kkt', 'laku', { sectionIds: ['b1', 'a'] });
    expect(result.sections.map((s) => [s.sectionId, s.title])).toEqual([
      ['a', 'KKT:n tehtävät'],
      ['b1', 'KKT'],
    ]);
    expect(section('b').plainText).toBe('kkt');
  });

  it('refuses an unknown or removed section, and a title it would empty, changing nothing', () => {
    db.prepare("UPDATE sections SET deleted_at = ? WHERE id = 'b'").run(NOW);
    expect(failure(() => replace('kkt', 'laku', { sectionIds: ['a', 'b1'] })).code).toBe(
      'NOT_FOUND',
    );
    expect(failure(() => replace('kkt', 'laku', { sectionIds: ['nope'] })).code).toBe('NOT_FOUND');
    // Section a (text and title) is written before b1's title fails.
    db.prepare("UPDATE sections SET deleted_at = NULL WHERE id = 'b'").run();
    const before = db.serialize();
    expect(failure(() => replace('kkt', '', { titles: true })).code).toBe('INVALID_INPUT');
    expect(db.serialize().equals(before)).toBe(true);
  });

  it('never replaces in a removed section when replacing everywhere', () => {
    db.prepare("UPDATE sections SET deleted_at = ? WHERE id = 'b'").run(NOW);
    expect(replace('kkt', 'laku').sections.map((s) => s.sectionId)).toEqual(['a']);
    expect(section('b1').plainText).toBe('Kkt');
  });
});

describe('refusals', () => {
  beforeEach(() => openSections(stateOf(paragraph('Kuraattori ja psykologi.'))));

  it.each(['kuraattori psykologi', '"kuraattori" "psykologi"', '§ !', '""'])(
    'needs one word or one phrase: %s',
    (find) => {
      expect(failure(() => replace(find, 'x')).code).toBe('REPLACE_NEEDS_PHRASE');
    },
  );

  it('accepts a phrase, and refuses line breaks and control characters in the replacement', () => {
    expect(failure(() => replace('ja', 'rivi\nvaihto')).code).toBe('INVALID_INPUT');
    expect(failure(() => replace('ja', 'sarkain\t')).code).toBe('INVALID_INPUT');
    expect(replace('"kuraattori ja"', 'Kuraattori tai').replaced).toBe(1);
    expect(section('a').plainText).toBe('Kuraattori tai psykologi.');
  });

  it('rolls back everything when the last write fails: the file stays byte-identical', async () => {
    // Opening and closing a plan moves SQLite's change counter: the twin is opened and closed too.
    closePlanFile(db);
    const twin = join(dir, 'kaksonen.opsu');
    copyFileSync(path, twin);
    closePlanFile(
      await openPlanFile(twin, { backupDir: dir, appVersion: 't', now: () => new Date(NOW) }),
    );
    db = await reopen();
    // The record of the replace is written last, after every section.
    db.exec(
      "CREATE TEMP TRIGGER fail_record BEFORE INSERT ON replacements BEGIN SELECT RAISE(ABORT, 'disk'); END",
    );
    expect(() => replace('kuraattori', 'psykologi')).toThrow(/disk/);
    closePlanFile(db);
    expect(readFileSync(path).equals(readFileSync(twin))).toBe(true);
  });
});

describe('undoing a replace', () => {
  beforeEach(() =>
    openWith([
      {
        id: 'a',
        parentId: null,
        title: 'Kuraattori',
        contents: [stateOf(paragraph('Kuraattori tukee.'))],
      },
      {
        id: 'b',
        parentId: null,
        title: 'Muut',
        contents: [stateOf(paragraph('Myös kuraattori.'))],
      },
      {
        id: 'c',
        parentId: null,
        title: 'Kuraattorin yhteystiedot',
        contents: [stateOf(paragraph('Puhelin'))],
      },
    ]),
  );
  const later = { now: LATER, author: 'Kumoaja' };

  it('brings back every text and title as they were, the text as a restore revision', () => {
    const before = ['a', 'b', 'c'].map(section);
    const { replaceId } = replace('kuraattori', 'Psykologi', { titles: true });
    const undone = undoReplace(db, replaceId!, later);
    expect(undone.sections).toEqual([
      { sectionId: 'a', title: 'Kuraattori', count: 2, revision: 3 },
      { sectionId: 'b', title: 'Muut', count: 1, revision: 3 },
      { sectionId: 'c', title: 'Kuraattorin yhteystiedot', count: 1, revision: 1 },
    ]);
    ['a', 'b', 'c'].forEach((id, index) => {
      expect(section(id)).toMatchObject({
        title: before[index]!.title,
        content: before[index]!.content,
        plainText: before[index]!.plainText,
      });
    });
    expect(
      rows(
        'SELECT revision, author, restored_from FROM revisions WHERE section_id = ? ORDER BY revision',
        'a',
      ),
    ).toEqual([
      { revision: 1, author: 'Testaaja', restored_from: null },
      { revision: 2, author: 'Kirjoittaja', restored_from: null },
      { revision: 3, author: 'Kumoaja', restored_from: 1 },
    ]);
    expect(failure(() => undoReplace(db, replaceId!, later))).toEqual({
      code: 'NOT_FOUND',
      details: { what: 'replacement' },
    });
    expect(failure(() => undoReplace(db, 'tuntematon', later)).code).toBe('NOT_FOUND');
  });

  it('refuses when a section was typed in or renamed since, changing nothing', () => {
    const { replaceId } = replace('kuraattori', 'Psykologi', { titles: true });
    saveSection(
      db,
      { sectionId: 'b', content: stateOf(paragraph('Myös psykologi!')) },
      LATER,
      'Toinen',
    );
    const before = db.serialize();
    expect(failure(() => undoReplace(db, replaceId!, later))).toEqual({
      code: 'CHANGED_SINCE',
      details: { what: 'replacement', title: 'Muut' },
    });
    expect(db.serialize().equals(before)).toBe(true);

    const second = replace('psykologi', 'kuraattori', { sectionIds: ['a', 'c'], titles: true });
    db.prepare("UPDATE sections SET title = 'Uusi nimi' WHERE id = 'a'").run();
    expect(failure(() => undoReplace(db, second.replaceId!, later)).details).toEqual({
      what: 'replacement',
      title: 'Uusi nimi',
    });
  });

  it('undoes a title-only change even after typing in that section', () => {
    const { replaceId } = replace('kuraattori', 'Psykologi', { titles: true, sectionIds: ['c'] });
    saveSection(
      db,
      { sectionId: 'c', content: stateOf(paragraph('Puhelin 123')) },
      LATER,
      'Toinen',
    );
    expect(undoReplace(db, replaceId!, later).sections).toEqual([
      { sectionId: 'c', title: 'Kuraattorin yhteystiedot', count: 1, revision: 2 },
    ]);
    expect(section('c')).toMatchObject({
      title: 'Kuraattorin yhteystiedot',
      plainText: 'Puhelin 123',
    });
  });

  it('undoes the newest of two replaces first, then the older one', () => {
    const first = replace('kuraattori', 'psykologi');
    const second = replace('psykologi', 'terapeutti');
    expect(failure(() => undoReplace(db, first.replaceId!, later)).code).toBe('CHANGED_SINCE');
    undoReplace(db, second.replaceId!, later);
    undoReplace(db, first.replaceId!, later);
    expect(section('a').plainText).toBe('Kuraattori tukee.');
    expect(section('b').plainText).toBe('Myös kuraattori.');
  });
});

describe('what a replace never changes', () => {
  it('leaves frozen versions and comments as they are', async () => {
    const t = makeTestCore();
    path = join(dir, 'kierros.opsu');
    try {
      const setup = await roundPlan(t);
      await t.value('versions.create', { docId: setup.docId, label: 'Luonnos' });
      const kerava = await setup.respondent('Kerava');
      const round = await setup.round('Kierros');
      await t.value<Comment>('comments.add', {
        docId: setup.docId,
        roundId: round.id,
        comment: {
          respondentId: kerava.id,
          sectionId: setup.second.id,
          quote: { exact: 'Kuraattori', prefix: '', suffix: ' tavataan' },
          kind: 'change',
          proposal: 'Kuraattori tavataan heti',
          text: 'Kuraattori on tärkeä.',
        },
      });
      await t.value('plan.close', { docId: setup.docId });
      copyFileSync(join(t.dir, 'kierros.opsu'), path);
    } finally {
      t.dispose();
    }
    db = await reopen();
    const frozen = () => [rows('SELECT * FROM versions'), rows('SELECT * FROM comments')];
    const before = frozen();
    expect(replace('kuraattori', 'Psykologi', { titles: true }).replaced).toBe(1);
    expect(frozen()).toEqual(before);
    // Haku still finds the old word in the version and the comment, no longer in the text.
    expect(
      rows(
        `SELECT DISTINCT e.kind FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
         WHERE search_fts MATCH 'kuraattori' ORDER BY e.kind`,
      ),
    ).toEqual([{ kind: 'comment' }, { kind: 'version' }]);
  });
});
