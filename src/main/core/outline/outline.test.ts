import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_OUTLINE_DEPTH, type Outline } from '../../../shared/domain/section';
import type { CoreError } from '../errors';
import { samplePlan, writePlanAtVersion } from '../db/fixtures';
import { closePlanFile, openPlanFile, readPlanFile, type Db } from '../db/plan-file';
import {
  addSection,
  getOutline,
  moveSection,
  purgeRemoved,
  removeSection,
  renameSection,
  restoreSection,
} from './service';

const NOW = '2026-03-01T09:00:00.000Z';
let dir: string;
let path: string;
let db: Db;

/** The sample plan: 1 intro, 2 goals, 2.1 goals-a. */
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'suunta-outline-'));
  path = join(dir, 'plan.opsu');
  writePlanAtVersion(path, samplePlan);
  db = await openPlanFile(path, { backupDir: dir, appVersion: 't', now: () => new Date(NOW) });
});
afterEach(() => {
  if (db.open) closePlanFile(db);
  rmSync(dir, { recursive: true, force: true });
});

/** "1 intro, 2 goals, 2.1 goals-a" — numbers and ids in reading order. */
const shape = (outline: Outline) =>
  outline.map((entry) => `${entry.number} ${entry.id}`).join(', ');
const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as CoreError).code;
  }
  return 'no error';
};

describe('numbering', () => {
  it('numbers in reading order, with depth', () => {
    const outline = getOutline(db);
    expect(shape(outline)).toBe('1 intro, 2 goals, 2.1 goals-a');
    expect(outline.map((entry) => entry.depth)).toEqual([1, 1, 2]);
    expect(outline[1]).toMatchObject({ title: 'Tavoitteet', words: 3, parentId: null });
  });
});

describe('adding', () => {
  it('adds first, after a sibling, and under a parent', () => {
    const first = addSection(db, { parentId: null, afterId: null, title: 'Alku' }, NOW);
    expect(shape(first.outline)).toBe(`1 ${first.id}, 2 intro, 3 goals, 3.1 goals-a`);
    const second = addSection(db, { parentId: null, afterId: 'intro', title: 'Väli' }, NOW);
    expect(shape(second.outline)).toBe(
      `1 ${first.id}, 2 intro, 3 ${second.id}, 4 goals, 4.1 goals-a`,
    );
    const child = addSection(db, { parentId: 'goals', afterId: 'goals-a', title: 'Lapsi' }, NOW);
    expect(shape(child.outline).endsWith(`4.1 goals-a, 4.2 ${child.id}`)).toBe(true);
    expect(child.outline.at(-1)).toMatchObject({ title: 'Lapsi', templateKey: null, words: 0 });
  });

  it(`refuses a level deeper than ${MAX_OUTLINE_DEPTH}`, () => {
    const third = addSection(db, { parentId: 'goals-a', afterId: null, title: 'Kolmas' }, NOW);
    expect(third.outline.at(-1)).toMatchObject({ depth: 3, number: '2.1.1' });
    expect(
      codeOf(() => addSection(db, { parentId: third.id, afterId: null, title: 'x' }, NOW)),
    ).toBe('INVALID_INPUT');
  });

  it('refuses an afterId that is not a child of the parent, and an unknown parent', () => {
    expect(
      codeOf(() => addSection(db, { parentId: 'goals', afterId: 'intro', title: 'x' }, NOW)),
    ).toBe('INVALID_INPUT');
    expect(codeOf(() => addSection(db, { parentId: 'nope', afterId: null, title: 'x' }, NOW))).toBe(
      'NOT_FOUND',
    );
    expect(shape(getOutline(db))).toBe('1 intro, 2 goals, 2.1 goals-a');
  });
});

describe('renaming and moving', () => {
  it('renames', () => {
    expect(renameSection(db, 'intro', 'Aluksi')[0]).toMatchObject({ title: 'Aluksi', number: '1' });
    expect(codeOf(() => renameSection(db, 'nope', 'x'))).toBe('NOT_FOUND');
  });

  it('moves a section to another parent and place', () => {
    expect(shape(moveSection(db, { sectionId: 'goals-a', parentId: null, index: 0 }))).toBe(
      '1 goals-a, 2 intro, 3 goals',
    );
    expect(shape(moveSection(db, { sectionId: 'goals-a', parentId: 'intro', index: 0 }))).toBe(
      '1 intro, 1.1 goals-a, 2 goals',
    );
    expect(shape(moveSection(db, { sectionId: 'intro', parentId: null, index: 99 }))).toBe(
      '1 goals, 2 intro, 2.1 goals-a',
    );
  });

  it('refuses cycles and too deep a result', () => {
    expect(
      codeOf(() => moveSection(db, { sectionId: 'goals', parentId: 'goals-a', index: 0 })),
    ).toBe('INVALID_INPUT');
    expect(codeOf(() => moveSection(db, { sectionId: 'goals', parentId: 'goals', index: 0 }))).toBe(
      'INVALID_INPUT',
    );
    addSection(db, { parentId: 'goals-a', afterId: null, title: 'Kolmas' }, NOW);
    // goals has three levels; under intro it would have four.
    expect(codeOf(() => moveSection(db, { sectionId: 'goals', parentId: 'intro', index: 0 }))).toBe(
      'INVALID_INPUT',
    );
    expect(shape(getOutline(db)).startsWith('1 intro, 2 goals, 2.1 goals-a, 2.1.1')).toBe(true);
  });
});

