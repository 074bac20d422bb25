import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import canonicalize from 'canonicalize';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Checklist } from '../../../shared/domain/checklist';
import type { VersionSnapshot, VersionSummary, Comparison } from '../../../shared/domain/versions';
import type { OpenedPlan } from '../../../shared/ipc';
import { lexicalText } from '../db/fixtures';
import { makeTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
let plan: OpenedPlan;

beforeEach(async () => {
  t = makeTestCore();
  await t.value('prefs.update', { name: 'Sanna Sihteeri' });
  plan = await t.value<OpenedPlan>('plan.create', {
    path: join(t.dir, 'plan.opsu'),
    title: 'Keski-Uudenmaan opiskeluhuoltosuunnitelma',
    region: 'Keski-Uudenmaan hyvinvointialue',
    period: '2023-2025',
  });
  await save(0, 'Opiskeluhuolto on yhteistä työtä.');
});
afterEach(() => t.dispose());

const doc = () => ({ docId: plan.docId });
const save = (index: number, text: string) =>
  t.value('section.save', {
    ...doc(),
    sectionId: plan.outline[index]!.id,
    content: lexicalText(text),
  });
const freeze = (label: string, note?: string) =>
  t.value<VersionSummary>('versions.create', { ...doc(), label, ...(note ? { note } : {}) });

describe('freezing versions', () => {
  it('numbers versions, lists them newest first and records who and when', async () => {
    const first = await freeze('Luonnos kommenteille', 'Lähetetty jäsenille');
    t.clock.advance(60_000);
    const second = await freeze('Korjattu luonnos');
    expect(first).toMatchObject({
      number: 1,
      label: 'Luonnos kommenteille',
      kind: 'named',
      note: 'Lähetetty jäsenille',
      createdAt: '2026-03-01T09:00:00.000Z',
      createdBy: 'Sanna Sihteeri',
      milestoneId: null,
      sections: plan.outline.length,
      words: 4,
    });
    expect(first.digest).toMatch(/^[0-9a-f]{64}$/);
    const list = await t.value<VersionSummary[]>('versions.list', doc());
    expect(list.map((version) => version.number)).toEqual([2, 1]);
    expect(list[0]).toEqual(second);
  });

  it('gives equal content an equal digest, whatever the label, time or author', async () => {
    const a = await freeze('A');
    t.clock.advance(3_600_000);
    await t.value('prefs.update', { name: 'Toinen' });
    const b = await freeze('B');
    expect(b.digest).toBe(a.digest);
    // An edit and its undo: the same content again.
    await save(0, 'Jotain muuta');
    await save(0, 'Opiskeluhuolto on yhteistä työtä.');
    expect((await freeze('C')).digest).toBe(a.digest);
  });

  it('changes the digest when any content changes', async () => {
    const digests = new Set([(await freeze('alku')).digest]);
    const changes: Array<() => Promise<unknown>> = [
      () => save(1, 'Uusi teksti'),
      () => t.value('plan.updateMeta', { ...doc(), title: 'Uusi nimi' }),
      () => t.value('plan.updateMeta', { ...doc(), period: null }),
      () => t.value('plan.updateMeta', { ...doc(), helsinki: true }),
      () =>
        t.value('outline.rename', { ...doc(), sectionId: plan.outline[1]!.id, title: 'Toinen' }),
      () =>
        t.value('outline.move', {
          ...doc(),
          sectionId: plan.outline[0]!.id,
          parentId: null,
          index: 2,
        }),
      () => t.value('outline.add', { ...doc(), parentId: null, afterId: null, title: 'Uusi luku' }),
      async () => {
        const checklist = await t.value<Checklist>('checklist.get', doc());
        await t.value('checklist.link', {
          ...doc(),
          requirementId: checklist.items[0]!.requirementId,
          sectionId: plan.outline[0]!.id,
        });
      },
      async () => {
        const checklist = await t.value<Checklist>('checklist.get', doc());
        await t.value('checklist.confirm', {
          ...doc(),
          requirementId: checklist.items[0]!.requirementId,
        });
      },
    ];
    for (const [index, change] of changes.entries()) {
      await change();
      const { digest } = await freeze(`muutos ${index + 1}`);
      expect(digests.has(digest), `change ${index + 1}`).toBe(false);
      digests.add(digest);
    }
  });

  it('keeps digests stable across closing and reopening, and verifies them from the file', async () => {
    const frozen = await freeze('Päätetty');
    await t.value('plan.close', doc());
    plan = await t.value<OpenedPlan>('plan.open', { path: plan.path });
    const again = await freeze('Uudelleen avattu');
    expect(again.digest).toBe(frozen.digest);
    await t.value('plan.close', doc());
    const verified = await t.core.verifyPlan(plan.path);
    expect(verified).toMatchObject({
      ok: true,
      value: {
        versions: [
          { number: 1, ok: true, digest: frozen.digest, recomputed: frozen.digest },
          { number: 2, ok: true },
        ],
      },
    });
    // Anyone can recompute it: SHA-256 of the stored canonical JSON.
    const db = new Database(plan.path, { readonly: true });
    const row = db.prepare('SELECT snapshot, digest FROM versions WHERE number = 1').get() as {
      snapshot: string;
      digest: string;
    };
    db.close();
    expect(canonicalize(JSON.parse(row.snapshot))).toBe(row.snapshot);
    expect(createHash('sha256').update(row.snapshot).digest('hex')).toBe(row.digest);
  });

  it('detects a tampered snapshot', async () => {
    const frozen = await freeze('Aluevaltuusto 8.12.2022');
    await t.value('plan.close', doc());
    const db = new Database(plan.path);
    db.prepare(
      "UPDATE versions SET snapshot = replace(snapshot, 'yhteistä työtä', 'yhteistä leikkiä')",
    ).run();
    db.close();
    const verified = await t.core.verifyPlan(plan.path);
    expect(verified).toMatchObject({ ok: true, value: { versions: [{ ok: false }] } });
    plan = await t.value<OpenedPlan>('plan.open', { path: plan.path });
    const snapshot = await t.value<VersionSnapshot>('versions.get', {
      ...doc(),
      versionId: frozen.id,
    });
    expect(snapshot.digestOk).toBe(false);
    expect(snapshot.sections[0]!.plainText).toBe('Opiskeluhuolto on yhteistä leikkiä.');
  });
});

describe('reading a version', () => {
  it('returns the frozen plan, numbered, unaffected by later edits', async () => {
    const frozen = await freeze('Versio 1');
    await save(0, 'Myöhempi muutos');
    await t.value('outline.rename', { ...doc(), sectionId: plan.outline[0]!.id, title: 'Alku' });
    const snapshot = await t.value<VersionSnapshot>('versions.get', {
      ...doc(),
      versionId: frozen.id,
    });
    expect(snapshot.digestOk).toBe(true);
    expect(snapshot.version).toEqual(frozen);
    expect(snapshot.meta).toMatchObject({
      title: 'Keski-Uudenmaan opiskeluhuoltosuunnitelma',
      period: '2023–2025',
      language: 'fi',
    });
    expect(snapshot.outline.map((entry) => [entry.number, entry.title])).toEqual(
      plan.outline.map((entry) => [entry.number, entry.title]),
    );
    expect(snapshot.outline[0]!.words).toBe(4);
    expect(snapshot.sections[0]).toMatchObject({
      id: plan.outline[0]!.id,
      title: plan.outline[0]!.title,
      plainText: 'Opiskeluhuolto on yhteistä työtä.',
      words: 4,
    });
    // The same Lexical state (its keys in canonical order).
    expect(JSON.parse(snapshot.sections[0]!.content!)).toEqual(
      JSON.parse(lexicalText('Opiskeluhuolto on yhteistä työtä.')),
    );
    expect(snapshot.sections[1]!.content).toBeNull();
    expect(snapshot.checklist.total).toBeGreaterThan(0);
    expect(await t.call('versions.get', { ...doc(), versionId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('compares a version with the current text', async () => {
    const frozen = await freeze('Ennen');
    await save(0, 'Opiskeluhuolto on kaikkien yhteistä työtä.');
    const comparison = await t.value<Comparison>('versions.compare', {
      ...doc(),
      from: { versionId: frozen.id },
      to: { current: true },
    });
    expect(comparison.from).toEqual({ versionId: frozen.id, label: 'Ennen' });
    expect(comparison.to).toEqual({ versionId: null, label: '' });
    expect(comparison.stats).toMatchObject({ textChanged: 1, wordsInserted: 1, wordsDeleted: 0 });
    const changed = comparison.sections.find((section) => section.textChanged)!;
    expect(changed.blocks[0]!.parts).toEqual([
      { op: 'equal', text: 'Opiskeluhuolto on ' },
      { op: 'insert', text: 'kaikkien ' },
      { op: 'equal', text: 'yhteistä työtä.' },
    ]);
  });
});
