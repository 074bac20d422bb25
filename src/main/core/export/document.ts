import type { Checklist } from '../../../shared/domain/checklist';
import { parseEditorState, type EditorStateJson } from '../../../shared/domain/lexical';
import type { MilestoneKind, MilestoneStatus } from '../../../shared/domain/milestones';
import type { CommentSummary } from '../../../shared/domain/rounds';
import type { Outline } from '../../../shared/domain/section';
import type { PlanData } from '../../../shared/domain/plan-data';
import type { Language } from '../../../shared/domain/settings';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { readMilestones } from '../milestones/repository';
import {
  canonicalJson,
  captureSnapshot,
  digestOf,
  snapshotOutline,
  type Snapshot,
} from '../versions/snapshot';
import { storedSnapshot, versionRow } from '../versions/service';

/**
 * What an export renders, read from the plan in one go: the plan as it is now or a frozen version,
 * both through issue 4's snapshot, so the current text and a version print alike and the digest on
 * the cover is the one `verify` recomputes. Everything here is plain data: the renderers (print
 * HTML, DOCX) are pure functions of it.
 */
export interface ExportDocument {
  meta: {
    title: string;
    region: string;
    period: string | null;
    /** The language the plan is written in: the document's `lang`. */
    language: Language;
    helsinki: boolean;
  };
  /** Visible sections in reading order, numbered. */
  outline: Outline;
  /** Each section's parsed Lexical state (null: never written in). */
  content: ReadonlyMap<string, EditorStateJson | null>;
  checklist: Checklist;
  /**
   * The data its live blocks show, from the same snapshot as the text: the current data, or the
   * version's frozen data (null for a version frozen before versions kept it, snapshot format 1).
   */
  data: PlanData | null;
  /** The frozen version exported, or null for the current text. */
  version: { id: string; number: number; label: string; createdAt: string } | null;
  /** SHA-256 of the snapshot's canonical JSON (a version's stored digest). */
  digest: string;
  milestones: ExportMilestone[];
  /** The round's comment summary, read only when the comments annex is asked for. */
  comments?: CommentSummary;
}

export interface ExportMilestone {
  kind: MilestoneKind;
  title: string | null;
  status: MilestoneStatus;
  plannedDate: string | null;
  actualDate: string | null;
  meetingDate: string | null;
  body: string;
  itemNumber: string;
  decisionText: string;
  /** The number of the version it decided on, if any. */
  versionNumber: number | null;
}

function contentOf(snapshot: Snapshot): Map<string, EditorStateJson | null> {
  return new Map(
    snapshot.sections.map((section) => {
      if (section.content === null || section.content === undefined) return [section.id, null];
      const parsed = parseEditorState(JSON.stringify(section.content));
      if (!parsed) throw new CoreError('CORRUPT', { sectionId: section.id });
      return [section.id, parsed];
    }),
  );
}

/** Reads the plan (`versionId` null) or one of its versions for export, in one transaction. */
export function readExportDocument(db: Db, versionId: string | null): ExportDocument {
  return db.transaction(() => {
    let snapshot: Snapshot;
    let version: ExportDocument['version'] = null;
    let digest: string;
    if (versionId === null) {
      snapshot = captureSnapshot(db);
      digest = digestOf(canonicalJson(snapshot));
    } else {
      const row = versionRow(db, versionId);
      snapshot = storedSnapshot(row);
      digest = row.digest;
      version = { id: row.id, number: row.number, label: row.label, createdAt: row.createdAt };
    }
    const numbers = new Map(
      (
        db.prepare('SELECT id, number FROM versions').all() as Array<{ id: string; number: number }>
      ).map((row) => [row.id, row.number]),
    );
    return {
      meta: snapshot.meta,
      outline: snapshotOutline(snapshot),
      content: contentOf(snapshot),
      checklist: snapshot.checklist,
      data: snapshot.data,
      version,
      digest,
      milestones: readMilestones(db).map((row) => ({
        kind: row.kind,
        title: row.title,
        status: row.status,
        plannedDate: row.plannedDate,
        actualDate: row.actualDate,
        meetingDate: row.meetingDate,
        body: row.body,
        itemNumber: row.itemNumber,
        decisionText: row.decisionText,
        versionNumber: row.versionId === null ? null : (numbers.get(row.versionId) ?? null),
      })),
    };
  })();
}
