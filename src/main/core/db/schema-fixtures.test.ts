import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanData } from '../../../shared/domain/plan-data';
import type { CommentList, RoundSummary } from '../../../shared/domain/rounds';
import type { Section } from '../../../shared/domain/section';
import type { VersionSnapshot, VersionSummary } from '../../../shared/domain/versions';
import type { OpenedPlan } from '../../../shared/ipc';
import type { PlanSummary } from '../core';
import { fileState } from '../testing/files';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { lexicalText, readRows } from './fixtures';
import { SCHEMA_VERSION } from './migrations';
import { fixturePath, fixturePlan, fixtureReplacement } from './schema-fixtures/generate';

/**
 * A plan file of every earlier schema version opens: the committed files in schema-fixtures/ (see
 * generate.ts there) are read by the CLI's `info` without a byte written, and open through the
 * core — a copy each — with their content kept and their schema brought up to date.
 */

const versions = Array.from({ length: SCHEMA_VERSION }, (_, index) => index + 1);

/** Each section's newest text, as the fixture was written (schema 7's replace included). */
const expectedSections = (version: number) =>
  fixturePlan.sections.map((section) => {
    const replaced = version >= 7 && section.id === fixtureReplacement.sectionId;
    return {
      id: section.id,
      title: section.title,
      content: replaced ? lexicalText(fixtureReplacement.text) : (section.contents?.at(-1) ?? null),
      revision: (section.contents?.length ?? 0) + (replaced ? 1 : 0),
    };
  });

// Reading a plan builds its checklist and timeline: seconds each on a loaded machine.
let t: TestCore;
beforeAll(() => {
  t = makeTestCore();
});
afterAll(() => t.dispose());

describe.each(versions)('the plan file of schema %i', (version) => {
  const copyOf = (name: string) => {
    const path = join(t.dir, `${name}-${version}.opsu`);
    copyFileSync(fixturePath(version), path);
    return path;
  };

  it('is committed as a file of that schema', () => {
    const db = new Database(fixturePath(version), { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(version);
    } finally {
      db.close();
    }
  });

  it('is read by the CLI (readPlanFile) without a byte written', async () => {
    const path = copyOf('info');
    const before = fileState(path);
    const summary = await t.core.inspectPlan(path);
    expect(summary.ok).toBe(true);
    const { meta, outline, versions: frozen, rounds } = (summary as { value: PlanSummary }).value;
    expect(meta).toMatchObject({ title: fixturePlan.title, schemaVersion: version });
    expect(outline.map((entry) => entry.title)).toEqual(fixturePlan.sections.map((s) => s.title));
    expect(frozen.length).toBe(version >= 6 ? 2 : version >= 3 ? 1 : 0);
    expect(rounds.length).toBe(version >= 5 ? 1 : 0);
    expect(fileState(path)).toEqual(before);
  }, 30_000);

  it('opens through the core with its content kept and its schema brought up to date', async () => {
    const path = copyOf('open');
    const { docId } = await t.value<OpenedPlan>('plan.open', { path });
    for (const expected of expectedSections(version)) {
      const section = await t.value<Section>('section.get', { docId, sectionId: expected.id });
      expect(section).toMatchObject(expected);
    }
    const listed = await t.value<VersionSummary[]>('versions.list', { docId });
    for (const summary of listed) {
      const frozen = await t.value<VersionSnapshot>('versions.get', {
        docId,
        versionId: summary.id,
      });
      expect(frozen.digestOk).toBe(true);
    }
    expect(listed.map((summary) => summary.label).sort()).toEqual(
      version >= 6
        ? ['Hallituksen käsittelyyn', 'Lausuntoversio']
        : version >= 3
          ? ['Lausuntoversio']
          : [],
    );
    const rounds = await t.value<RoundSummary[]>('rounds.list', { docId });
    if (version >= 5) {
      const comments = await t.value<CommentList>('comments.list', {
        docId,
        roundId: rounds[0]!.id,
      });
      expect(comments.comments.map((comment) => comment.number)).toEqual([1, 2]);
    } else {
      expect(rounds).toEqual([]);
    }
    const data = await t.value<PlanData>('planData.get', { docId });
    const counts = [data.providers.length, data.staffing.rows.length, data.indicators.length];
    expect(counts).toEqual(version >= 6 ? [1, 1, 1] : [0, 0, 0]);
    await t.value('plan.close', { docId });
    expect(readRows(path, 'PRAGMA user_version')).toEqual([{ user_version: SCHEMA_VERSION }]);
    expect(readRows(path, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  }, 30_000);
});
