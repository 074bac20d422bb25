import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Milestone,
  MilestoneKind,
  MilestonePatch,
  Milestones,
} from '../../../shared/domain/milestones';
import type { VersionSummary } from '../../../shared/domain/versions';
import type { OpenedPlan } from '../../../shared/ipc';
import { defaultBody, defaultProcess } from '../../../shared/process/default-milestones';
import { processAtSchema3 } from '../db/migrations/003_versions';
import { lexicalText, samplePlan, writePlanAtVersion } from '../db/fixtures';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { timingOf, warningsOf } from './rules';
import { newMilestone, type MilestoneRow } from './repository';

let t: TestCore;
let plan: OpenedPlan;

const create = (language = 'fi') =>
  t.value<OpenedPlan>('plan.create', {
    path: join(t.dir, `plan-${language}.opsu`),
    title: 'Keusoten opiskeluhuoltosuunnitelma',
    region: 'Keski-Uudenmaan hyvinvointialue',
    period: '2023-2025',
    language,
  });

beforeEach(async () => {
  t = makeTestCore();
  await t.value('prefs.update', { name: 'Sanna Sihteeri' });
  t.clock.set('2022-09-01T07:00:00.000Z');
  plan = await create();
});
afterEach(() => t.dispose());

const doc = () => ({ docId: plan.docId });
const list = () => t.value<Milestones>('milestones.list', doc());
const byKind = async (kind: string) => (await list()).milestones.find((m) => m.kind === kind)!;
const update = (milestoneId: string, patch: MilestonePatch) =>
  t.call('milestones.update', { ...doc(), milestoneId, patch });
const updated = async (milestoneId: string, patch: MilestonePatch) => {
  const result = await update(milestoneId, patch);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as Milestones;
};

/** The Keusote 2022 timeline (../shared/reference/process.md). */
const keusote: Array<[string, MilestonePatch]> = [
  ['memberSurvey', { plannedDate: '2022-09-05', plannedEndDate: '2022-09-21' }],
  ['commentRound', { plannedDate: '2022-09-29', plannedEndDate: '2022-10-12' }],
  ['eveningSession', { plannedDate: '2022-10-11' }],
  ['committee', { plannedDate: '2022-11-23' }],
  ['regionalBoard', { plannedDate: '2022-11-29' }],
  ['regionalCouncil', { plannedDate: '2022-12-08' }],
];
async function setKeusoteDates() {
  for (const [kind, patch] of keusote) await updated((await byKind(kind)).id, patch);
}

describe('the default process', () => {
  it('comes with a new plan: in order, no dates, titles null, bodies in the plan language', async () => {
    const milestones = await list();
    expect(milestones.today).toBe('2022-09-01');
    expect(milestones.milestones.map((m) => m.kind)).toEqual([...defaultProcess]);
    expect(milestones.milestones[5]).toMatchObject({
      kind: 'regionalCouncil',
      title: null,
      body: 'Aluevaltuusto',
      plannedDate: null,
      status: 'planned',
      timing: 'unscheduled',
      warnings: [],
      versionId: null,
    });
    expect(milestones).toMatchObject({ currentId: null, nextId: milestones.milestones[0]!.id });
    plan = await create('sv');
    expect((await byKind('regionalCouncil')).body).toBe('Regionfullmäktige');
  });

  it('is added to plans of older file formats when they are opened', async () => {
    for (const version of [1, 2]) {
      const path = join(t.dir, `old-v${version}.opsu`);
      writePlanAtVersion(path, { ...samplePlan, language: 'sv' }, version);
      plan = await t.value<OpenedPlan>('plan.open', { path });
      const milestones = await list();
      expect(milestones.milestones.map((m) => m.kind)).toEqual([...defaultProcess]);
      expect(milestones.milestones.every((m) => m.title === null)).toBe(true);
      expect(milestones.milestones[3]!.body).toBe('Nämnden för ordnande av tjänster');
      await t.value('plan.close', doc());
    }
  });

  it('was frozen into migration 3 as it is today, and the schema 3 fixture opens', async () => {
    expect(processAtSchema3.map((row) => row[0])).toEqual([...defaultProcess]);
    for (const [kind, fi, sv, en] of processAtSchema3) {
      const body = (language: 'fi' | 'sv' | 'en') => defaultBody(kind as MilestoneKind, language);
      expect([fi, sv, en]).toEqual([body('fi'), body('sv'), body('en')]);
    }
    const path = join(t.dir, 'v3.opsu');
    writePlanAtVersion(path, samplePlan, 3);
    plan = await t.value<OpenedPlan>('plan.open', { path });
    expect((await list()).milestones.map((m) => m.kind)).toEqual([...defaultProcess]);
    expect(await t.value('versions.list', doc())).toEqual([]);
  });
});

