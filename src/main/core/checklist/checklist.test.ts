import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Checklist } from '../../../shared/domain/checklist';
import type { PlanMeta } from '../../../shared/domain/plan';
import type { OpenedPlan } from '../../../shared/ipc';
import { CATALOGUE_VERSION, requirementCatalogue } from '../../../shared/statutory/catalogue';
import { flattenTemplate } from '../../../shared/statutory/template';
import { lexicalText, samplePlan, writePlanAtVersion } from '../db/fixtures';
import { templateLinksAtSchema2 } from '../db/migrations/002_checklist';
import { providerInput, staffingInput } from '../plan-data/testing';
import { makeTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
let plan: OpenedPlan;
beforeEach(async () => {
  t = makeTestCore();
  plan = await t.newPlan();
});
afterEach(() => t.dispose());

const sectionByKey = (key: string) => plan.outline.find((entry) => entry.templateKey === key)!;
const item = (checklist: Checklist, id: string) =>
  checklist.items.find((entry) => entry.requirementId === id)!;
const get = () => t.value<Checklist>('checklist.get', { docId: plan.docId });
const save = (sectionId: string, text: string) =>
  t.value('section.save', { docId: plan.docId, sectionId, content: lexicalText(text) });

describe('the checklist of a new plan', () => {
  it('lists every applicable requirement as missing, linked as the template says', async () => {
    const checklist = await get();
    expect(checklist.catalogueVersion).toBe(CATALOGUE_VERSION);
    expect(checklist.total).toBe(13);
    expect(checklist.missing).toHaveLength(13);
    expect(checklist.missing).not.toContain('reg.helsinki_variant');
    expect(item(checklist, 'reg.cooperation_plan').sectionIds).toEqual([
      sectionByKey('cooperation').id,
      sectionByKey('cooperation.structures').id,
      sectionByKey('cooperation.practices').id,
      sectionByKey('cooperation.premises').id,
    ]);
    // Every requirement of the template has a section, so every one can be reached.
    for (const entry of checklist.items) expect(entry.sectionIds.length).toBeGreaterThan(0);
  });

  it('gets the same links as the frozen schema 2 map while the template is unchanged', () => {
    const current = Object.fromEntries(
      flattenTemplate()
        .filter(({ section }) => section.requirements.length > 0)
        .map(({ section }) => [section.key, [...section.requirements]]),
    );
    expect(current).toEqual(templateLinksAtSchema2);
  });
});

describe('status as she writes, links and confirms', () => {
  it('goes missing → kesken → valmis, and notes text changed after confirming', async () => {
    const goals = sectionByKey('goals').id;
    expect(item(await get(), 'reg.goals_principles').status).toBe('missing');
    await save(goals, 'Tavoitteena on yhdenvertainen saatavuus.');
    expect(item(await get(), 'reg.goals_principles').status).toBe('inProgress');

    await t.value('prefs.update', { name: 'Maija Meikäläinen' });
    t.clock.set('2026-04-02T10:00:00.000Z');
    const confirmed = await t.value<Checklist>('checklist.confirm', {
      docId: plan.docId,
      requirementId: 'reg.goals_principles',
    });
    expect(item(confirmed, 'reg.goals_principles')).toMatchObject({
      status: 'done',
      confirmedBy: 'Maija Meikäläinen',
      confirmedAt: '2026-04-02T10:00:00.000Z',
      changedSinceConfirmed: false,
    });
    expect(confirmed.done).toBe(1);

    await save(goals, 'Tavoitteena on yhdenvertainen saatavuus kaikille.');
    expect(item(await get(), 'reg.goals_principles')).toMatchObject({
      status: 'done',
      changedSinceConfirmed: true,
    });
    // Confirming again records the new revisions.
    const again = await t.value<Checklist>('checklist.confirm', {
      docId: plan.docId,
      requirementId: 'reg.goals_principles',
    });
    expect(item(again, 'reg.goals_principles').changedSinceConfirmed).toBe(false);

    const withdrawn = await t.value<Checklist>('checklist.unconfirm', {
      docId: plan.docId,
      requirementId: 'reg.goals_principles',
    });
    expect(item(withdrawn, 'reg.goals_principles')).toMatchObject({
      status: 'inProgress',
      confirmedBy: null,
      confirmedAt: null,
    });
  });

  it('refuses to confirm a requirement no linked section has text for', async () => {
    const result = await t.call('checklist.confirm', {
      docId: plan.docId,
      requirementId: 'reg.language_rights',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await get()).done).toBe(0);
  });

  it('links and unlinks any section, and counts text only of linked, visible sections', async () => {
    const intro = sectionByKey('intro').id;
    await save(intro, 'Johdannossa kerrotaan kielellisistä oikeuksista.');
    expect(item(await get(), 'reg.language_rights').status).toBe('missing');
    const linked = await t.value<Checklist>('checklist.link', {
      docId: plan.docId,
      requirementId: 'reg.language_rights',
      sectionId: intro,
    });
    expect(item(linked, 'reg.language_rights')).toMatchObject({ status: 'inProgress' });
    expect(item(linked, 'reg.language_rights').sectionIds[0]).toBe(intro);
    // Linking twice is one link.
    await t.value('checklist.link', {
      docId: plan.docId,
      requirementId: 'reg.language_rights',
      sectionId: intro,
    });
    expect(item(await get(), 'reg.language_rights').sectionIds).toHaveLength(2);

    await t.value('outline.remove', { docId: plan.docId, sectionId: intro });
    expect(item(await get(), 'reg.language_rights')).toMatchObject({ status: 'missing' });
    await t.value('outline.restore', { docId: plan.docId, sectionId: intro });
    expect(item(await get(), 'reg.language_rights').status).toBe('inProgress');

    const unlinked = await t.value<Checklist>('checklist.unlink', {
      docId: plan.docId,
      requirementId: 'reg.language_rights',
      sectionId: intro,
    });
    expect(item(unlinked, 'reg.language_rights').sectionIds).toEqual([
      sectionByKey('language_rights').id,
    ]);
    expect(item(unlinked, 'reg.language_rights').status).toBe('missing');
  });

  it('refuses unknown requirements and sections, and removed sections', async () => {
    const goals = sectionByKey('goals').id;
    const call = (channel: string, input: Record<string, unknown>) =>
      t.call(channel, { docId: plan.docId, ...input });
    expect(
      await call('checklist.link', { requirementId: 'reg.no_such_thing', sectionId: goals }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await call('checklist.link', { requirementId: 'reg.goals_principles', sectionId: 'nope' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await call('checklist.link', { requirementId: 'reg.helsinki_variant', sectionId: goals }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('checklist.unconfirm', { requirementId: 'reg.nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await t.value('outline.remove', { docId: plan.docId, sectionId: goals });
    expect(
      await call('checklist.link', { requirementId: 'reg.goals_principles', sectionId: goals }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.call('checklist.get', { docId: plan.docId }, 'window-2')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('drops the links of a section removed for good when the plan closes', async () => {
    const goals = sectionByKey('goals').id;
    await t.value('outline.remove', { docId: plan.docId, sectionId: goals });
    await t.value('plan.close', { docId: plan.docId });
    const db = new Database(plan.path, { readonly: true });
    expect(
      db.prepare('SELECT count(*) AS n FROM section_requirements WHERE section_id = ?').get(goals),
    ).toEqual({ n: 0 });
    db.close();
  });
});

describe("evidence from the plan's data", () => {
  it('shows the providers, staffing and indicators, lifting missing items to kesken', async () => {
    const docId = plan.docId;
    const fresh = await get();
    expect(item(fresh, 'reg.based_on_provider_plans')).toMatchObject({
      status: 'missing',
      evidence: { kind: 'providerPlans', total: 0, missing: [], counts: false },
    });
    expect(item(fresh, 'reg.resource_allocation').evidence).toEqual({
      kind: 'staffing',
      rows: 0,
      statutoryMet: null,
      counts: false,
    });
    expect(item(fresh, 'reg.cooperation_plan')).not.toHaveProperty('evidence');
    await t.value('providers.save', { docId, provider: providerInput({ name: 'Tuusulan kunta' }) });
    await t.value('providers.save', {
      docId,
      provider: providerInput({
        name: 'Keravan kaupunki',
        planStatus: 'adopted',
        adoptedOn: '2025-05-05',
        needFigures: [{ label: 'Kuraattorit', value: 3, unit: 'htv' }],
      }),
    });
    // Kuraattori 670 / 1.0 met, psykologi 670 > 780 × 0.5 missed.
    await t.value('staffing.save', {
      docId,
      row: staffingInput({
        area: 'Kerava',
        pupils: 670,
        fte: { kuraattori: 1, psykologi: 0.5, terveydenhoitaja: null, laakari: null },
      }),
    });
    const checklist = await get();
    const providerPlans = {
      kind: 'providerPlans',
      total: 2,
      adopted: 1,
      withNeed: 1,
      missing: ['Tuusulan kunta'],
      counts: true,
    };
    expect(item(checklist, 'reg.based_on_provider_plans')).toMatchObject({
      status: 'inProgress',
      evidence: providerPlans,
    });
    expect(item(checklist, 'reg.total_need_from_provider_plans').evidence).toEqual(providerPlans);
    expect(item(checklist, 'reg.resource_allocation')).toMatchObject({
      status: 'inProgress',
      evidence: { kind: 'staffing', rows: 1, statutoryMet: false, counts: true },
    });
    expect(item(checklist, 'reg.implementation_monitoring')).toMatchObject({
      status: 'missing',
      evidence: { kind: 'indicators', total: 0, withTargets: 0, counts: false },
    });
    // Evidence alone is enough to confirm; without it the requirement is refused, as before.
    const confirmed = await t.value<Checklist>('checklist.confirm', {
      docId,
      requirementId: 'reg.based_on_provider_plans',
    });
    expect(item(confirmed, 'reg.based_on_provider_plans').status).toBe('done');
    const refused = await t.call('checklist.confirm', {
      docId,
      requirementId: 'reg.implementation_monitoring',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('the Helsinki variant', () => {
  it('swaps the attachment requirement for the Helsinki one', async () => {
    const meta = await t.value<PlanMeta>('plan.updateMeta', { docId: plan.docId, helsinki: true });
    expect(meta.helsinki).toBe(true);
    const checklist = await get();
    const ids = checklist.items.map((entry) => entry.requirementId);
    expect(ids).toContain('reg.helsinki_variant');
    expect(ids).not.toContain('reg.attached_to_child_youth_plan');
    expect(checklist.total).toBe(13);
    const intro = sectionByKey('intro').id;
    await t.value('checklist.link', {
      docId: plan.docId,
      requirementId: 'reg.helsinki_variant',
      sectionId: intro,
    });
    const back = await t.value<PlanMeta>('plan.updateMeta', { docId: plan.docId, helsinki: false });
    expect(back.helsinki).toBe(false);
    expect((await get()).items.map((entry) => entry.requirementId)).not.toContain(
      'reg.helsinki_variant',
    );
  });
});

describe('a plan made by schema 1', () => {
  it('gets its sections linked by template key when migrated', async () => {
    const path = join(t.dir, 'old.opsu');
    writePlanAtVersion(path, samplePlan, 1);
    const old = await t.value<OpenedPlan>('plan.open', { path });
    expect(old.meta).toMatchObject({ helsinki: false, catalogueVersion: '2026-11-28' });
    const checklist = await t.value<Checklist>('checklist.get', { docId: old.docId });
    expect(checklist.total).toBe(requirementCatalogue.length - 1);
    // 'goals' was written in (two revisions) and serves reg.goals_principles.
    expect(item(checklist, 'reg.goals_principles')).toMatchObject({
      status: 'inProgress',
      sectionIds: ['goals'],
    });
    expect(checklist.inProgress).toBe(1);
    // 'intro' has text but the template links no requirement to the chapter itself.
    expect(checklist.missing).toHaveLength(12);
  });

  it('matches a file written by schema 2 from the same content', async () => {
    const v1 = join(t.dir, 'v1.opsu');
    const v2 = join(t.dir, 'v2.opsu');
    writePlanAtVersion(v1, samplePlan, 1);
    writePlanAtVersion(v2, samplePlan, 2);
    const a = await t.value<OpenedPlan>('plan.open', { path: v1 });
    const b = await t.value<OpenedPlan>('plan.open', { path: v2 });
    expect(await t.value('checklist.get', { docId: a.docId })).toEqual(
      await t.value('checklist.get', { docId: b.docId }),
    );
  });
});
