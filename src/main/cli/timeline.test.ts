import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Milestones } from '../../shared/domain/milestones';
import type { VersionSummary } from '../../shared/domain/versions';
import type { OpenedPlan } from '../../shared/ipc';
import { lexicalText, samplePlan, writePlanAtVersion } from '../core/db/fixtures';
import { fileState } from '../core/testing/files';
import type { TestCore } from '../core/testing/test-core';
import { EXIT_FAILED, EXIT_OK } from './run';
import { cliTestbed, type CliTestbed } from './testing';

let dir: string;
let t: TestCore;
let cli: CliTestbed['cli'];
let dispose: () => void;
beforeEach(() => ({ dir, t, cli, dispose } = cliTestbed()));
afterEach(() => dispose());

/**
 * A plan with the Keusote 2022 committee and council done (two decision versions), a named
 * version in between, left open (returns it) or closed.
 */
async function keusotePlan(path: string): Promise<OpenedPlan> {
  t.clock.set('2022-09-01T07:00:00.000Z');
  const plan = await t.value<OpenedPlan>('plan.create', {
    path,
    title: 'Keusoten opiskeluhuoltosuunnitelma',
    region: 'Keski-Uudenmaan hyvinvointialue',
  });
  const doc = { docId: plan.docId };
  const milestones = await t.value<Milestones>('milestones.list', doc);
  const id = (kind: string) => milestones.milestones.find((m) => m.kind === kind)!.id;
  const patch = (kind: string, value: object) =>
    t.value('milestones.update', { ...doc, milestoneId: id(kind), patch: value });
  await patch('memberSurvey', {
    plannedDate: '2022-09-05',
    plannedEndDate: '2022-09-21',
    status: 'done',
    actualDate: '2022-09-21',
  });
  await patch('commentRound', {
    plannedDate: '2022-09-29',
    plannedEndDate: '2022-10-12',
    status: 'done',
    actualDate: '2022-10-12',
  });
  await patch('eveningSession', { plannedDate: '2022-10-11', status: 'cancelled' });
  await patch('committee', { plannedDate: '2022-11-23', itemNumber: '§ 45' });
  await patch('regionalBoard', { plannedDate: '2022-11-29' });
  await patch('regionalCouncil', { plannedDate: '2022-12-08', itemNumber: '12' });
  const save = (text: string) =>
    t.value('section.save', { ...doc, sectionId: plan.outline[0]!.id, content: lexicalText(text) });
  await save('Valiokunnalle esitetty teksti.');
  t.clock.set('2022-11-23T14:00:00.000Z');
  await t.value('milestones.markDone', {
    ...doc,
    milestoneId: id('committee'),
    actualDate: '2022-11-23',
  });
  await save('Korjattu teksti.');
  await t.value('versions.create', { ...doc, label: 'Hallitukselle' });
  t.clock.set('2022-11-29T14:00:00.000Z');
  await t.value('milestones.markDone', {
    ...doc,
    milestoneId: id('regionalBoard'),
    actualDate: '2022-11-29',
  });
  t.clock.set('2022-12-08T18:00:00.000Z');
  await t.value('milestones.markDone', {
    ...doc,
    milestoneId: id('regionalCouncil'),
    actualDate: '2022-12-08',
  });
  return plan;
}

