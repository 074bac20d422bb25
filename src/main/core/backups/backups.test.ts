import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupIdSchema, type BackupEntry, type BackupList } from '../../../shared/domain/backups';
import type { OpenedPlan } from '../../../shared/ipc';
import { lexicalText, readRows, samplePlan, writePlanAtVersion } from '../db/fixtures';
import { SCHEMA_VERSION } from '../db/migrations';
import { recordReliability } from '../testing/reliability';
import { fileState } from '../testing/files';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { planBackupFolder } from './naming';
import { KEEP_NEWEST } from './retention';
import { EDITING_INTERVAL_MS } from './service';

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

const MINUTE = 60 * 1000;

async function createPlan(file = 'suunnitelma.opsu', title = 'Keusote 2026'): Promise<OpenedPlan> {
  return t.value<OpenedPlan>('plan.create', {
    path: join(t.dir, file),
    title,
    region: 'Keski-Uudenmaan hyvinvointialue',
    period: '2026–2029',
    language: 'fi',
  });
}

const listOf = async (plan: OpenedPlan) =>
  (await t.value<BackupList>('backups.list', { docId: plan.docId })).backups;

const save = (plan: OpenedPlan, text: string) =>
  t.value('section.save', {
    docId: plan.docId,
    sectionId: plan.outline[0]!.id,
    content: lexicalText(text),
  });

/** Overwrites a plan file's pages after the first: its b-tree no longer adds up. */
function damage(path: string): void {
  const bytes = readFileSync(path);
  for (let i = 4096 + 8; i < bytes.length; i++) bytes[i] = 0x5a;
  writeFileSync(path, bytes);
}

const fileOf = (id: string) => join(t.backupDir, id);

/** A section's stored text in a plan file (a backup, a restored copy). */
const sectionText = (path: string, sectionId: string) =>
  readRows<{ content: string }>(path, `SELECT content FROM sections WHERE id = '${sectionId}'`)[0]
    ?.content;

