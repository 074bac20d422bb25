import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Respondent, Round, RoundSummary } from '../../../shared/domain/rounds';
import type { VersionSummary } from '../../../shared/domain/versions';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { roundPlan } from './testing';

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

describe('respondents', () => {
  it('registers by name, changes, lists with aliases and refuses duplicates', async () => {
    const { docId, respondent } = await roundPlan(t);
    const kerava = await respondent('Keravan kaupunki');
    await respondent('Ammattiopisto', 'provider');
    const list = await t.value<Respondent[]>('respondents.list', { docId });
    expect(list.map((r) => r.name)).toEqual(['Ammattiopisto', 'Keravan kaupunki']);
    expect(list[1]).toEqual({
      id: kerava.id,
      name: 'Keravan kaupunki',
      kind: 'municipality',
      contact: '',
      aliases: [],
    });
    expect(
      await t.error('respondents.save', {
        docId,
        respondent: { name: ' keravan   KAUPUNKI ', kind: 'other' },
      }),
    ).toMatchObject({ code: 'DUPLICATE_NAME', details: { name: 'keravan KAUPUNKI' } });
    const changed = await t.value<Respondent[]>('respondents.save', {
      docId,
      respondent: { id: kerava.id, name: 'Kerava', kind: 'municipality', contact: 'kirjaamo@x.fi' },
    });
    expect(changed.find((r) => r.id === kerava.id)).toMatchObject({
      name: 'Kerava',
      contact: 'kirjaamo@x.fi',
    });
    expect(
      await t.error('respondents.save', {
        docId,
        respondent: { id: kerava.id, name: 'Ammattiopisto', kind: 'municipality' },
      }),
    ).toMatchObject({ code: 'DUPLICATE_NAME' });
    expect(
      await t.error('respondents.save', {
        docId,
        respondent: { id: 'nobody', name: 'X', kind: 'other' },
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('removes a respondent without comments but not one with comments (IN_USE)', async () => {
    const { docId, respondent, round } = await roundPlan(t);
    const kerava = await respondent('Keravan kaupunki');
    const other = await respondent('Tuusula');
    const { id: roundId } = await round('Lausuntokierros');
    await t.value('rounds.update', { docId, roundId, patch: { invited: [other.id] } });
    await t.value('comments.add', {
      docId,
      roundId,
      comment: { respondentId: kerava.id, sectionId: null, text: 'Hyvä luonnos.' },
    });
    await t.value('comments.add', {
      docId,
      roundId,
      comment: { respondentId: kerava.id, sectionId: null, text: 'Toinen huomio.' },
    });
    expect(await t.error('respondents.remove', { docId, respondentId: kerava.id })).toMatchObject({
      code: 'IN_USE',
      details: { what: 'respondent', count: 2 },
    });
    const left = await t.value<Respondent[]>('respondents.remove', {
      docId,
      respondentId: other.id,
    });
    expect(left.map((r) => r.name)).toEqual(['Keravan kaupunki']);
    const got = await t.value<Round>('rounds.get', { docId, roundId });
    expect(got.invited).toBe(0);
  });
});

describe('rounds', () => {
  it('freezes the plan as a round version when created on no version', async () => {
    const { docId, round } = await roundPlan(t);
    const created = await round('Lausuntokierros syksy 2026', {
      opensOn: '2026-09-01',
      closesOn: '2026-09-21',
      instructions: 'Vastatkaa viimeistään 21.9.',
    });
    const versions = await t.value<VersionSummary[]>('versions.list', { docId });
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ kind: 'round', label: 'Lausuntokierros syksy 2026' });
    expect(created).toMatchObject({
      title: 'Lausuntokierros syksy 2026',
      versionId: versions[0]!.id,
      versionNumber: 1,
      versionLabel: 'Lausuntokierros syksy 2026',
      versionDigest: versions[0]!.digest,
      status: 'preparation',
      opensOn: '2026-09-01',
      closesOn: '2026-09-21',
      instructions: 'Vastatkaa viimeistään 21.9.',
      comments: 0,
      resolved: 0,
      invited: 0,
      answered: 0,
      questions: [],
      respondents: [],
    });
  });

  it('uses a given version, lists newest first and refuses a title in use', async () => {
    const { docId, round } = await roundPlan(t);
    const named = await t.value<VersionSummary>('versions.create', { docId, label: 'Luonnos 1' });
    const first = await round('Ensimmäinen', { versionId: named.id });
    expect(first.versionId).toBe(named.id);
    t.clock.advance(60_000);
    await round('Toinen');
    const list = await t.value<RoundSummary[]>('rounds.list', { docId });
    expect(list.map((r) => r.title)).toEqual(['Toinen', 'Ensimmäinen']);
    expect(
      await t.error('rounds.create', { docId, title: ' ensimmäinen ', versionId: null }),
    ).toMatchObject({ code: 'DUPLICATE_NAME', details: { name: 'ensimmäinen' } });
    expect(
      await t.error('rounds.update', {
        docId,
        roundId: list[0]!.id,
        patch: { title: 'ENSIMMÄINEN' },
      }),
    ).toMatchObject({ code: 'DUPLICATE_NAME' });
    expect(
      await t.error('rounds.create', { docId, title: 'Kolmas', versionId: 'nope' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    // The refused round froze nothing.
    expect(await t.value<VersionSummary[]>('versions.list', { docId })).toHaveLength(2);
  });

  it('refuses closing before opening, on create and update, in Finnish date format', async () => {
    const { docId, round } = await roundPlan(t);
    expect(
      await t.error('rounds.create', {
        docId,
        title: 'Kierros',
        versionId: null,
        opensOn: '2026-09-21',
        closesOn: '2026-09-01',
      }),
    ).toMatchObject({
      code: 'INVALID_DATES',
      messageKey: 'errors.INVALID_DATES_endBeforeStart',
      details: { rule: 'endBeforeStart', start: '21.9.2026', end: '1.9.2026' },
    });
    expect(await t.value<VersionSummary[]>('versions.list', { docId })).toEqual([]);
    const created = await round('Kierros', { opensOn: '2026-09-01' });
    expect(
      await t.error('rounds.update', {
        docId,
        roundId: created.id,
        patch: { closesOn: '2026-08-31' },
      }),
    ).toMatchObject({ code: 'INVALID_DATES', details: { rule: 'endBeforeStart' } });
    const updated = await t.value<Round>('rounds.update', {
      docId,
      roundId: created.id,
      patch: { closesOn: '2026-09-01', status: 'open', instructions: 'Ohje' },
    });
    expect(updated).toMatchObject({ closesOn: '2026-09-01', status: 'open', instructions: 'Ohje' });
  });

  it('keeps who was asked and who answered', async () => {
    const { docId, respondent, round } = await roundPlan(t);
    const a = await respondent('Järvenpää');
    const b = await respondent('Kerava');
    const c = await respondent('Nurmijärvi');
    const { id: roundId } = await round('Kierros');
    await t.value('rounds.update', { docId, roundId, patch: { invited: [a.id, b.id, a.id] } });
    const parent = await t.value<{ id: string }>('comments.add', {
      docId,
      roundId,
      comment: { respondentId: b.id, sectionId: null, text: 'Huomio' },
    });
    await t.value('comments.add', {
      docId,
      roundId,
      comment: { respondentId: c.id, sectionId: null, text: 'Kysymättä annettu' },
    });
    expect(parent.id).toBeTruthy();
    const got = await t.value<Round>('rounds.get', { docId, roundId });
    expect(got).toMatchObject({ invited: 2, answered: 2, comments: 2 });
    expect(got.respondents).toEqual([
      {
        respondentId: a.id,
        name: 'Järvenpää',
        kind: 'municipality',
        invited: true,
        answered: false,
        comments: 0,
      },
      {
        respondentId: b.id,
        name: 'Kerava',
        kind: 'municipality',
        invited: true,
        answered: true,
        comments: 1,
      },
      {
        respondentId: c.id,
        name: 'Nurmijärvi',
        kind: 'municipality',
        invited: false,
        answered: true,
        comments: 1,
      },
    ]);
    // `invited` replaces the list.
    const replaced = await t.value<Round>('rounds.update', {
      docId,
      roundId,
      patch: { invited: [c.id] },
    });
    expect(replaced.respondents.filter((r) => r.invited).map((r) => r.name)).toEqual([
      'Nurmijärvi',
    ]);
    expect(
      await t.error('rounds.update', { docId, roundId, patch: { invited: ['missing'] } }),
    ).toMatchObject({ code: 'NOT_FOUND', details: { what: 'respondent' } });
  });

  it('removes a round without comments, keeping its version; not one with comments', async () => {
    const { docId, respondent, round } = await roundPlan(t);
    const kerava = await respondent('Kerava');
    const empty = await round('Tyhjä');
    const used = await round('Käytetty');
    await t.value('comments.add', {
      docId,
      roundId: used.id,
      comment: { respondentId: kerava.id, sectionId: null, text: 'Huomio' },
    });
    expect(await t.error('rounds.remove', { docId, roundId: used.id })).toMatchObject({
      code: 'IN_USE',
      messageKey: 'errors.IN_USE_round',
      details: { what: 'round', count: 1 },
    });
    const left = await t.value<RoundSummary[]>('rounds.remove', { docId, roundId: empty.id });
    expect(left.map((r) => r.title)).toEqual(['Käytetty']);
    expect(await t.value<VersionSummary[]>('versions.list', { docId })).toHaveLength(2);
    expect(await t.error('rounds.get', { docId, roundId: empty.id })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('questions', () => {
  it('adds, rewords and removes questions; answers stay as comments', async () => {
    const { docId, first, respondent, round } = await roundPlan(t);
    const kerava = await respondent('Kerava');
    const { id: roundId } = await round('Kierros');
    await t.value('rounds.saveQuestion', {
      docId,
      roundId,
      sectionId: null,
      text: 'Onko suunnitelma selkeä?',
    });
    const withTwo = await t.value<Round>('rounds.saveQuestion', {
      docId,
      roundId,
      sectionId: first.id,
      text: 'Puuttuuko johdannosta jotain?',
    });
    expect(withTwo.questions).toEqual([
      {
        id: expect.any(String) as string,
        number: 1,
        sectionId: null,
        text: 'Onko suunnitelma selkeä?',
      },
      {
        id: expect.any(String) as string,
        number: 2,
        sectionId: first.id,
        text: 'Puuttuuko johdannosta jotain?',
      },
    ]);
    const [q1, q2] = withTwo.questions;
    const reworded = await t.value<Round>('rounds.saveQuestion', {
      docId,
      roundId,
      questionId: q1!.id,
      sectionId: null,
      text: 'Onko suunnitelma luettava?',
    });
    expect(reworded.questions[0]).toMatchObject({ id: q1!.id, text: 'Onko suunnitelma luettava?' });
    const answer = await t.value<{ id: string; questionId: string }>('comments.add', {
      docId,
      roundId,
      comment: { respondentId: kerava.id, sectionId: first.id, questionId: q2!.id, text: 'Ei.' },
    });
    expect(answer.questionId).toBe(q2!.id);
    const afterRemove = await t.value<Round>('rounds.removeQuestion', {
      docId,
      roundId,
      questionId: q2!.id,
    });
    expect(afterRemove.questions.map((q) => q.number)).toEqual([1]);
    const list = await t.value<{ comments: Array<{ id: string; questionId: string | null }> }>(
      'comments.list',
      { docId, roundId },
    );
    expect(list.comments).toEqual([expect.objectContaining({ id: answer.id, questionId: null })]);
    expect(
      await t.error('rounds.saveQuestion', { docId, roundId, sectionId: 'nosuch', text: 'X?' }),
    ).toMatchObject({ code: 'NOT_FOUND', details: { what: 'section' } });
    const other = await round('Toinen');
    expect(
      await t.error('rounds.removeQuestion', { docId, roundId: other.id, questionId: q1!.id }),
    ).toMatchObject({ code: 'NOT_FOUND', details: { what: 'question' } });
  });
});