describe('suunta verify', () => {
  it('lists every version with its digest and exits 0 when all match, changing nothing', async () => {
    const path = join(dir, 'plan.opsu');
    const plan = await keusotePlan(path);
    await t.value('plan.close', { docId: plan.docId });
    const before = fileState(path);
    const result = await cli(['verify', 'plan.opsu', '--lang', 'en']);
    expect(result).toMatchObject({ code: EXIT_OK, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Version digests: Keusoten opiskeluhuoltosuunnitelma');
    expect(lines[2]).toMatch(/^No\.\s+Version\s+Saved\s+Digest\s+Result$/);
    expect(lines[3]).toMatch(
      /^1\s+Palvelujen järjestämisen lautakunta 23\.11\.2022\s+23\.11\.2022\s+[0-9a-f]{12}\s+OK$/,
    );
    expect(lines[6]).toMatch(/^4\s+Aluevaltuusto 8\.12\.2022\s+8\.12\.2022\s+[0-9a-f]{12}\s+OK$/);
    expect(result.stdout).toContain('The digests of all 4 versions match');
    expect(fileState(path)).toEqual(before);

    const json = JSON.parse((await cli(['verify', path, '--json'])).stdout) as {
      ok: boolean;
      versions: Array<{ number: number; digest: string; recomputed: string; ok: boolean }>;
    };
    expect(json.ok).toBe(true);
    expect(json.versions.map((version) => version.number)).toEqual([1, 2, 3, 4]);
    expect(json.versions[0]!.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(lines[3]).toContain(json.versions[0]!.digest.slice(0, 12));
  });

  it('exits 1 naming the version whose content was changed afterwards', async () => {
    const path = join(dir, 'plan.opsu');
    const plan = await keusotePlan(path);
    await t.value('plan.close', { docId: plan.docId });
    const db = new Database(path);
    db.prepare(
      "UPDATE versions SET snapshot = replace(snapshot, 'Korjattu', 'Muokattu') WHERE number = 4",
    ).run();
    db.close();
    const result = await cli(['verify', path]);
    expect(result.code).toBe(EXIT_FAILED);
    expect(result.stdout).toMatch(
      /^4\s+Aluevaltuusto 8\.12\.2022\s+\S+\s+[0-9a-f]{12}\s+EI TÄSMÄÄ$/m,
    );
    expect(result.stdout).toMatch(/^1\s.*\sOK$/m);
    expect(result.stdout).toContain('1 versio ei täsmää');
  });

  it('says so when there are no versions, reads old files and refuses a plan open elsewhere', async () => {
    const old = join(dir, 'old.opsu');
    writePlanAtVersion(old, samplePlan, 2);
    const before = fileState(old);
    const none = await cli(['verify', old, '--lang', 'sv']);
    expect(none.code).toBe(EXIT_OK);
    expect(none.stdout).toContain('Planen har inga versioner.');
    expect(fileState(old)).toEqual(before);
    const path = join(dir, 'open.opsu');
    await keusotePlan(path);
    const locked = await cli(['verify', path, '--lang', 'en']);
    expect(locked).toMatchObject({ code: EXIT_FAILED, stdout: '' });
    expect(locked.stderr).toContain('The plan is open in another program');
    expect((await cli(['verify', join(dir, 'missing.opsu')])).code).toBe(EXIT_FAILED);
  });
});

describe('suunta milestones', () => {
  it('prints the timeline as a table in the CLI language', async () => {
    const path = join(dir, 'plan.opsu');
    const plan = await keusotePlan(path);
    await t.value('plan.close', { docId: plan.docId });
    const result = await cli(['milestones', path]);
    expect(result).toMatchObject({ code: EXIT_OK, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^Aikataulu: Keusoten opiskeluhuoltosuunnitelma \(tänään \d+\.\d+\.\d{4}\)$/,
    );
    expect(lines[2]).toMatch(
      /^Vaihe\s+Suunniteltu\s+Toteutunut\s+Tila\s+Toimielin\s+Päätös\s+Versio$/,
    );
    expect(lines[3]).toMatch(
      /^Kysely jäsenorganisaatioille\s+5\.9\.2022–21\.9\.2022\s+21\.9\.2022\s+Toteutunut\s+Alueellinen opiskeluhuollon yhteistyöryhmä$/,
    );
    expect(lines[5]).toMatch(/^Aluehallituksen iltakoulu\s+11\.10\.2022\s+Peruttu\s+Aluehallitus$/);
    expect(lines[6]).toMatch(
      /^Palvelujen järjestämisen lautakunta\s+23\.11\.2022\s+23\.11\.2022\s+Toteutunut\s+Palvelujen järjestämisen lautakunta\s+§ 45\s+1$/,
    );
    expect(lines[8]).toMatch(
      /^Aluevaltuusto\s+8\.12\.2022\s+8\.12\.2022\s+Toteutunut\s+Aluevaltuusto\s+§ 12\s+4$/,
    );
    expect(result.stdout).toContain('Nyt: Aluevaltuusto (8.12.2022)');
    expect(result.stdout).toContain('Seuraavaksi: Päätöksen täytäntöönpano (ei päivämäärää)');
    const en = await cli(['milestones', path, '--lang', 'en']);
    expect(en.stdout).toMatch(
      /^Regional council\s+8\.12\.2022\s+8\.12\.2022\s+Done\s+Aluevaltuusto/m,
    );
  });
});

describe('suunta info --json', () => {
  it('gains the versions and the milestones with decision references', async () => {
    const path = join(dir, 'plan.opsu');
    const plan = await keusotePlan(path);
    await t.value('plan.close', { docId: plan.docId });
    const json = JSON.parse((await cli(['info', path, '--json'])).stdout) as Record<
      string,
      unknown
    >;
    expect(Object.keys(json)).toEqual([
      'title',
      'region',
      'period',
      'schemaVersion',
      'sections',
      'checklist',
      'versions',
      'milestones',
      'rounds',
    ]);
    const versions = json.versions as VersionSummary[];
    expect(versions).toHaveLength(4);
    expect(Object.keys(versions[0]!)).toEqual(['id', 'label', 'createdAt', 'digest']);
    expect(versions[0]).toMatchObject({
      label: 'Aluevaltuusto 8.12.2022',
      createdAt: '2022-12-08T18:00:00.000Z',
    });
    const milestones = json.milestones as Array<Record<string, unknown>>;
    expect(Object.keys(milestones[0]!)).toEqual([
      'id',
      'kind',
      'title',
      'plannedDate',
      'actualDate',
      'status',
      'decisionRef',
      'versionId',
    ]);
    expect(milestones[5]).toMatchObject({
      kind: 'regionalCouncil',
      title: null,
      plannedDate: '2022-12-08',
      actualDate: '2022-12-08',
      status: 'done',
      decisionRef: 'Aluevaltuusto 8.12.2022 § 12',
      versionId: versions[0]!.id,
    });
    expect(milestones[3]!.decisionRef).toBe('Palvelujen järjestämisen lautakunta 23.11.2022 § 45');
    expect(milestones[2]!.decisionRef).toBeNull();
    expect(milestones[7]).toMatchObject({
      kind: 'publication',
      decisionRef: null,
      versionId: null,
    });
  });
});
