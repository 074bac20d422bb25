import { z } from 'zod';
import { countWords } from '../../../shared/domain/lexical';
import type { Section } from '../../../shared/domain/section';
import type { Revision, RevisionSummary } from '../../../shared/domain/versions';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { getSection, saveSection } from '../sections/service';

/**
 * A section's history: its saved revisions (autosaves coalesced, see COALESCE_WINDOW_MS), newest
 * first, and restoring one as a new revision, so nothing is ever lost.
 */

const EXCERPT_CHARS = 160;

const RevisionRowSchema = z.object({
  revision: z.number().int().min(1),
  created_at: z.string(),
  author: z.string(),
  plain_text: z.string(),
  content: z.string(),
});

function excerpt(plainText: string): string {
  const line = plainText.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_CHARS ? `${line.slice(0, EXCERPT_CHARS - 1)}…` : line;
}

function summaryOf(row: z.infer<typeof RevisionRowSchema>): RevisionSummary {
  return {
    revision: row.revision,
    createdAt: row.created_at,
    author: row.author,
    words: countWords(row.plain_text),
    excerpt: excerpt(row.plain_text),
  };
}

/** The revisions of a visible section, newest first. */
export function listHistory(db: Db, sectionId: string): RevisionSummary[] {
  return db.transaction(() => {
    getSection(db, sectionId);
    const rows = z.array(RevisionRowSchema).parse(
      db
        .prepare(
          `SELECT revision, created_at, author, plain_text, content FROM revisions
             WHERE section_id = ? ORDER BY revision DESC`,
        )
        .all(sectionId),
    );
    return rows.map(summaryOf);
  })();
}

/** One revision of a visible section, with its content. */
export function getRevision(db: Db, sectionId: string, revision: number): Revision {
  return db.transaction(() => {
    getSection(db, sectionId);
    const raw: unknown = db
      .prepare(
        `SELECT revision, created_at, author, plain_text, content FROM revisions
         WHERE section_id = ? AND revision = ?`,
      )
      .get(sectionId, revision);
    if (raw === undefined) throw new CoreError('NOT_FOUND', { sectionId, revision });
    const row = RevisionRowSchema.parse(raw);
    return { ...summaryOf(row), content: row.content, plainText: row.plain_text };
  })();
}

/**
 * Makes revision `revision` the section's text again, as a new revision of its own (never
 * coalesced with the one before, so the restore shows in the history). Restoring the text the
 * section already has changes nothing.
 */
export function restoreRevision(
  db: Db,
  sectionId: string,
  revision: number,
  now: string,
  author: string,
): Section {
  return db.transaction(() => {
    const old = getRevision(db, sectionId, revision);
    saveSection(db, { sectionId, content: old.content }, now, author, { restoredFrom: revision });
    return getSection(db, sectionId);
  })();
}
