import { z } from 'zod';
import type { RuleConfirmation } from '../../../shared/statutory/checklist-rules';
import type { Db } from '../db/plan-file';

/** Links between sections and requirements, and confirmations, as stored in the plan file. */

export function linkSection(db: Db, sectionId: string, requirementId: string): void {
  db.prepare(
    'INSERT OR IGNORE INTO section_requirements (section_id, requirement_id) VALUES (?, ?)',
  ).run(sectionId, requirementId);
}

export function unlinkSection(db: Db, sectionId: string, requirementId: string): void {
  db.prepare('DELETE FROM section_requirements WHERE section_id = ? AND requirement_id = ?').run(
    sectionId,
    requirementId,
  );
}

const LinkRowSchema = z.object({ section_id: z.string(), requirement_id: z.string() });

export function readLinks(db: Db): Array<{ requirementId: string; sectionId: string }> {
  const rows = z
    .array(LinkRowSchema)
    .parse(db.prepare('SELECT section_id, requirement_id FROM section_requirements').all());
  return rows.map((row) => ({ requirementId: row.requirement_id, sectionId: row.section_id }));
}

/** Revision of every section, deleted ones included (the outline says which are visible). */
export function readRevisions(db: Db): Map<string, number> {
  const rows = z
    .array(z.object({ id: z.string(), revision: z.number().int().min(0) }))
    .parse(db.prepare('SELECT id, revision FROM sections').all());
  return new Map(rows.map((row) => [row.id, row.revision]));
}

const RevisionsSchema = z.record(z.string(), z.number().int().min(0));

const ConfirmationRowSchema = z.object({
  requirement_id: z.string(),
  confirmed_by: z.string(),
  confirmed_at: z.string(),
  section_revisions: z.string(),
});

export function readConfirmations(db: Db): Record<string, RuleConfirmation> {
  const rows = z
    .array(ConfirmationRowSchema)
    .parse(
      db
        .prepare(
          'SELECT requirement_id, confirmed_by, confirmed_at, section_revisions FROM confirmations',
        )
        .all(),
    );
  const confirmations: Record<string, RuleConfirmation> = Object.create(null) as Record<
    string,
    RuleConfirmation
  >;
  for (const row of rows) {
    confirmations[row.requirement_id] = {
      confirmedBy: row.confirmed_by,
      confirmedAt: row.confirmed_at,
      sectionRevisions: RevisionsSchema.parse(JSON.parse(row.section_revisions)),
    };
  }
  return confirmations;
}

export function writeConfirmation(
  db: Db,
  requirementId: string,
  confirmation: RuleConfirmation,
): void {
  db.prepare(
    `INSERT INTO confirmations (requirement_id, confirmed_by, confirmed_at, section_revisions)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (requirement_id) DO UPDATE SET confirmed_by = excluded.confirmed_by,
       confirmed_at = excluded.confirmed_at, section_revisions = excluded.section_revisions`,
  ).run(
    requirementId,
    confirmation.confirmedBy,
    confirmation.confirmedAt,
    JSON.stringify(confirmation.sectionRevisions),
  );
}

export function deleteConfirmation(db: Db, requirementId: string): void {
  db.prepare('DELETE FROM confirmations WHERE requirement_id = ?').run(requirementId);
}
