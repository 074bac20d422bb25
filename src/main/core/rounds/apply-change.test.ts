import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../../shared/domain/rounds';
import type { Section } from '../../../shared/domain/section';
import type { RevisionSummary } from '../../../shared/domain/versions';
import { lexicalText } from '../db/fixtures';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { lexicalRuns, roundPlan } from './testing';

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

/** A round on a section written in formatting runs, and a way to add change proposals to it. */
async function changeSetup(content: string) {
  const setup = await roundPlan(t);
  await setup.save(setup.first.id, content);
  const kerava = await setup.respondent('Kerava');
  const round = await setup.round('Kierros');
  await t.value('prefs.update', { name: 'Puheenjohtaja' });
  const propose = (exact: string, proposal: string, context = { prefix: '', suffix: '' }) =>
    t.value<Comment>('comments.add', {
      docId: setup.docId,
      roundId: round.id,
      comment: {
        respondentId: kerava.id,
        sectionId: setup.first.id,
        quote: { exact, ...context },
        kind: 'change',
        proposal,
        text: '',
      },
    });
  const section = () =>
    t.value<Section>('section.get', { docId: setup.docId, sectionId: setup.first.id });
  const apply = (commentId: string) =>
    t.value<{ comment: Comment; section: Section }>('comments.applyChange', {
      docId: setup.docId,
      commentId,
    });
  const reason = async (commentId: string) =>
    (await t.error('comments.applyChange', { docId: setup.docId, commentId })).details?.reason;
  return { ...setup, kerava, roundId: round.id, propose, section, apply, reason };
}

const runs = lexicalRuns(
  [
    ['Kuraattori tavataan ', 0],
    ['viikon', 1],
    [' sisällä', 2],
    [' yhteydenotosta.', 0],
  ],
  [['Psykologi tavataan kahden viikon sisällä.', 0]],
);

const textNodes = (section: Section) =>
  (
    JSON.parse(section.content!) as {
      root: { children: Array<{ children: Array<{ text: string; format: number }> }> };
    }
  ).root.children.map((paragraph) => paragraph.children.map((node) => [node.text, node.format]));

