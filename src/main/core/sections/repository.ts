import { z } from 'zod';
import type { Section } from '../../../shared/domain/section';
import type { Db } from '../db/plan-file';

const SectionRowSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    template_key: z.string().nullable(),
    content: z.string().nullable(),
    plain_text: z.string(),
    words: z.number().int().min(0),
    revision: z.number().int().min(0),
    updated_at: z.string(),
  })
  .transform((row): Section => ({
    id: row.id,
    title: row.title,
    templateKey: row.template_key,
    content: row.content,
    plainText: row.plain_text,
    words: row.words,
    revision: row.revision,
    updatedAt: row.updated_at,
  }));

export function readSection(db: Db, id: string): Section | undefined {
  const row: unknown = db
    .prepare(
      `SELECT id, title, template_key, content, plain_text, words, revision, updated_at
       FROM sections WHERE id = ?`,
    )
    .get(id);
  return row === undefined ? undefined : SectionRowSchema.parse(row);
}

/** Whether the section exists and neither it nor an ancestor is removed. */
export function isVisible(db: Db, id: string): boolean {
  const row = db
    .prepare(
      `WITH RECURSIVE up (id, parent_id, deleted_at, steps) AS (
         SELECT id, parent_id, deleted_at, 0 FROM sections WHERE id = ?
         UNION ALL
         SELECT s.id, s.parent_id, s.deleted_at, up.steps + 1
         FROM sections s JOIN up ON s.id = up.parent_id
         WHERE up.steps < 64
       )
       SELECT count(*) AS n,
              coalesce(sum(deleted_at IS NOT NULL), 0) AS removed,
              coalesce(sum(parent_id IS NULL), 0) AS top
       FROM up`,
    )
    .get(id) as { n: number; removed: number; top: number };
  return row.n > 0 && row.removed === 0 && row.top === 1;
}

export interface SavedText {
  id: string;
  content: string;
  plainText: string;
  words: number;
  revision: number;
  updatedAt: string;
  author: string;
  /** The revision a restore brought back (absent or null for an ordinary save). */
  restoredFrom?: number | null;
  /** When the coalescing window of this revision row opened (absent: `updatedAt`). */
  windowStart?: string;
}

/** The section's new text and a new revision row; the caller runs both in one transaction. */
export function writeText(db: Db, text: SavedText): void {
  writeSectionText(db, text);
  insertRevision(db, text);
}

/** The section's new text; the caller writes its revision row in the same transaction. */
export function writeSectionText(db: Db, text: SavedText): void {
  db.prepare(
    `UPDATE sections SET content = @content, plain_text = @plainText, words = @words,
       revision = @revision, updated_at = @updatedAt WHERE id = @id`,
  ).run(text);
}

/** A new revision row. */
export function insertRevision(db: Db, text: SavedText): void {
  db.prepare(
    `INSERT INTO revisions (section_id, revision, content, plain_text, created_at, author,
       restored_from, window_start)
     VALUES (@id, @revision, @content, @plainText, @updatedAt, @author, @restoredFrom,
       @windowStart)`,
  ).run({
    ...text,
    restoredFrom: text.restoredFrom ?? null,
    windowStart: text.windowStart ?? text.updatedAt,
  });
}

/** Replaces the revision row `replaced` of the section with `text` (a coalesced save). */
export function replaceRevision(db: Db, replaced: number, text: SavedText): void {
  db.prepare('DELETE FROM revisions WHERE section_id = ? AND revision = ?').run(text.id, replaced);
  insertRevision(db, text);
}

const LatestRowSchema = z.object({
  revision: z.number().int(),
  author: z.string(),
  created_at: z.string(),
  restored_from: z.number().int().nullable(),
  window_start: z.string().nullable(),
});

/** The section's newest revision row, as coalescing needs it. */
export function latestRevision(db: Db, sectionId: string) {
  const raw: unknown = db
    .prepare(
      `SELECT revision, author, created_at, restored_from, window_start FROM revisions
       WHERE section_id = ? ORDER BY revision DESC LIMIT 1`,
    )
    .get(sectionId);
  if (raw === undefined) return undefined;
  const row = LatestRowSchema.parse(raw);
  return {
    revision: row.revision,
    author: row.author,
    createdAt: row.created_at,
    restoredFrom: row.restored_from,
    windowStart: row.window_start ?? row.created_at,
  };
}