// Each test opens plans and quick_checks their backups: seconds on a loaded machine.
describe('automatic backups', { timeout: 30_000 }, () => {
  it('backs a plan up when it is opened, readable and intact, with title and schema', async () => {
    const plan = await createPlan();
    const backups = await listOf(plan);
    expect(backups).toHaveLength(1);
    const [backup] = backups as [BackupEntry];
    expect(backup).toMatchObject({
      reason: 'open',
      createdAt: '2026-03-01T09:00:00.000Z',
      title: 'Keusote 2026',
      schemaVersion: SCHEMA_VERSION,
      intact: true,
    });
    expect(BackupIdSchema.parse(backup.id)).toBe(backup.id);
    expect(backup.sizeBytes).toBe(readFileSync(fileOf(backup.id)).length);
    // A closed, self-contained copy: no WAL or shared-memory files beside it.
    expect(readdirSync(planBackupFolder(t.backupDir, plan.path))).toEqual([
      backup.id.split('/')[1],
    ]);
    expect(readRows(fileOf(backup.id), 'PRAGMA journal_mode')).toEqual([
      { journal_mode: 'delete' },
    ]);
  });

  it('backs an older file up before migrating it, and again once it is open', async () => {
    const path = join(t.dir, 'vanha.opsu');
    writePlanAtVersion(path, samplePlan, 1);
    const plan = await t.value<OpenedPlan>('plan.open', { path });
    const backups = await listOf(plan);
    expect(
      backups.map(({ reason, schemaVersion, intact, title }) => ({
        reason,
        schemaVersion,
        intact,
        title,
      })),
    ).toEqual(
      expect.arrayContaining([
        { reason: 'migration', schemaVersion: 1, intact: true, title: samplePlan.title },
        { reason: 'open', schemaVersion: SCHEMA_VERSION, intact: true, title: samplePlan.title },
      ]),
    );
    expect(backups).toHaveLength(2);
  });

  it('backs up at the first save ten minutes after the last backup, by the clock', async () => {
    const plan = await createPlan();
    await save(plan, 'Ensimmäinen kappale.');
    t.clock.advance(EDITING_INTERVAL_MS - MINUTE);
    await save(plan, 'Yhdeksän minuuttia myöhemmin.');
    expect(await listOf(plan)).toHaveLength(1);

    t.clock.advance(MINUTE);
    await save(plan, 'Kymmenen minuuttia myöhemmin.');
    const [newest, first] = (await listOf(plan)) as [BackupEntry, BackupEntry];
    expect(newest).toMatchObject({ reason: 'interval', createdAt: '2026-03-01T09:10:00.000Z' });
    expect(first.reason).toBe('open');
    // The interval backup holds the save that made it.
    expect(sectionText(fileOf(newest.id), plan.outline[0]!.id)).toContain(
      'Kymmenen minuuttia myöhemmin.',
    );

    t.clock.advance(EDITING_INTERVAL_MS - 1);
    await save(plan, 'Vielä.');
    expect(await listOf(plan)).toHaveLength(2);
  });

  it('keeps the 10 newest and the newest of each day for 14 days', async () => {
    const plan = await createPlan();
    const made = ['2026-03-01T09:00:00.000Z'];
    // Twelve days of editing, 2–13 March, three interval backups a day.
    for (let day = 2; day <= 13; day++) {
      for (const hour of ['08', '09', '10']) {
        const iso = `2026-03-${String(day).padStart(2, '0')}T${hour}:00:00.000Z`;
        t.clock.set(iso);
        await save(plan, `${iso}: uutta tekstiä`);
        made.push(iso);
      }
    }
    const backups = await listOf(plan);
    const newest = made.slice(-KEEP_NEWEST).reverse();
    expect(backups.slice(0, KEEP_NEWEST).map((backup) => backup.createdAt)).toEqual(newest);
    // Older than those: the newest backup of each of 1–9 March, and nothing else.
    expect(backups.slice(KEEP_NEWEST).map((backup) => backup.createdAt)).toEqual([
      ...['09', '08', '07', '06', '05', '04', '03', '02'].map(
        (day) => `2026-03-${day}T10:00:00.000Z`,
      ),
      '2026-03-01T09:00:00.000Z',
    ]);
    expect(readdirSync(planBackupFolder(t.backupDir, plan.path))).toHaveLength(backups.length);
  });

  it('never fails opening or saving when no backup can be written, and tries again later', async () => {
    // A file where the backup folder should be: every backup fails, as on a full disk.
    writeFileSync(t.backupDir, 'not a folder');
    const plan = await createPlan();
    await save(plan, 'Teksti tallentuu silti.');
    t.clock.advance(EDITING_INTERVAL_MS);
    await save(plan, 'Ja tämäkin.');
    await t.value('plan.close', { docId: plan.docId });
    expect(sectionText(plan.path, plan.outline[0]!.id)).toContain('Ja tämäkin.');

    // Made by hand, a failure is reported.
    const reopened = await t.value<OpenedPlan>('plan.open', { path: plan.path });
    const error = await t.error('backups.create', { docId: reopened.docId });
    expect(error.code).toBe('FILE_NOT_FOUND');

    rmSync(t.backupDir);
    t.clock.advance(EDITING_INTERVAL_MS);
    await save(reopened, 'Tila vapautui.');
    expect((await listOf(reopened)).map((backup) => backup.reason)).toEqual(['interval']);
  });
});

