import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Checklist } from '../../../shared/domain/checklist';
import type { Section } from '../../../shared/domain/section';
import type { Revision, RevisionSummary } from '../../../shared/domain/versions';
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

const MINUTE = 60_000;
const save = (text: string) =>
  t.value<{ revision: number }>('section.save', {
    docId: plan.docId,
    sectionId,
    content: lexicalText(text),
  });
const history = () => t.value<RevisionSummary[]>('history.list', { docId: plan.docId, sectionId });
const texts = async () => (await history()).map((entry) => `${entry.revision}:${entry.excerpt}`);

describe('coalescing autosaves into revisions', () => {
  it('keeps one history entry per five-minute window of one author, yet counts every save', async () => {
    expect(await save('Yksi')).toEqual(expect.objectContaining({ revision: 1 }));
    t.clock.advance(MINUTE);
    expect(await save('Yksi kaksi')).toEqual(expect.objectContaining({ revision: 2 }));
    t.clock.advance(MINUTE);
    expect(await save('Yksi kaksi kolme')).toEqual(expect.objectContaining({ revision: 3 }));
    // One entry: the newest text, under the newest revision number and time.
    expect(await history()).toEqual([
      {
        revision: 3,
        createdAt: '2026-03-01T09:02:00.000Z',
        author: 'Sanna Sihteeri',
        words: 3,
        excerpt: 'Yksi kaksi kolme',
      },
    ]);
    // The window does not slide: five minutes after it opened, the next save starts a new entry.
    t.clock.advance(3 * MINUTE);
    await save('Neljä');
    t.clock.advance(MINUTE);
    await save('Neljä viisi');
    expect(await texts()).toEqual(['5:Neljä viisi', '3:Yksi kaksi kolme']);
  });

  it('starts a new entry when another author saves', async () => {
    await save('Sihteerin teksti');
    await t.value('prefs.update', { name: 'Pekka Puheenjohtaja' });
    t.clock.advance(MINUTE);
    await save('Puheenjohtajan teksti');
    const entries = await history();
    expect(entries.map((entry) => [entry.revision, entry.author])).toEqual([
      [2, 'Pekka Puheenjohtaja'],
      [1, 'Sanna Sihteeri'],
    ]);
  });

  it('keeps a checklist confirmation able to see a coalesced change', async () => {
    const checklist = await t.value<Checklist>('checklist.get', { docId: plan.docId });
    const requirementId = checklist.items[0]!.requirementId;
    await t.value('checklist.link', { docId: plan.docId, requirementId, sectionId });
    await save('Riittävä teksti');
    await t.value('checklist.confirm', { docId: plan.docId, requirementId });
    t.clock.advance(MINUTE);
    await save('Riittävä teksti, muutettu');
    const after = await t.value<Checklist>('checklist.get', { docId: plan.docId });
    const item = after.items.find((entry) => entry.requirementId === requirementId)!;
    expect(item.changedSinceConfirmed).toBe(true);
  });
});

describe('section history', () => {
  beforeEach(async () => {
    await save('Ensimmäinen luonnos');
    t.clock.advance(10 * MINUTE);
    await save('Toinen luonnos');
    t.clock.advance(10 * MINUTE);
    await save('Kolmas luonnos');
  });

  it('lists revisions newest first and reads one back', async () => {
    expect(await texts()).toEqual([
      '3:Kolmas luonnos',
      '2:Toinen luonnos',
      '1:Ensimmäinen luonnos',
    ]);
    const first = await t.value<Revision>('history.get', {
      docId: plan.docId,
      sectionId,
      revision: 1,
    });
    expect(first).toMatchObject({
      revision: 1,
      content: lexicalText('Ensimmäinen luonnos'),
      plainText: 'Ensimmäinen luonnos',
      words: 2,
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    expect(
      await t.call('history.get', { docId: plan.docId, sectionId, revision: 9 }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('restores an old revision as a new one of its own, losing nothing', async () => {
    t.clock.advance(MINUTE);
    const restored = await t.value<Section>('history.restore', {
      docId: plan.docId,
      sectionId,
      revision: 1,
    });
    expect(restored).toMatchObject({ plainText: 'Ensimmäinen luonnos', revision: 4 });
    // Within a minute of the previous save by the same author, yet an entry of its own …
    expect(await texts()).toEqual([
      '4:Ensimmäinen luonnos',
      '3:Kolmas luonnos',
      '2:Toinen luonnos',
      '1:Ensimmäinen luonnos',
    ]);
    // … and typing right after it does not swallow the restore.
    t.clock.advance(MINUTE);
    await save('Ensimmäinen luonnos, jatkettu');
    expect((await texts()).slice(0, 2)).toEqual([
      '5:Ensimmäinen luonnos, jatkettu',
      '4:Ensimmäinen luonnos',
    ]);
  });

  it('refuses a removed section and an unknown revision, changing nothing', async () => {
    expect(
      await t.call('history.restore', { docId: plan.docId, sectionId, revision: 7 }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await t.value('outline.remove', { docId: plan.docId, sectionId });
    expect(await t.call('history.list', { docId: plan.docId, sectionId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await t.call('history.restore', { docId: plan.docId, sectionId, revision: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await t.value('outline.restore', { docId: plan.docId, sectionId });
    expect(await texts()).toHaveLength(3);
  });
});
