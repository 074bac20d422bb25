import { z } from 'zod';
import type { Db } from '../db/plan-file';

/** One section as the outline sees it (no content), soft-deleted ones included. */
export interface TreeRow {
  id: string;
  parentId: string | null;
  position: number;
  title: string;
  templateKey: string | null;
  words: number;
  deletedAt: string | null;
}

const TreeRowSchema = z
  .object({
    id: z.string(),
    parent_id: z.string().nullable(),
    position: z.number().int(),
    title: z.string(),
    template_key: z.string().nullable(),
    words: z.number().int().min(0),
    deleted_at: z.string().nullable(),
  })
  .transform((row): TreeRow => ({
    id: row.id,
    parentId: row.parent_id,
    position: row.position,
    title: row.title,
    templateKey: row.template_key,
    words: row.words,
    deletedAt: row.deleted_at,
  }));

export function readTree(db: Db): TreeRow[] {
  const rows = db
    .prepare(
      `SELECT id, parent_id, position, title, template_key, words, deleted_at
       FROM sections ORDER BY position, id`,
    )
    .all();
  return z.array(TreeRowSchema).parse(rows);
}

export interface NewSection {
  id: string;
  parentId: string | null;
  position: number;
  title: string;
  templateKey: string | null;
  updatedAt: string;
}

export function insertSection(db: Db, section: NewSection): void {
  db.prepare(
    `INSERT INTO sections (id, parent_id, position, title, template_key, updated_at)
     VALUES (@id, @parentId, @position, @title, @templateKey, @updatedAt)`,
  ).run(section);
}

/** Gives `ids` (siblings in their new order) the positions 0, 1, 2 … under `parentId`. */
export function placeSiblings(db: Db, parentId: string | null, ids: readonly string[]): void {
  const place = db.prepare('UPDATE sections SET parent_id = ?, position = ? WHERE id = ?');
  ids.forEach((id, position) => place.run(parentId, position, id));
}

export function setTitle(db: Db, id: string, title: string): void {
  db.prepare('UPDATE sections SET title = ? WHERE id = ?').run(title, id);
}

export function setDeletedAt(db: Db, id: string, deletedAt: string | null): void {
  db.prepare('UPDATE sections SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

/** Deletes removed sections for good, with their subsections and revisions (ON DELETE CASCADE). */
export function purgeDeleted(db: Db): void {
  db.prepare('DELETE FROM sections WHERE deleted_at IS NOT NULL').run();
}
