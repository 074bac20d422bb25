import type {
  VersionCheck,
  VersionKind,
  VersionSnapshot,
  VersionSummary,
} from '../../../shared/domain/versions';
import { countWords } from '../../../shared/domain/lexical';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { newId } from '../ids';
import { readMeta } from '../plans/repository';
import {
  insertVersion,
  nextVersionNumber,
  readVersion,
  readVersions,
  type VersionRow,
} from './repository';
import {
  canonicalJson,
  captureSnapshot,
  contentText,
  digestOf,
  parseSnapshot,
  recomputeDigest,
  snapshotOutline,
  type Snapshot,
} from './snapshot';

/** Versions of an open (or read-only) plan: freeze, list, read back and verify. */

/** A version's summary; its counts from `parsed`, or from its stored snapshot when not given. */
function summaryOf(row: VersionRow, parsed?: Snapshot | null): VersionSummary {
  const { snapshot: text, ...fields } = row;
  const sections = (parsed === undefined ? parseSnapshot(text) : parsed)?.sections ?? [];
  return {
    ...fields,
    sections: sections.length,
    words: sections.reduce((sum, section) => sum + countWords(section.plainText), 0),
  };
}

/** Every version, newest first. */
export function listVersions(db: Db): VersionSummary[] {
  return readVersions(db).map((row) => summaryOf(row));
}

export interface NewVersion {
  label: string;
  note?: string | undefined;
  kind: VersionKind;
  milestoneId?: string | null;
  createdAt: string;
  createdBy: string;
}

/**
 * Freezes the plan as it is now. Runs inside the caller's transaction when there is one (a
 * milestone marked done freezes its decision version in the same transaction).
 */
export function freezeVersion(db: Db, input: NewVersion): VersionSummary {
  return db.transaction(() => {
    const snapshot = captureSnapshot(db);
    const canonical = canonicalJson(snapshot);
    const row: VersionRow = {
      id: newId(),
      number: nextVersionNumber(db),
      label: input.label,
      kind: input.kind,
      note: input.note ?? '',
      createdAt: input.createdAt,
      createdBy: input.createdBy,
      milestoneId: input.milestoneId ?? null,
      digest: digestOf(canonical),
      snapshot: canonical,
    };
    insertVersion(db, row);
    return summaryOf(row, snapshot);
  })();
}

/** The version's row, or NOT_FOUND. */
export function versionRow(db: Db, id: string): VersionRow {
  const row = readVersion(db, id);
  if (!row) throw new CoreError('NOT_FOUND', { versionId: id });
  return row;
}

/** A stored snapshot; a version whose snapshot cannot be read is CORRUPT. */
export function storedSnapshot(row: VersionRow): Snapshot {
  const snapshot = parseSnapshot(row.snapshot);
  if (!snapshot) throw new CoreError('CORRUPT', { versionId: row.id });
  return snapshot;
}

/** A whole frozen plan for the read-only view, with whether its digest still matches. */
export function getVersion(db: Db, id: string): VersionSnapshot {
  const row = versionRow(db, id);
  const snapshot = storedSnapshot(row);
  const live = readMeta(db);
  return {
    version: summaryOf(row, snapshot),
    digestOk: recomputeDigest(row.snapshot) === row.digest,
    meta: {
      ...snapshot.meta,
      catalogueVersion: snapshot.checklist.catalogueVersion,
      schemaVersion: live.schemaVersion,
      createdAt: live.createdAt,
    },
    outline: snapshotOutline(snapshot),
    sections: snapshot.sections.map((section) => {
      const title = snapshot.outline.find((entry) => entry.id === section.id)?.title ?? '';
      return {
        id: section.id,
        title,
        content: contentText(section.content),
        plainText: section.plainText,
        words: countWords(section.plainText),
      };
    }),
    checklist: snapshot.checklist,
    data: snapshot.data,
  };
}

/** Every version's stored digest against the one recomputed from its snapshot, oldest first. */
export function checkVersions(db: Db): VersionCheck[] {
  return readVersions(db)
    .reverse()
    .map((row) => {
      const recomputed = recomputeDigest(row.snapshot);
      return {
        id: row.id,
        number: row.number,
        label: row.label,
        createdAt: row.createdAt,
        digest: row.digest,
        recomputed,
        ok: recomputed === row.digest,
      };
    });
}