describe('removing and restoring', () => {
  it('hides a subtree until restored, in its old place', () => {
    expect(shape(removeSection(db, 'goals', NOW))).toBe('1 intro');
    expect(codeOf(() => renameSection(db, 'goals-a', 'x'))).toBe('NOT_FOUND');
    const added = addSection(db, { parentId: null, afterId: 'intro', title: 'Uusi' }, NOW);
    expect(shape(restoreSection(db, 'goals'))).toBe(`1 intro, 2 ${added.id}, 3 goals, 3.1 goals-a`);
    expect(codeOf(() => restoreSection(db, 'nope'))).toBe('NOT_FOUND');
  });

  it('restores in reverse order of removal (undo)', () => {
    removeSection(db, 'goals-a', NOW);
    removeSection(db, 'goals', NOW);
    expect(shape(restoreSection(db, 'goals'))).toBe('1 intro, 2 goals');
    expect(shape(restoreSection(db, 'goals-a'))).toBe('1 intro, 2 goals, 2.1 goals-a');
  });

  it('deletes removed sections and their revisions for good on purge', () => {
    removeSection(db, 'goals', NOW);
    purgeRemoved(db);
    closePlanFile(db);
    const left = readPlanFile(path, (reader) => ({
      sections: reader.prepare('SELECT id FROM sections ORDER BY id').all(),
      revisions: reader.prepare('SELECT DISTINCT section_id FROM revisions').all(),
    }));
    expect(left).toEqual({ sections: [{ id: 'intro' }], revisions: [{ section_id: 'intro' }] });
  });
});

describe('against a model', () => {
  type Op =
    | { kind: 'add'; parent: number; after: number; title: string }
    | { kind: 'move'; section: number; parent: number; index: number };

  /** The expected tree: children lists by parent id, visible sections only. */
  class Model {
    children = new Map<string | null, string[]>([
      [null, ['intro', 'goals']],
      ['goals', ['goals-a']],
    ]);
    parentOf = new Map<string, string | null>([
      ['intro', null],
      ['goals', null],
      ['goals-a', 'goals'],
    ]);
    ids = () => [...this.parentOf.keys()];
    depth(id: string | null): number {
      return id === null ? 0 : 1 + this.depth(this.parentOf.get(id)!);
    }
    height(id: string): number {
      return 1 + Math.max(0, ...(this.children.get(id) ?? []).map((c) => this.height(c)));
    }
    within(id: string | null, ancestor: string): boolean {
      return id !== null && (id === ancestor || this.within(this.parentOf.get(id)!, ancestor));
    }
    order(parent: string | null = null): Array<[string, string | null]> {
      return (this.children.get(parent) ?? []).flatMap((id) => [
        [id, parent] as [string, string | null],
        ...this.order(id),
      ]);
    }
  }

  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('add' as const),
      parent: fc.nat(20),
      after: fc.nat(20),
      title: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
    }),
    fc.record({
      kind: fc.constant('move' as const),
      section: fc.nat(20),
      parent: fc.nat(20),
      index: fc.nat(6),
    }),
  );

  // 150 runs of up to 25 operations on a real file: seconds of work, more on a loaded machine.
  it(
    'adds and moves exactly as the model says, and refuses what it refuses',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
          // Back to the sample plan (re-parent first: deleting a parent cascades).
          db.exec("UPDATE sections SET parent_id = NULL, position = 0 WHERE id = 'intro'");
          db.exec("UPDATE sections SET parent_id = NULL, position = 1 WHERE id = 'goals'");
          db.exec("UPDATE sections SET parent_id = 'goals', position = 0 WHERE id = 'goals-a'");
          db.exec("DELETE FROM sections WHERE id NOT IN ('intro', 'goals', 'goals-a')");
          const model = new Model();
          for (const step of ops) {
            const ids = model.ids();
            const pick = (n: number) => (n >= ids.length ? null : ids[n]!);
            if (step.kind === 'add') {
              const parent = pick(step.parent);
              const siblings = model.children.get(parent) ?? [];
              const after =
                step.after % (siblings.length + 1) === 0
                  ? null
                  : siblings[(step.after % (siblings.length + 1)) - 1]!;
              const allowed = model.depth(parent) + 1 <= MAX_OUTLINE_DEPTH;
              const run = () =>
                addSection(db, { parentId: parent, afterId: after, title: step.title }, NOW);
              if (!allowed) {
                expect(codeOf(run)).toBe('INVALID_INPUT');
                continue;
              }
              const { id } = run();
              const list = [...siblings];
              list.splice(after === null ? 0 : list.indexOf(after) + 1, 0, id);
              model.children.set(parent, list);
              model.parentOf.set(id, parent);
            } else {
              const section = ids[step.section % ids.length]!;
              const parent = pick(step.parent);
              const run = () =>
                moveSection(db, { sectionId: section, parentId: parent, index: step.index });
              const allowed =
                !model.within(parent, section) &&
                model.depth(parent) + model.height(section) <= MAX_OUTLINE_DEPTH;
              if (!allowed) {
                expect(codeOf(run)).toBe('INVALID_INPUT');
                continue;
              }
              run();
              const old = model.parentOf.get(section)!;
              model.children.set(
                old,
                (model.children.get(old) ?? []).filter((c) => c !== section),
              );
              const list = model.children.get(parent) ?? [];
              list.splice(Math.min(step.index, list.length), 0, section);
              model.children.set(parent, list);
              model.parentOf.set(section, parent);
            }
            const actual = getOutline(db).map((entry) => [entry.id, entry.parentId]);
            expect(actual).toEqual(model.order());
          }
        }),
        { numRuns: 150 },
      );
    },
  );
});
