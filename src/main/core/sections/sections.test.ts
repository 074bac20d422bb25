import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Section } from '../../../shared/domain/section';
import type { OpenedPlan } from '../../../shared/ipc';
import { lexicalText } from '../db/fixtures';
import { makeTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
let plan: OpenedPlan;
let sectionId: string;

beforeEach(async () => {
  t = makeTestCore();
  await t.value('prefs.update', { name: 'Sanna Sihteeri' });
  plan = await t.newPlan();
  sectionId = plan.outline[0]!.id;
});
afterEach(() => t.dispose());

const save = (content: string, id = sectionId) =>
  t.call('section.save', { docId: plan.docId, sectionId: id, content });

/** The plan's rows as the file holds them, read after closing the plan. */
async function closedRows() {
  await t.value('plan.close', { docId: plan.docId });
  const db = new Database(plan.path, { readonly: true });
  try {
    return {
      revisions: db
        .prepare(
          'SELECT section_id, revision, content, plain_text, created_at, author FROM revisions',
        )
        .all(),
      section: db
        .prepare(
          'SELECT content, plain_text, words, revision, updated_at FROM sections WHERE id = ?',
        )
        .get(sectionId),
    };
  } finally {
    db.close();
  }
}

describe('saving a section', () => {
  it('writes the JSON, plain text, words, revision and a revision row', async () => {
    const content = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'heading',
            version: 1,
            tag: 'h2',
            children: [{ type: 'text', version: 1, text: 'Otsikko' }],
          },
          {
            type: 'paragraph',
            version: 1,
            children: [
              { type: 'text', version: 1, text: 'Yksi kaksi ' },
              { type: 'text', version: 1, format: 1, text: 'kolme' },
            ],
          },
        ],
      },
    });
    t.clock.set('2026-03-02T12:00:00.000Z');
    expect(await save(content)).toEqual({
      ok: true,
      value: { revision: 1, updatedAt: '2026-03-02T12:00:00.000Z', words: 4 },
    });
    // Six minutes later: outside the coalescing window, so a revision row of its own.
    t.clock.set('2026-03-02T12:06:00.000Z');
    expect(await save(lexicalText('Toinen versio'))).toMatchObject({ value: { revision: 2 } });
    const section = await t.value<Section>('section.get', { docId: plan.docId, sectionId });
    expect(section).toMatchObject({ plainText: 'Toinen versio', words: 2, revision: 2 });

    const rows = await closedRows();
    expect(rows.revisions).toEqual([
      {
        section_id: sectionId,
        revision: 1,
        content,
        plain_text: 'Otsikko\nYksi kaksi kolme',
        created_at: '2026-03-02T12:00:00.000Z',
        author: 'Sanna Sihteeri',
      },
      expect.objectContaining({ revision: 2, created_at: '2026-03-02T12:06:00.000Z' }),
    ]);
    expect(rows.section).toMatchObject({
      revision: 2,
      words: 2,
      updated_at: '2026-03-02T12:06:00.000Z',
    });
  });

  it('writes nothing when the content is byte-identical', async () => {
    const content = lexicalText('Sama teksti');
    await save(content);
    t.clock.advance(5_000);
    expect(await save(content)).toMatchObject({
      value: { revision: 1, updatedAt: '2026-03-01T09:00:00.000Z' },
    });
    expect((await closedRows()).revisions).toHaveLength(1);
  });

  it('refuses what is not a Lexical editor state, writing nothing', async () => {
    await save(lexicalText('Alku'));
    for (const content of ['', '{', '[]', '{"root":{}}', '{"root":{"type":"root","version":1}}']) {
      expect(await save(content)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const deep = `{"root":{"type":"root","version":1,"children":[${'{"type":"x","version":1,"children":['.repeat(60)}${']}'.repeat(60)}]}}`;
    expect(await save(deep)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const rows = await closedRows();
    expect(rows.revisions).toHaveLength(1);
    expect(rows.section).toMatchObject({ plain_text: 'Alku', revision: 1 });
  });

  it('is atomic: when the revision row cannot be written, the section is unchanged', async () => {
    await save(lexicalText('Ennen'));
    await t.value('plan.close', { docId: plan.docId });
    // A statement that fails inside the save's transaction, after the section row was updated.
    const db = new Database(plan.path);
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON revisions WHEN NEW.revision > 1
             BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    db.close();
    plan = await t.value<OpenedPlan>('plan.open', { path: plan.path });
    const failed = await save(lexicalText('Jälkeen'));
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const section = await t.value<Section>('section.get', { docId: plan.docId, sectionId });
    expect(section).toMatchObject({ plainText: 'Ennen', revision: 1 });
    const rows = await closedRows();
    expect(rows.revisions).toHaveLength(1);
    expect(rows.section).toMatchObject({ content: lexicalText('Ennen'), revision: 1 });
  });

  it('refuses removed sections and sections of removed parents', async () => {
    const child = plan.outline.find((entry) => entry.parentId === sectionId)!;
    await t.value('outline.remove', { docId: plan.docId, sectionId });
    expect(await save(lexicalText('x'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await save(lexicalText('x'), child.id)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await t.call('section.get', { docId: plan.docId, sectionId: child.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await t.value('outline.restore', { docId: plan.docId, sectionId });
    expect(await save(lexicalText('x'), child.id)).toMatchObject({ ok: true });
  });
});
