import { z } from 'zod';
import {
  IsoDateSchema,
  MilestoneKindSchema,
  MilestoneStatusSchema,
  type MilestoneKind,
  type MilestoneStatus,
} from '../../../shared/domain/milestones';
import type { Language } from '../../../shared/domain/settings';
import { defaultBody, defaultProcess } from '../../../shared/process/default-milestones';
import type { Db } from '../db/plan-file';
import { newId } from '../ids';

/** The `milestones` table: the steps of the decision process, in order (`position`). */

export interface MilestoneRow {
  id: string;
  position: number;
  kind: MilestoneKind;
  title: string | null;
  plannedDate: string | null;
  plannedEndDate: string | null;
  actualDate: string | null;
  status: MilestoneStatus;
  body: string;
  meetingDate: string | null;
  itemNumber: string;
  decisionText: string;
  minutesUrl: string;
  notes: string;
  versionId: string | null;
}

const date = IsoDateSchema.nullable();
const MilestoneRowSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    kind: MilestoneKindSchema,
    title: z.string().nullable(),
    planned_date: date,
    planned_end_date: date,
    actual_date: date,
    status: MilestoneStatusSchema,
    body: z.string(),
    meeting_date: date,
    item_number: z.string(),
    decision_text: z.string(),
    minutes_url: z.string(),
    notes: z.string(),
    version_id: z.string().nullable(),
  })
  .transform((row): MilestoneRow => ({
    id: row.id,
    position: row.position,
    kind: row.kind,
    title: row.title,
    plannedDate: row.planned_date,
    plannedEndDate: row.planned_end_date,
    actualDate: row.actual_date,
    status: row.status,
    body: row.body,
    meetingDate: row.meeting_date,
    itemNumber: row.item_number,
    decisionText: row.decision_text,
    minutesUrl: row.minutes_url,
    notes: row.notes,
    versionId: row.version_id,
  }));

/** Every milestone in process order. */
export function readMilestones(db: Db): MilestoneRow[] {
  return z.array(MilestoneRowSchema).parse(
    db
      .prepare(
        `SELECT id, position, kind, title, planned_date, planned_end_date, actual_date, status,
           body, meeting_date, item_number, decision_text, minutes_url, notes, version_id
         FROM milestones ORDER BY position, rowid`,
      )
      .all(),
  );
}

export function insertMilestone(db: Db, row: MilestoneRow): void {
  db.prepare(
    `INSERT INTO milestones (id, position, kind, title, planned_date, planned_end_date,
       actual_date, status, body, meeting_date, item_number, decision_text, minutes_url, notes,
       version_id)
     VALUES (@id, @position, @kind, @title, @plannedDate, @plannedEndDate, @actualDate, @status,
       @body, @meetingDate, @itemNumber, @decisionText, @minutesUrl, @notes, @versionId)`,
  ).run(row);
}

/** Writes every field of an existing milestone but its position. */
export function updateMilestone(db: Db, row: MilestoneRow): void {
  db.prepare(
    `UPDATE milestones SET kind = @kind, title = @title, planned_date = @plannedDate,
       planned_end_date = @plannedEndDate, actual_date = @actualDate, status = @status,
       body = @body, meeting_date = @meetingDate, item_number = @itemNumber,
       decision_text = @decisionText, minutes_url = @minutesUrl, notes = @notes,
       version_id = @versionId
     WHERE id = @id`,
  ).run(row);
}

export function deleteMilestone(db: Db, id: string): void {
  db.prepare('DELETE FROM milestones WHERE id = ?').run(id);
}

/** Gives `ids` (every milestone, in the new order) the positions 0, 1, 2 … */
export function placeMilestones(db: Db, ids: readonly string[]): void {
  const place = db.prepare('UPDATE milestones SET position = ? WHERE id = ?');
  ids.forEach((id, position) => place.run(position, id));
}

/** A new planned milestone of `kind` with the kind's default body in the plan's language. */
export function newMilestone(
  kind: MilestoneKind,
  title: string | null,
  position: number,
  language: Language,
): MilestoneRow {
  return {
    id: newId(),
    position,
    kind,
    title,
    plannedDate: null,
    plannedEndDate: null,
    actualDate: null,
    status: 'planned',
    body: defaultBody(kind, language),
    meetingDate: null,
    itemNumber: '',
    decisionText: '',
    minutesUrl: '',
    notes: '',
    versionId: null,
  };
}

/**
 * The default decision process (src/shared/process) for a new plan: no dates, no titles (their
 * labels follow the UI language), bodies in the plan's language. Every new plan file gets it,
 * from the template or from a Word import; call it inside the transaction that fills the file.
 */
export function insertDefaultMilestones(db: Db, language: Language): void {
  defaultProcess.forEach((kind, position) =>
    insertMilestone(db, newMilestone(kind, null, position, language)),
  );
}
