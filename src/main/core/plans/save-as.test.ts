import { mkdirSync, readdirSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Section } from '../../../shared/domain/section';
import type { OpenedPlan } from '../../../shared/ipc';
import { lexicalText } from '../db/fixtures';
import { fileState } from '../testing/files';
import { makeTestCore, type TestCore } from '../testing/test-core';

// Each test creates and copies whole plan files, with fsyncs.
vi.setConfig({ testTimeout: 30_000 });

let t: TestCore;
let plan: OpenedPlan;
let sectionId: string;

beforeEach(async () => {
  t = makeTestCore();
  plan = await t.newPlan();
  sectionId = plan.outline[0]!.id;
});
afterEach(() => t.dispose());

const save = (text: string) =>
  t.call('section.save', { docId: plan.docId, sectionId, content: lexicalText(text) });

const textOf = async () =>
  (await t.value<Section>('section.get', { docId: plan.docId, sectionId })).content;

/** The section's text in a closed plan file, read without the core. */
function storedText(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT content FROM sections WHERE id = ?').get(sectionId) as {
      content: string;
    };
    return row.content;
  } finally {
    db.close();
  }
}

describe('plan.saveAs', () => {
  it('copies the plan to a new file and goes on there under the same docId', async () => {
    await save('Ennen');
    const target = join(t.dir, 'Öljy- ja ääkkös kansio', 'Keusote 2026 – luonnos.opsu');
    mkdirSync(join(t.dir, 'Öljy- ja ääkkös kansio'));
    const saved = await t.value<OpenedPlan>('plan.saveAs', { docId: plan.docId, path: target });
    expect(saved).toMatchObject({ docId: plan.docId, path: target, meta: plan.meta });
    expect(saved.outline.map((section) => section.id)).toEqual(plan.outline.map((s) => s.id));
    expect(await save('Jälkeen')).toMatchObject({ ok: true });
    expect(await textOf()).toBe(lexicalText('Jälkeen'));
    await t.value('plan.close', { docId: plan.docId });

    // The old file kept what it had; the new one has everything, closed as one file.
    expect(storedText(plan.path)).toBe(lexicalText('Ennen'));
    expect(storedText(target)).toBe(lexicalText('Jälkeen'));
    expect(readdirSync(t.dir).sort()).toEqual(['plan.opsu', 'Öljy- ja ääkkös kansio']);
    expect(readdirSync(join(t.dir, 'Öljy- ja ääkkös kansio'))).toEqual([
      'Keusote 2026 – luonnos.opsu',
    ]);
    expect((await t.value<{ path: string }[]>('recent.list', {}))[0]?.path).toBe(target);
    const reopened = await t.value<OpenedPlan>('plan.open', { path: target });
    expect(reopened.meta).toEqual(plan.meta);
  });

  it('never replaces a file, and names a bad path; the plan stays open where it was', async () => {
    const existing = join(t.dir, 'other.opsu');
    await t.value('plan.close', {
      docId: (await t.value<OpenedPlan>('plan.create', { path: existing, title: 'T', region: 'R' }))
        .docId,
    });
    const before = fileState(existing);
    expect(await t.call('plan.saveAs', { docId: plan.docId, path: existing })).toMatchObject({
      ok: false,
      error: { code: 'FILE_EXISTS', details: { path: existing } },
    });
    expect(await t.call('plan.saveAs', { docId: plan.docId, path: plan.path })).toMatchObject({
      ok: false,
      error: { code: 'FILE_EXISTS' },
    });
    expect(
      await t.call('plan.saveAs', { docId: plan.docId, path: join(t.dir, 'no', 'x.opsu') }),
    ).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(await t.call('plan.saveAs', { docId: plan.docId, path: 'x.opsu' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(fileState(existing)).toEqual(before);
    expect(readdirSync(t.dir).sort()).toEqual(['other.opsu', 'plan.opsu', 'plan.opsu-wal']);
    expect(await save('Yhä täällä')).toMatchObject({ ok: true });
  });

  it('is refused for another window’s plan', async () => {
    expect(
      await t.call('plan.saveAs', { docId: plan.docId, path: join(t.dir, 'x.opsu') }, 'window-2'),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(readdirSync(t.dir)).not.toContain('x.opsu');
  });
});

describe('a plan file deleted or moved while open', () => {
  for (const [what, takeAway] of [
    ['deleted', (path: string) => unlinkSync(path)],
    ['moved', (path: string) => renameSync(path, join(t.dir, 'muualla.opsu'))],
  ] as const) {
    it(`${what}: saving answers FILE_GONE, reading goes on, save-as keeps everything`, async () => {
      await save('Tallennettu');
      takeAway(plan.path);
      expect(await save('Ei mene minnekään')).toMatchObject({
        ok: false,
        error: { code: 'FILE_GONE', details: { path: plan.path } },
      });
      expect(await textOf()).toBe(lexicalText('Tallennettu'));

      const rescue = join(t.dir, 'pelastettu.opsu');
      await t.value('plan.saveAs', { docId: plan.docId, path: rescue });
      expect(await save('Uusi teksti')).toMatchObject({ ok: true });
      await t.value('plan.close', { docId: plan.docId });
      expect(storedText(rescue)).toBe(lexicalText('Uusi teksti'));
    });
  }

  it('a file put back where it was is written to again', async () => {
    const away = join(t.dir, 'muualla.opsu');
    renameSync(plan.path, away);
    expect(await save('Ei')).toMatchObject({ ok: false, error: { code: 'FILE_GONE' } });
    renameSync(away, plan.path);
    expect(await save('Kyllä')).toMatchObject({ ok: true });
    await t.value('plan.close', { docId: plan.docId });
    expect(storedText(plan.path)).toBe(lexicalText('Kyllä'));
  });
});