describe('the Keusote 2022 timeline', () => {
  it('shows where each step stands as the days go by', async () => {
    await setKeusoteDates();
    const timings = async () =>
      Object.fromEntries((await list()).milestones.map((m) => [m.kind, m.timing]));
    t.clock.set('2022-09-10T09:00:00.000Z');
    expect(await timings()).toMatchObject({
      memberSurvey: 'dueSoon', // under way
      commentRound: 'upcoming',
      eveningSession: 'upcoming',
      regionalCouncil: 'upcoming',
      enforcement: 'unscheduled',
    });
    t.clock.set('2022-09-22T09:00:00.000Z');
    expect(await timings()).toMatchObject({
      memberSurvey: 'overdue',
      commentRound: 'dueSoon', // starts in 7 days
      eveningSession: 'upcoming', // 19 days away
    });
    t.clock.set('2022-10-01T09:00:00.000Z');
    expect(await timings()).toMatchObject({
      commentRound: 'dueSoon', // under way until 12.10
      eveningSession: 'dueSoon', // 10 days away
      committee: 'upcoming',
    });
    // Helsinki's calendar day: 21:30 UTC on 12.10 is already 13.10 in Helsinki.
    t.clock.set('2022-10-12T21:30:00.000Z');
    expect((await list()).today).toBe('2022-10-13');
    expect(await timings()).toMatchObject({ commentRound: 'overdue', eveningSession: 'overdue' });
  });

  it('marks the committee done, freezing a decision version, then the council', async () => {
    await setKeusoteDates();
    for (const kind of ['memberSurvey', 'commentRound', 'eveningSession']) {
      const milestone = await byKind(kind);
      await t.value('milestones.update', {
        ...doc(),
        milestoneId: milestone.id,
        patch: { status: 'done', actualDate: milestone.plannedEndDate ?? milestone.plannedDate },
      });
    }
    await t.value('section.save', {
      ...doc(),
      sectionId: plan.outline[0]!.id,
      content: lexicalText('Valiokunnalle esitetty teksti.'),
    });
    t.clock.set('2022-11-23T15:00:00.000Z');
    const committee = await byKind('committee');
    const afterCommittee = await t.value<Milestones>('milestones.markDone', {
      ...doc(),
      milestoneId: committee.id,
      actualDate: '2022-11-23',
    });
    const done = afterCommittee.milestones.find((m) => m.id === committee.id)!;
    expect(done).toMatchObject({ status: 'done', actualDate: '2022-11-23', timing: 'done' });
    expect(done.warnings).toEqual([]);
    const versions = await t.value<VersionSummary[]>('versions.list', doc());
    expect(versions[0]).toMatchObject({
      id: done.versionId,
      kind: 'decision',
      label: 'Palvelujen järjestämisen lautakunta 23.11.2022',
      milestoneId: committee.id,
      createdBy: 'Sanna Sihteeri',
    });
    expect(afterCommittee.currentId).toBe(committee.id);
    expect(afterCommittee.nextId).toBe((await byKind('regionalBoard')).id);

    await t.value('section.save', {
      ...doc(),
      sectionId: plan.outline[0]!.id,
      content: lexicalText('Valtuustolle esitetty, korjattu teksti.'),
    });
    t.clock.set('2022-12-08T18:00:00.000Z');
    const council = await byKind('regionalCouncil');
    const afterCouncil = await t.value<Milestones>('milestones.markDone', {
      ...doc(),
      milestoneId: council.id,
      actualDate: '2022-12-08',
    });
    const councilDone = afterCouncil.milestones.find((m) => m.id === council.id)!;
    // The board (29.11) is still open: doubtful, so only a warning.
    expect(councilDone.warnings).toEqual(['doneBeforePrevious']);
    const [latest, earlier] = await t.value<VersionSummary[]>('versions.list', doc());
    expect(latest).toMatchObject({ label: 'Aluevaltuusto 8.12.2022', number: 2 });
    expect(latest!.digest).not.toBe(earlier!.digest);
  });

  it('records a decision afterwards: the version frozen for it may be later than the meeting', async () => {
    t.clock.set('2022-12-12T08:00:00.000Z');
    const council = await byKind('regionalCouncil');
    const done = await t.value<Milestones>('milestones.markDone', {
      ...doc(),
      milestoneId: council.id,
      actualDate: '2022-12-08',
    });
    expect(done.milestones.find((m) => m.id === council.id)!.versionId).not.toBeNull();
    // Its own record stays valid when the meeting details are filled in later.
    expect(await update(council.id, { meetingDate: '2022-12-08', itemNumber: '12' })).toMatchObject(
      { ok: true },
    );
    // Another step may not claim that version for a meeting before it was frozen.
    const board = await byKind('regionalBoard');
    expect(
      await update(board.id, {
        versionId: done.milestones[5]!.versionId,
        actualDate: '2022-11-29',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_DATES' } });
  });

  it('links an existing version instead of freezing one', async () => {
    const version = await t.value<VersionSummary>('versions.create', {
      ...doc(),
      label: 'Iltakoulun versio',
    });
    const session = await byKind('eveningSession');
    t.clock.set('2022-10-12T09:00:00.000Z');
    const result = await t.value<Milestones>('milestones.markDone', {
      ...doc(),
      milestoneId: session.id,
      actualDate: '2022-10-11',
      versionId: version.id,
    });
    expect(result.milestones.find((m) => m.id === session.id)!.versionId).toBe(version.id);
    expect(await t.value<VersionSummary[]>('versions.list', doc())).toHaveLength(1);
  });
});

describe('impossible and doubtful dates', () => {
  it('refuses an end before its start (INVALID_DATES endBeforeStart), changing nothing', async () => {
    const survey = await byKind('memberSurvey');
    expect(
      await update(survey.id, { plannedDate: '2022-09-21', plannedEndDate: '2022-09-05' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_DATES',
        messageKey: 'errors.INVALID_DATES_endBeforeStart',
        details: { rule: 'endBeforeStart', start: '21.9.2022', end: '5.9.2022' },
      },
    });
    expect(await byKind('memberSurvey')).toEqual(survey);
    expect(await update(survey.id, { plannedEndDate: '2022-09-05' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('refuses a decision dated before the version it decided on (decisionBeforeVersion)', async () => {
    t.clock.set('2022-12-01T10:00:00.000Z');
    const version = await t.value<VersionSummary>('versions.create', {
      ...doc(),
      label: 'Hallituksen jälkeen',
    });
    const board = await byKind('regionalBoard');
    expect(
      await t.call('milestones.markDone', {
        ...doc(),
        milestoneId: board.id,
        actualDate: '2022-11-29',
        versionId: version.id,
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_DATES',
        details: {
          rule: 'decisionBeforeVersion',
          date: '29.11.2022',
          version: 1,
          versionDate: '1.12.2022',
        },
      },
    });
    expect(
      await update(board.id, { versionId: version.id, meetingDate: '2022-11-29' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_DATES' } });
    expect(await byKind('regionalBoard')).toEqual(board);
    expect(await t.value<VersionSummary[]>('versions.list', doc())).toHaveLength(1);
    // Helsinki dates: frozen 1.12.2022 at 23:30 UTC is already 2.12 in Helsinki.
    t.clock.set('2022-12-01T23:30:00.000Z');
    const late = await t.value<VersionSummary>('versions.create', { ...doc(), label: 'Yöllä' });
    expect(await update(board.id, { versionId: late.id, actualDate: '2022-12-01' })).toMatchObject({
      ok: false,
      error: { details: { versionDate: '2.12.2022' } },
    });
    expect(await update(board.id, { versionId: late.id, actualDate: '2022-12-02' })).toMatchObject({
      ok: true,
    });
  });

  it('warns about a step planned before an earlier one, and a decision done without a version', () => {
    const row = (over: Partial<MilestoneRow>): MilestoneRow => ({
      ...newMilestone('committee', null, 0, 'fi'),
      ...over,
    });
    const rows = [
      row({ id: 'a', kind: 'committee', plannedDate: '2022-11-23' }),
      row({ id: 'b', kind: 'regionalBoard', plannedDate: '2022-11-20' }),
      row({ id: 'c', kind: 'regionalCouncil', status: 'done', actualDate: '2022-12-08' }),
      row({ id: 'd', kind: 'publication', plannedDate: '2022-01-01', status: 'cancelled' }),
    ];
    expect(rows.map((_, index) => warningsOf(rows, index))).toEqual([
      [],
      ['beforePreviousStep'],
      ['doneBeforePrevious', 'noVersion'],
      [],
    ]);
    // A cancelled step does not count as an earlier step.
    const withCancelled = [
      row({ id: 'a', plannedDate: '2022-12-31', status: 'cancelled' }),
      rows[1]!,
    ];
    expect(warningsOf(withCancelled, 1)).toEqual([]);
    expect(timingOf(row({ plannedDate: '2022-12-08' }), '2022-11-24')).toBe('dueSoon');
    expect(timingOf(row({ plannedDate: '2022-12-08' }), '2022-11-23')).toBe('upcoming');
    expect(timingOf(row({ plannedDate: '2022-12-08' }), '2022-12-09')).toBe('overdue');
    expect(timingOf(row({ plannedDate: '2022-12-08', status: 'cancelled' }), '2023-01-01')).toBe(
      'inactive',
    );
    expect(timingOf(row({ plannedDate: '2022-12-08', status: 'postponed' }), '2022-12-01')).toBe(
      'dueSoon',
    );
  });
});

describe('editing the process', () => {
  it('adds, renames, reorders and removes milestones', async () => {
    const start = await list();
    const council = start.milestones[5]!;
    const added = await t.value<Milestones>('milestones.add', {
      ...doc(),
      kind: 'other',
      title: 'Nuorisovaltuuston lausunto',
      afterId: council.id,
    });
    const extra = added.milestones[6]!;
    expect(extra).toMatchObject({ kind: 'other', title: 'Nuorisovaltuuston lausunto', body: '' });
    const first = await t.value<Milestones>('milestones.add', {
      ...doc(),
      kind: 'other',
      afterId: null,
    });
    expect(first.milestones[0]!.title).toBeNull();
    const moved = await t.value<Milestones>('milestones.move', {
      ...doc(),
      milestoneId: extra.id,
      index: 0,
    });
    expect(moved.milestones[0]!.id).toBe(extra.id);
    expect(
      await t.call('milestones.move', { ...doc(), milestoneId: extra.id, index: 11 }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const renamed = await updated(extra.id, {
      title: 'Nuorten lausunto',
      notes: 'Pyydetään syksyllä',
    });
    expect(renamed.milestones[0]).toMatchObject({
      title: 'Nuorten lausunto',
      notes: 'Pyydetään syksyllä',
    });
    const cleared = await updated(extra.id, { title: null });
    expect(cleared.milestones[0]!.title).toBeNull();
    const removed = await t.value<Milestones>('milestones.remove', {
      ...doc(),
      milestoneId: extra.id,
    });
    expect(removed.milestones).toHaveLength(10);
    expect(removed.milestones.some((m: Milestone) => m.id === extra.id)).toBe(false);
    expect(await t.call('milestones.remove', { ...doc(), milestoneId: extra.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('keeps only a minutes link the app may open', async () => {
    const council = await byKind('regionalCouncil');
    await updated(council.id, {
      minutesUrl: 'https://keusote.fi/poytakirjat/aluevaltuusto-8-12-2022',
      itemNumber: '12',
      decisionText: 'hyväksyttiin muutoksitta',
    });
    expect((await byKind('regionalCouncil')).minutesUrl).toBe(
      'https://keusote.fi/poytakirjat/aluevaltuusto-8-12-2022',
    );
    for (const minutesUrl of ['javascript:alert(1)', 'file:///etc/passwd', 'https://a@b.fi/']) {
      expect(await update(council.id, { minutesUrl })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect((await updated(council.id, { minutesUrl: '' })).milestones[5]!.minutesUrl).toBe('');
  });
});