describe('listing, making and restoring backups', { timeout: 30_000 }, () => {
  it('makes a backup now and lists it first', async () => {
    const plan = await createPlan();
    t.clock.advance(MINUTE);
    const made = await t.value<BackupEntry>('backups.create', { docId: plan.docId });
    expect(made).toMatchObject({ reason: 'manual', intact: true, title: 'Keusote 2026' });
    expect((await listOf(plan))[0]).toEqual(made);
  });

  it('tells two backups of the same moment apart', async () => {
    const plan = await createPlan();
    const first = await t.value<BackupEntry>('backups.create', { docId: plan.docId });
    const second = await t.value<BackupEntry>('backups.create', { docId: plan.docId });
    expect(first.id).not.toBe(second.id);
    expect(await listOf(plan)).toHaveLength(3);
  });

  it('lists a damaged plan’s backups by its path, the damaged backup shown as not intact', async () => {
    const plan = await createPlan();
    await save(plan, 'Hyvä teksti.');
    t.clock.advance(MINUTE);
    const bad = await t.value<BackupEntry>('backups.create', { docId: plan.docId });
    await t.value('plan.close', { docId: plan.docId });
    damage(fileOf(bad.id));
    damage(plan.path);
    expect((await t.error('plan.open', { path: plan.path })).code).toBe('CORRUPT');

    const listed = await t.value<BackupList>('backups.listForFile', { path: plan.path });
    expect(listed.planPath).toBe(plan.path);
    expect(listed.backups.map(({ reason, intact }) => ({ reason, intact }))).toEqual([
      { reason: 'manual', intact: false },
      { reason: 'open', intact: true },
    ]);
    expect(listed.backups[0]).toMatchObject({ title: null, schemaVersion: 0 });
    // Restoring the damaged one is refused, and leaves nothing behind.
    const target = join(t.dir, 'palautettu.opsu');
    expect((await t.error('backups.restore', { backupId: bad.id, path: target })).code).toBe(
      'CORRUPT',
    );
    expect(existsSync(target)).toBe(false);
  });

  it('restores a backup as a new file, opens it, and leaves the backup as it was', async () => {
    const plan = await createPlan();
    await save(plan, 'Varmuuskopioitu teksti.');
    t.clock.advance(MINUTE);
    const backup = await t.value<BackupEntry>('backups.create', { docId: plan.docId });
    await save(plan, 'Myöhempi muutos.');
    await t.value('plan.close', { docId: plan.docId });
    const before = fileState(fileOf(backup.id));

    const target = join(t.dir, 'Palautettu – ääkköset.opsu');
    const restored = await t.value<OpenedPlan>('backups.restore', {
      backupId: backup.id,
      path: target,
    });
    expect(restored.path).toBe(target);
    expect(restored.meta.title).toBe('Keusote 2026');
    const section = await t.value<{ content: string }>('section.get', {
      docId: restored.docId,
      sectionId: restored.outline[0]!.id,
    });
    expect(section.content).toContain('Varmuuskopioitu teksti.');
    expect(section.content).not.toContain('Myöhempi muutos.');
    expect(fileState(fileOf(backup.id))).toEqual(before);
    // No temporary file is left beside the new plan.
    expect(readdirSync(t.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    recordReliability('backups', { restored: 1, backupBytesChanged: 0 });
  });

  it('never restores over an existing file', async () => {
    const plan = await createPlan();
    const [backup] = (await listOf(plan)) as [BackupEntry];
    const other = join(t.dir, 'toinen.opsu');
    writeFileSync(other, 'hänen toinen tiedostonsa');
    const error = await t.error('backups.restore', { backupId: backup.id, path: other });
    expect(error).toMatchObject({ code: 'FILE_EXISTS', details: { path: other } });
    expect(readFileSync(other, 'utf8')).toBe('hänen toinen tiedostonsa');
    expect((await t.error('backups.restore', { backupId: backup.id, path: plan.path })).code).toBe(
      'FILE_EXISTS',
    );
  });

  it('refuses ids that are not backups of ours, writing nothing', async () => {
    const plan = await createPlan();
    const [backup] = (await listOf(plan)) as [BackupEntry];
    const target = join(t.dir, 'uusi.opsu');
    const [key] = backup.id.split('/') as [string];
    const badIds = [
      '../../etc/passwd',
      `${key}/../${backup.id.split('/')[1]}`,
      `${key}/not-a-backup.opsu`,
      `${key}/2026-03-01T09-00-00-000Z.stolen.opsu`,
      `${'0'.repeat(16)}/${backup.id.split('/')[1]}`,
      '',
    ];
    for (const backupId of badIds) {
      const error = await t.error('backups.restore', { backupId, path: target });
      expect(['INVALID_INPUT', 'NOT_FOUND']).toContain(error.code);
    }
    expect(
      (
        await t.error('backups.restore', {
          backupId: `${'0'.repeat(16)}/${backup.id.split('/')[1]}`,
          path: target,
        })
      ).details,
    ).toEqual({ what: 'backup' });
    expect(existsSync(target)).toBe(false);
    expect(
      (await t.error('backups.restore', { backupId: backup.id, path: 'suhteellinen.opsu' })).code,
    ).toBe('INVALID_INPUT');
    expect((await t.error('backups.listForFile', { path: 'suhteellinen.opsu' })).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('lists only the calling window’s open plan', async () => {
    const plan = await createPlan();
    expect((await t.error('backups.list', { docId: plan.docId }, 'window-2')).code).toBe(
      'NOT_FOUND',
    );
    expect((await t.error('backups.create', { docId: plan.docId }, 'window-2')).code).toBe(
      'NOT_FOUND',
    );
  });
});
