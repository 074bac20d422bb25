import { z } from 'zod';
import { VersionKindSchema, type VersionKind } from '../../../shared/domain/versions';
import type { Db } from '../db/plan-file';

/** The `versions` table: frozen snapshots, numbered in the order they were made. */

const VersionRowSchema = z.object({
  id: z.string(),
  number: z.number().int().min(1),
  label: z.string(),
  kind: VersionKindSchema,
  note: z.string(),
  created_at: z.string(),
  created_by: z.string(),
  milestone_id: z.string().nullable(),
  digest: z.string(),
  snapshot: z.string(),
});

export interface VersionRow {
  id: string;
  number: number;
  label: string;
  kind: VersionKind;
  note: string;
  createdAt: string;
  createdBy: string;
  milestoneId: string | null;
  digest: string;
  snapshot: string;
}

const toRow = (raw: unknown): VersionRow => {
  const row = VersionRowSchema.parse(raw);
  return {
    id: row.id,
    number: row.number,
    label: row.label,
    kind: row.kind,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
    milestoneId: row.milestone_id,
    digest: row.digest,
    snapshot: row.snapshot,
  };
};

const COLUMNS =
  'id, number, label, kind, note, created_at, created_by, milestone_id, digest, snapshot';

/** Every version, newest (highest number) first. */
export function readVersions(db: Db): VersionRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM versions ORDER BY number DESC`).all().map(toRow);
}

export function readVersion(db: Db, id: string): VersionRow | undefined {
  const raw: unknown = db.prepare(`SELECT ${COLUMNS} FROM versions WHERE id = ?`).get(id);
  return raw === undefined ? undefined : toRow(raw);
}

export function nextVersionNumber(db: Db): number {
  const row = db.prepare('SELECT coalesce(max(number), 0) + 1 AS next FROM versions').get() as {
    next: number;
  };
  return row.next;
}

export function insertVersion(db: Db, version: VersionRow): void {
  db.prepare(
    `INSERT INTO versions (${COLUMNS})
     VALUES (@id, @number, @label, @kind, @note, @createdAt, @createdBy, @milestoneId, @digest,
       @snapshot)`,
  ).run(version);
}
