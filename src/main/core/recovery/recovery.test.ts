import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecoveredDraft } from '../../../shared/domain/recovery';
import type { OpenedPlan } from '../../../shared/ipc';
import { lexicalText } from '../db/fixtures';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { DraftFiles, MAX_PLANS_KEPT } from './store';

let t: TestCore;
let plan: OpenedPlan;
let sectionId: string;

beforeEach(async () => {
  t = makeTestCore();
  plan = await t.newPlan();
  sectionId = plan.outline[0]!.id;
});
afterEach(() => t.dispose());

/**
 * As after a crash of the whole app: the core is gone (only the plan file is released), a new one
 * on the same folders opens `path`, `then` runs, and the drafts offered are returned.
 */
async function draftsAfterRestart(
  path = plan.path,
  then: (next: TestCore, docId: string) => Promise<unknown> = () => Promise.resolve(),
): Promise<RecoveredDraft[]> {
  t.core.close();
  const next = makeTestCore({ root: join(t.dir, '..') });
  try {
    const reopened = await next.value<OpenedPlan>('plan.open', { path });
    await then(next, reopened.docId);
    return await drafts(reopened.docId, next);
  } finally {
    next.core.close();
  }
}

const recoveryDir = () => join(t.settingsDir, 'recovery');
const stash = (text: string, id = sectionId) =>
  t.value('recovery.stash', { docId: plan.docId, sectionId: id, content: lexicalText(text) });
const drafts = async (docId = plan.docId, core = t) =>
  (await core.value<{ drafts: RecoveredDraft[] }>('recovery.list', { docId })).drafts;
const save = (text: string) =>
  t.value<{ revision: number }>('section.save', {
    docId: plan.docId,
    sectionId,
    content: lexicalText(text),
  });

