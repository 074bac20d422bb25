import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedPlan } from '../../../shared/ipc';
import type { Section } from '../../../shared/domain/section';
import { statutoryTemplate, TEMPLATE_VERSION } from '../../../shared/statutory/template';
import { CATALOGUE_VERSION } from '../../../shared/statutory/catalogue';
import { SCHEMA_VERSION } from '../db/migrations';
import { lexicalText, writeForeignSqliteFile, writePlanAtVersion } from '../db/fixtures';
import { fileState, lockAgainstWriting } from '../testing/files';
import { makeTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

const newPlan = (path: string, extra: Record<string, unknown> = {}) =>
  t.value<OpenedPlan>('plan.create', {
    path,
    title: '  Alueellinen opiskeluhuoltosuunnitelma ',
    region: 'Pohjanmaan hyvinvointialue',
    period: '2026-2029',
    ...extra,
  });

function templateCount(sections = statutoryTemplate): number {
  return sections.reduce((sum, section) => sum + 1 + templateCount(section.children ?? []), 0);
}

describe('creating a plan', () => {
  it('makes the statutory sections, in the plan language, without guidance', async () => {
    const path = join(t.dir, 'plan.opsu');
    const plan = await newPlan(path, { language: 'sv' });
    expect(plan.meta).toEqual({
      title: 'Alueellinen opiskeluhuoltosuunnitelma',
      region: 'Pohjanmaan hyvinvointialue',
      period: '2026–2029',
      language: 'sv',
      helsinki: false,
      catalogueVersion: CATALOGUE_VERSION,
      schemaVersion: SCHEMA_VERSION,
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    expect(plan.outline).toHaveLength(templateCount());
    expect(plan.outline[0]).toMatchObject({
      number: '1',
      depth: 1,
      title: statutoryTemplate[0]!.title.sv,
      templateKey: statutoryTemplate[0]!.key,
      words: 0,
    });
    const first = await t.value<Section>('section.get', {
      docId: plan.docId,
      sectionId: plan.outline[0]!.id,
    });
    expect(first).toMatchObject({ content: null, plainText: '', revision: 0 });

    await t.value('plan.close', { docId: plan.docId });
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT template_version, app_version FROM meta').get()).toEqual({
      template_version: TEMPLATE_VERSION,
      app_version: '0.1.0-test',
    });
    const stored = JSON.stringify(db.prepare('SELECT * FROM sections').all());
    expect(stored).not.toContain(statutoryTemplate[0]!.guidance.fi.slice(0, 40));
    db.close();
  });

  it('refuses an existing file, a relative path and a missing folder', async () => {
    const path = join(t.dir, 'taken.opsu');
    writeForeignSqliteFile(path);
    const before = readFileSync(path);
    const taken = await t.call('plan.create', { path, title: 'T', region: 'R' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS', details: { path } } });
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(
      await t.call('plan.create', { path: 'rel.opsu', title: 'T', region: 'R' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      await t.call('plan.create', { path: join(t.dir, 'no', 'x.opsu'), title: 'T', region: 'R' }),
    ).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
  });

  it('answers READ_ONLY for a file or folder it may not write', async () => {
    const path = join(t.dir, 'plan.opsu');
    writePlanAtVersion(path);
    const before = fileState(path);
    const unlockFile = lockAgainstWriting([path]);
    if (!unlockFile) return;
    try {
      expect(await t.call('plan.open', { path })).toMatchObject({
        ok: false,
        error: { code: 'READ_ONLY', details: { path } },
      });
    } finally {
      unlockFile();
    }
    const unlockFolder = lockAgainstWriting([t.dir]);
    if (!unlockFolder) return;
    try {
      const fresh = join(t.dir, 'fresh.opsu');
      expect(await t.call('plan.create', { path: fresh, title: 'T', region: 'R' })).toMatchObject({
        ok: false,
        error: { code: 'READ_ONLY', details: { path: fresh } },
      });
    } finally {
      unlockFolder();
    }
    expect(fileState(path)).toEqual(before);
    expect(readdirSync(t.dir)).toEqual(['plan.opsu']);
  });

  it('remembers created and opened plans, newest first', async () => {
    const a = await newPlan(join(t.dir, 'a.opsu'), { title: 'A' });
    const b = await newPlan(join(t.dir, 'b.opsu'), { title: 'B' });
    await t.value('plan.close', { docId: a.docId });
    t.clock.advance(60_000);
    await t.value('plan.open', { path: a.path });
    const recent = await t.value<Array<{ title: string; exists: boolean }>>('recent.list', {});
    expect(recent.map((entry) => entry.title)).toEqual(['A', 'B']);
    expect(recent.every((entry) => entry.exists)).toBe(true);
    expect(b.path).toBe(join(t.dir, 'b.opsu'));
  });
});

describe('the registry of open plans', () => {
  it('gives the same window its open plan back, and refuses other windows', async () => {
    const plan = await newPlan(join(t.dir, 'plan.opsu'));
    const again = await t.value<OpenedPlan>('plan.open', { path: plan.path }, 'window-1');
    expect(again.docId).toBe(plan.docId);
    const link = join(t.dir, 'link.opsu');
    symlinkSync(plan.path, link);
    const other = await t.call('plan.open', { path: link }, 'window-2');
    expect(other).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_OPEN', details: { ownerSenderId: 'window-1', path: plan.path } },
    });
    expect(t.core.ownerOf(link)).toBe('window-1');
    expect(t.core.ownerOf(join(t.dir, 'none.opsu'))).toBeNull();
  });

  it("hides another window's plan as NOT_FOUND", async () => {
    const plan = await newPlan(join(t.dir, 'plan.opsu'));
    const sectionId = plan.outline[0]!.id;
    expect(await t.call('section.get', { docId: plan.docId, sectionId }, 'window-2')).toMatchObject(
      {
        ok: false,
        error: { code: 'NOT_FOUND' },
      },
    );
    expect(await t.call('plan.close', { docId: plan.docId }, 'window-2')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('answers LOCKED when another process (here: another core) has the plan', async () => {
    const plan = await newPlan(join(t.dir, 'plan.opsu'));
    const other = makeTestCore();
    try {
      expect(await other.call('plan.open', { path: plan.path })).toMatchObject({
        ok: false,
        error: { code: 'LOCKED', details: { path: plan.path } },
      });
      expect(await other.core.inspectPlan(plan.path)).toMatchObject({
        ok: false,
        error: { code: 'LOCKED' },
      });
    } finally {
      other.dispose();
    }
  });

  it('closes the plans of a window that goes away, and everything on quit', async () => {
    const a = await newPlan(join(t.dir, 'a.opsu'));
    const b = await t.value<OpenedPlan>(
      'plan.create',
      { path: join(t.dir, 'b.opsu'), title: 'B', region: 'R' },
      'window-2',
    );
    t.core.releaseSender('window-1');
    expect(t.core.ownerOf(a.path)).toBeNull();
    expect(t.core.ownerOf(b.path)).toBe('window-2');
    t.core.close();
    expect(t.core.ownerOf(b.path)).toBeNull();
    expect(readdirSync(t.dir).sort()).toEqual(['a.opsu', 'b.opsu']);
  });
});

describe('writing and reading back', () => {
  it('restores every section exactly after closing and reopening', async () => {
    const plan = await newPlan(join(t.dir, 'plan.opsu'));
    const [first, second] = plan.outline;
    const texts = new Map([
      [first!.id, lexicalText('Opiskeluhuolto on yhteistä työtä.')],
      [second!.id, lexicalText('Kuraattori ja psykologi — ääkköset ÅÄÖ åäö 😊')],
    ]);
    for (const [sectionId, content] of texts) {
      const saved = await t.value('section.save', { docId: plan.docId, sectionId, content });
      expect(saved).toMatchObject({ revision: 1, updatedAt: '2026-03-01T09:00:00.000Z' });
    }
    await t.value('plan.close', { docId: plan.docId });
    const reopened = await t.value<OpenedPlan>('plan.open', { path: plan.path }, 'window-2');
    for (const [sectionId, content] of texts) {
      const section = await t.value<Section>(
        'section.get',
        { docId: reopened.docId, sectionId },
        'window-2',
      );
      expect(section.content).toBe(content);
      expect(section.revision).toBe(1);
    }
    expect(reopened.outline[0]!.words).toBe(4);
  });

  it('updates the title, region and period', async () => {
    const plan = await newPlan(join(t.dir, 'plan.opsu'));
    const meta = await t.value('plan.updateMeta', {
      docId: plan.docId,
      title: 'Uusi',
      period: null,
    });
    expect(meta).toMatchObject({ title: 'Uusi', region: plan.meta.region, period: null });
    const again = await t.value('plan.updateMeta', { docId: plan.docId, period: '2030 – 2033' });
    expect(again).toMatchObject({ title: 'Uusi', period: '2030–2033' });
    const recent = await t.value<Array<{ path: string; title: string }>>('recent.list', {});
    expect(recent[0]).toMatchObject({ path: plan.path, title: 'Uusi' });
  });

  it('reads a closed plan with inspectPlan without touching it', async () => {
    const plan = await newPlan(join(t.dir, 'plan.opsu'));
    await t.value('plan.close', { docId: plan.docId });
    const before = readFileSync(plan.path);
    const summary = await t.core.inspectPlan(plan.path);
    expect(summary).toMatchObject({ ok: true, value: { path: plan.path, meta: plan.meta } });
    expect(readFileSync(plan.path).equals(before)).toBe(true);
    expect(await t.core.inspectPlan(join(t.dir, 'missing.opsu'))).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND' },
    });
  });
});