describe('applying a change proposal', () => {
  it('replaces a passage across formatting runs as a new revision, and undoes it', async () => {
    const { docId, first, propose, section, apply } = await changeSetup(runs);
    const before = await section();
    const change = await propose('tavataan viikon sisällä yhteydenotosta', 'tavataan heti', {
      prefix: 'Kuraattori ',
      suffix: '.',
    });
    t.clock.advance(1000);
    const applied = await apply(change.id);
    expect(applied.section.revision).toBe(before.revision + 1);
    expect(applied.comment.appliedRevision).toBe(before.revision + 1);
    expect(applied.section.plainText).toBe(
      'Kuraattori tavataan heti.\nPsykologi tavataan kahden viikon sisällä.',
    );
    // The new wording takes the format of the passage's first run; emptied runs go.
    expect(textNodes(applied.section)).toEqual([
      [
        ['Kuraattori tavataan heti', 0],
        ['.', 0],
      ],
      [['Psykologi tavataan kahden viikon sisällä.', 0]],
    ]);
    const history = await t.value<RevisionSummary[]>('history.list', {
      docId,
      sectionId: first.id,
    });
    expect(history[0]).toMatchObject({
      revision: applied.section.revision,
      author: 'Puheenjohtaja',
    });

    const undone = await t.value<{ comment: Comment; section: Section }>('comments.undoChange', {
      docId,
      commentId: change.id,
    });
    expect(undone.comment.appliedRevision).toBeNull();
    expect(undone.section.content).toBe(before.content);
    expect(undone.section.revision).toBe(before.revision + 2);
    expect(await t.error('comments.undoChange', { docId, commentId: change.id })).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('keeps the rest of a run when the passage lies inside it, and may delete it', async () => {
    const { propose, apply } = await changeSetup(runs);
    const inside = await propose('kahden ', '');
    const applied = await apply(inside.id);
    expect(applied.section.plainText).toBe(
      'Kuraattori tavataan viikon sisällä yhteydenotosta.\nPsykologi tavataan viikon sisällä.',
    );
    expect(textNodes(applied.section)[0]).toHaveLength(4);
  });

  it('refuses to undo once the section was edited after the change (CHANGED_SINCE)', async () => {
    const { docId, first, propose, apply, save, section } = await changeSetup(runs);
    const change = await propose('viikon sisällä yhteydenotosta', 'heti');
    await apply(change.id);
    await save(first.id, lexicalText('Kokonaan uusi teksti.'));
    const edited = await section();
    expect(await t.error('comments.undoChange', { docId, commentId: change.id })).toMatchObject({
      code: 'CHANGED_SINCE',
    });
    expect((await section()).revision).toBe(edited.revision);
  });

  it('says why a proposal cannot be applied, changing nothing', async () => {
    const { docId, first, second, kerava, roundId, propose, apply, reason, save, section } =
      await changeSetup(
        lexicalRuns(
          [['Tuki annetaan viipymättä. Tuki annetaan maksutta.', 0]],
          [['Ensimmäinen kappale.', 0]],
          [['Toinen kappale.', 0]],
        ),
      );
    const gone = await propose('Ei tällaista kohtaa', 'x');
    const ambiguous = await propose('Tuki annetaan', 'Apu annetaan');
    const spans = await propose('kappale. Toinen', 'x');
    const applied = await propose('viipymättä', 'heti');
    const comment = await t.value<Comment>('comments.add', {
      docId,
      roundId,
      comment: { respondentId: kerava.id, sectionId: first.id, text: 'Hyvä' },
    });
    const onSecond = await t.value<Comment>('comments.add', {
      docId,
      roundId,
      comment: {
        respondentId: kerava.id,
        sectionId: second.id,
        quote: { exact: 'Kuraattori', prefix: '', suffix: '' },
        kind: 'change',
        proposal: 'Kuraattorit',
        text: 'Monikko',
      },
    });
    await apply(applied.id);
    await t.value('outline.remove', { docId, sectionId: second.id });
    const before = await section();
    expect(await reason(gone.id)).toBe('removed');
    expect(await reason(ambiguous.id)).toBe('ambiguous');
    expect(await reason(spans.id)).toBe('spansParagraphs');
    expect(await reason(applied.id)).toBe('applied');
    expect(await reason(comment.id)).toBe('notAChange');
    expect(await reason(onSecond.id)).toBe('sectionRemoved');
    expect(await t.error('comments.applyChange', { docId, commentId: gone.id })).toMatchObject({
      code: 'PASSAGE_NOT_FOUND',
      messageKey: 'errors.PASSAGE_NOT_FOUND_removed',
    });
    expect(await section()).toEqual(before);
    // With context the repeated passage is found.
    await save(first.id, lexicalText('Tuki annetaan viipymättä. Tuki annetaan maksutta.'));
    const chosen = await propose('Tuki annetaan', 'Apu annetaan', {
      prefix: 'viipymättä. ',
      suffix: ' maksutta',
    });
    expect((await apply(chosen.id)).section.plainText).toBe(
      'Tuki annetaan viipymättä. Apu annetaan maksutta.',
    );
  });
});

describe('deleting a passage', () => {
  it('takes a space along, before a word or before punctuation', async () => {
    const { propose, apply } = await changeSetup(
      lexicalRuns([['Tuki annetaan nopeasti maksutta.', 0]]),
    );
    expect((await apply((await propose('nopeasti', '')).id)).section.plainText).toBe(
      'Tuki annetaan maksutta.',
    );
    expect((await apply((await propose('maksutta', '')).id)).section.plainText).toBe(
      'Tuki annetaan.',
    );
  });
});
