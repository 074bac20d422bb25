import { MAX_OUTLINE_DEPTH, type Outline } from '../../../shared/domain/section';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { newId } from '../ids';
import {
  insertSection,
  placeSiblings,
  purgeDeleted,
  readTree,
  setDeletedAt,
  setTitle,
} from './repository';
import { Tree } from './tree';

/** Outline operations on an open plan. Each is one transaction; each returns the new outline. */

const load = (db: Db) => new Tree(readTree(db));

function visible(tree: Tree, id: string) {
  const row = tree.get(id);
  if (!row || !tree.isVisible(id)) throw new CoreError('NOT_FOUND');
  return row;
}

function tooDeep(): CoreError {
  return new CoreError('INVALID_INPUT', {
    issue: `the outline has at most ${MAX_OUTLINE_DEPTH} levels`,
  });
}

export function getOutline(db: Db): Outline {
  return load(db).outline();
}

export interface AddSection {
  parentId: string | null;
  afterId: string | null;
  title: string;
}

export function addSection(
  db: Db,
  input: AddSection,
  now: string,
): { id: string; outline: Outline } {
  return db.transaction(() => {
    const tree = load(db);
    if (input.parentId !== null) {
      visible(tree, input.parentId);
      if (tree.depth(input.parentId) + 1 > MAX_OUTLINE_DEPTH) throw tooDeep();
    }
    const siblings = tree.children(input.parentId).map((row) => row.id);
    let at = 0;
    if (input.afterId !== null) {
      const after = visible(tree, input.afterId);
      if (after.parentId !== input.parentId) {
        throw new CoreError('INVALID_INPUT', { issue: 'afterId: not a child of parentId' });
      }
      at = siblings.indexOf(after.id) + 1;
    }
    const id = newId();
    insertSection(db, {
      id,
      parentId: input.parentId,
      position: at,
      title: input.title,
      templateKey: null,
      updatedAt: now,
    });
    siblings.splice(at, 0, id);
    placeSiblings(db, input.parentId, siblings);
    return { id, outline: load(db).outline() };
  })();
}

export function renameSection(db: Db, sectionId: string, title: string): Outline {
  return db.transaction(() => {
    visible(load(db), sectionId);
    setTitle(db, sectionId, title);
    return load(db).outline();
  })();
}

export interface MoveSection {
  sectionId: string;
  parentId: string | null;
  /** Position among the new parent's visible children, counted without the moved section. */
  index: number;
}

export function moveSection(db: Db, input: MoveSection): Outline {
  return db.transaction(() => {
    const tree = load(db);
    const section = visible(tree, input.sectionId);
    let parentDepth = 0;
    if (input.parentId !== null) {
      visible(tree, input.parentId);
      if (tree.isWithin(input.parentId, section.id)) {
        throw new CoreError('INVALID_INPUT', {
          issue: 'parentId: a section cannot move under itself',
        });
      }
      parentDepth = tree.depth(input.parentId);
    }
    if (parentDepth + tree.height(section.id) > MAX_OUTLINE_DEPTH) throw tooDeep();

    const siblings = tree.children(input.parentId).filter((row) => row.id !== section.id);
    const shown = siblings.filter((row) => row.deletedAt === null);
    // Removed siblings keep their place; the moved section goes before the visible sibling that
    // ends up after it, or last.
    const before = shown[input.index];
    const at = before ? siblings.indexOf(before) : siblings.length;
    const ids = siblings.map((row) => row.id);
    ids.splice(at, 0, section.id);
    if (section.parentId !== input.parentId) {
      const left = tree.children(section.parentId).filter((row) => row.id !== section.id);
      placeSiblings(
        db,
        section.parentId,
        left.map((row) => row.id),
      );
    }
    placeSiblings(db, input.parentId, ids);
    return load(db).outline();
  })();
}

/** Hides a section and its subsections until the plan is closed; `restoreSection` undoes it. */
export function removeSection(db: Db, sectionId: string, now: string): Outline {
  return db.transaction(() => {
    visible(load(db), sectionId);
    setDeletedAt(db, sectionId, now);
    return load(db).outline();
  })();
}

export function restoreSection(db: Db, sectionId: string): Outline {
  return db.transaction(() => {
    const row = load(db).get(sectionId);
    if (!row) throw new CoreError('NOT_FOUND');
    if (row.deletedAt !== null) setDeletedAt(db, sectionId, null);
    return load(db).outline();
  })();
}

/** Removal becomes final when the plan is closed. */
export function purgeRemoved(db: Db): void {
  db.transaction(() => purgeDeleted(db))();
}