describe('stashed drafts', () => {
  it('are offered with the section title, a preview, the base revision and the time', async () => {
    await save('Tallennettu');
    t.clock.set('2026-03-01T10:15:00.000Z');
    await stash('Tallennettu ja vielä tallentamatonta tekstiä');

    expect(await drafts()).toEqual([
      {
        sectionId,
        title: plan.outline[0]!.title,
        baseRevision: 1,
        stashedAt: '2026-03-01T10:15:00.000Z',
        content: lexicalText('Tallennettu ja vielä tallentamatonta tekstiä'),
        preview: 'Tallennettu ja vielä tallentamatonta tekstiä',
      },
    ]);
  });

  it('keep only the newest content of a section', async () => {
    await stash('eka');
    await stash('eka toka');
    const listed = await drafts();
    expect(listed.map((draft) => draft.preview)).toEqual(['eka toka']);
  });

  it('are not offered once a save of the section followed, and a save clears them', async () => {
    await stash('kesken');
    await save('kesken');
    expect(await drafts()).toEqual([]);
    expect(readdirSync(recoveryDir())).toEqual([]);
  });

  it('are stale once the section was saved on another revision (e.g. in a later session)', async () => {
    await stash('vanha luonnos');
    const offered = await draftsAfterRestart(plan.path, (next, docId) =>
      next.value('section.save', {
        docId,
        sectionId,
        content: lexicalText('myöhemmin kirjoitettu'),
      }),
    );
    expect(offered).toEqual([]);
  });

  it('are not kept when they equal the stored text, which leaves a waiting draft alone', async () => {
    await save('sama');
    await stash('sama');
    expect(await drafts()).toEqual([]);
    // After a reload the editor hands back the stored text before she answers the offer.
    await stash('sama ja luonnos');
    await stash('sama');
    expect((await drafts()).map((draft) => draft.preview)).toEqual(['sama ja luonnos']);
  });

  it('are forgotten by discard, file and all', async () => {
    await stash('pois');
    expect(readdirSync(recoveryDir())).toHaveLength(1);
    await t.value('recovery.discard', { docId: plan.docId, sectionId });
    expect(await drafts()).toEqual([]);
    expect(readdirSync(recoveryDir())).toEqual([]);
  });

  it('survive a crash of the whole app: a new core on the same folders offers them', async () => {
    await save('tallennettu');
    await stash('tallennettu ja tallentamaton');
    // No close, no flush: the process is gone.
    expect((await draftsAfterRestart()).map((draft) => [draft.sectionId, draft.preview])).toEqual([
      [sectionId, 'tallennettu ja tallentamaton'],
    ]);
  });

  it('follow the plan to its new file after "Tallenna nimellä"', async () => {
    const original = plan.path;
    await save('tallennettu');
    await stash('tallennettu ja tallentamaton');
    const copy = await t.value<OpenedPlan>('plan.saveAs', {
      docId: plan.docId,
      path: join(t.dir, 'kopio.opsu'),
    });
    expect(copy.path).not.toBe(original);
    expect((await drafts()).map((draft) => draft.preview)).toEqual([
      'tallennettu ja tallentamaton',
    ]);
    // After a crash the draft is offered for the file she was editing, not for the original.
    expect((await draftsAfterRestart(copy.path)).map((draft) => draft.preview)).toEqual([
      'tallennettu ja tallentamaton',
    ]);
    expect(await draftsAfterRestart(original)).toEqual([]);
  });

  it('are offered to the same window after its page reloads (the plan stays open)', async () => {
    await stash('ennen kaatumista');
    const again = await t.value<OpenedPlan>('plan.open', { path: plan.path });
    expect((await drafts(again.docId)).map((draft) => draft.preview)).toEqual(['ennen kaatumista']);
  });

  it('stay in memory when the disk refuses them', async () => {
    mkdirSync(t.settingsDir, { recursive: true });
    writeFileSync(recoveryDir(), 'not a folder');
    await stash('vain muistissa');
    expect((await drafts()).map((draft) => draft.preview)).toEqual(['vain muistissa']);
  });

  it('ignore a damaged or foreign recovery file', async () => {
    await stash('luonnos');
    const [name] = readdirSync(recoveryDir());
    const file = join(recoveryDir(), name!);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { path: string; drafts: unknown[] };
    expect(stored.path).toBe(plan.path);

    const cases = [
      '{ not json',
      JSON.stringify({ path: '/elsewhere.opsu', drafts: stored.drafts }),
      JSON.stringify({ path: plan.path, drafts: [{ sectionId, content: 42 }] }),
      JSON.stringify({
        path: plan.path,
        drafts: [{ sectionId, baseRevision: 0, stashedAt: 'x', content: '<script>' }],
      }),
    ];
    for (const text of cases) {
      writeFileSync(file, text);
      expect(await draftsAfterRestart()).toEqual([]);
    }
  });

  it('refuse content that is not an editor state, unknown sections and other windows', async () => {
    const bad = await t.error('recovery.stash', {
      docId: plan.docId,
      sectionId,
      content: '{"root":1}',
    });
    expect(bad.code).toBe('INVALID_INPUT');
    const missing = await t.error('recovery.stash', {
      docId: plan.docId,
      sectionId: 'a'.repeat(plan.outline[0]!.id.length),
      content: lexicalText('x'),
    });
    expect(missing.code).toBe('NOT_FOUND');
    const foreign = await t.error('recovery.list', { docId: plan.docId }, 'window-2');
    expect(foreign.code).toBe('NOT_FOUND');
    expect(await drafts()).toEqual([]);
  });
});

describe('the recovery folder', () => {
  it(`keeps the drafts of at most ${MAX_PLANS_KEPT} plans, dropping the oldest`, () => {
    const files = new DraftFiles(recoveryDir());
    const draft = { sectionId, baseRevision: 0, stashedAt: 'x', content: lexicalText('x') };
    for (let index = 0; index < MAX_PLANS_KEPT + 5; index += 1) {
      files.write(`/plans/${index}.opsu`, [draft]);
    }
    expect(readdirSync(recoveryDir())).toHaveLength(MAX_PLANS_KEPT);
    expect(files.read(`/plans/${MAX_PLANS_KEPT + 4}.opsu`)).toEqual([draft]);
    rmSync(recoveryDir(), { recursive: true });
  });
});
