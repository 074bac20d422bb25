import {
  decisionKinds,
  type MilestoneKind,
  type MilestonePatch,
  type Milestones,
} from '../../../shared/domain/milestones';
import { decisionVersionLabel } from '../../../shared/process/default-milestones';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { checkExternalUrl } from '../external-url';
import { readMeta } from '../plans/repository';
import { readVersion } from '../versions/repository';
import { freezeVersion } from '../versions/service';
import {
  deleteMilestone,
  insertMilestone,
  newMilestone,
  placeMilestones,
  readMilestones,
  updateMilestone,
  type MilestoneRow,
} from './repository';
import { checkDates, deriveMilestones, type LinkedVersion } from './rules';

/**
 * The decision milestones of an open plan. Every action is one transaction that checks first and
 * writes after, and returns the whole timeline as of `today` (Europe/Helsinki, from the clock).
 */

export function listMilestones(db: Db, today: string): Milestones {
  return db.transaction(() => deriveMilestones(readMilestones(db), today))();
}

function find(rows: readonly MilestoneRow[], id: string): MilestoneRow {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new CoreError('NOT_FOUND', { milestoneId: id });
  return row;
}

function linkedVersion(db: Db, versionId: string | null): LinkedVersion | undefined {
  if (versionId === null) return undefined;
  const version = readVersion(db, versionId);
  if (!version) throw new CoreError('NOT_FOUND', { versionId });
  return version;
}

export interface AddMilestone {
  kind: MilestoneKind;
  title?: string | null | undefined;
  /** Goes right after this milestone; null: first. */
  afterId: string | null;
}

export function addMilestone(db: Db, input: AddMilestone, today: string): Milestones {
  return db.transaction(() => {
    const rows = readMilestones(db);
    const at = input.afterId === null ? 0 : rows.indexOf(find(rows, input.afterId)) + 1;
    const row = newMilestone(input.kind, input.title ?? null, at, readMeta(db).language);
    insertMilestone(db, row);
    const ids = rows.map((other) => other.id);
    ids.splice(at, 0, row.id);
    placeMilestones(db, ids);
    return deriveMilestones(readMilestones(db), today);
  })();
}

/** A minutes link must be one the app may open (http, https) or empty; kept normalised. */
function minutesUrl(text: string): string {
  return text === '' ? '' : checkExternalUrl(text);
}

/** The milestone with `patch` applied (fields not in the patch keep their values). */
function patched(row: MilestoneRow, patch: MilestonePatch): MilestoneRow {
  const next: MilestoneRow = { ...row };
  for (const key of Object.keys(patch) as Array<keyof MilestonePatch>) {
    if (patch[key] === undefined) continue;
    (next as unknown as Record<string, unknown>)[key] = patch[key];
  }
  if (patch.minutesUrl !== undefined) next.minutesUrl = minutesUrl(patch.minutesUrl);
  return next;
}

/** Edits a milestone; impossible dates are refused (INVALID_DATES), doubtful ones warned about. */
export function editMilestone(
  db: Db,
  milestoneId: string,
  patch: MilestonePatch,
  today: string,
): Milestones {
  return db.transaction(() => {
    const row = patched(find(readMilestones(db), milestoneId), patch);
    checkDates(row, linkedVersion(db, row.versionId));
    updateMilestone(db, row);
    return deriveMilestones(readMilestones(db), today);
  })();
}

/** Removes a milestone; a version frozen for it stays, no longer tied to a milestone. */
export function removeMilestone(db: Db, milestoneId: string, today: string): Milestones {
  return db.transaction(() => {
    const rows = readMilestones(db);
    find(rows, milestoneId);
    deleteMilestone(db, milestoneId);
    placeMilestones(
      db,
      rows.filter((row) => row.id !== milestoneId).map((row) => row.id),
    );
    return deriveMilestones(readMilestones(db), today);
  })();
}

/** Moves a milestone to `index` in the process order (counted without it). */
export function moveMilestone(
  db: Db,
  milestoneId: string,
  index: number,
  today: string,
): Milestones {
  return db.transaction(() => {
    const rows = readMilestones(db);
    find(rows, milestoneId);
    const ids = rows.map((row) => row.id).filter((id) => id !== milestoneId);
    if (index > ids.length) {
      throw new CoreError('INVALID_INPUT', { issue: `index: at most ${ids.length}` });
    }
    ids.splice(index, 0, milestoneId);
    placeMilestones(db, ids);
    return deriveMilestones(readMilestones(db), today);
  })();
}

export interface MarkDone {
  milestoneId: string;
  actualDate: string;
  /** The version decided on; absent or null for a decision step: freeze the plan as it is now. */
  versionId?: string | null | undefined;
}

/**
 * Marks a milestone done on `actualDate`. A decision step (evening session, committee, board,
 * council) links the given version, keeps the one it already has, or else freezes the plan as a
 * decision version labelled with the step and the date in the plan's language ("Aluevaltuusto
 * 8.12.2022") — all in one transaction.
 */
export function markDone(
  db: Db,
  input: MarkDone,
  who: { now: string; author: string },
  today: string,
): Milestones {
  return db.transaction(() => {
    const current = find(readMilestones(db), input.milestoneId);
    const row: MilestoneRow = {
      ...current,
      status: 'done',
      actualDate: input.actualDate,
      versionId: input.versionId ?? current.versionId,
    };
    const freeze = row.versionId === null && decisionKinds.includes(row.kind);
    // Checked before anything is written: the version frozen below is the step's own record.
    checkDates(row, linkedVersion(db, row.versionId));
    if (freeze) {
      const version = freezeVersion(db, {
        label: decisionVersionLabel(row, input.actualDate, readMeta(db).language).slice(0, 200),
        kind: 'decision',
        milestoneId: row.id,
        createdAt: who.now,
        createdBy: who.author,
      });
      row.versionId = version.id;
    }
    updateMilestone(db, row);
    return deriveMilestones(readMilestones(db), today);
  })();
}
