import type { Resolution } from '../../../shared/domain/rounds';
import type { SearchSources } from '../../../shared/domain/search';
import type { Db } from '../db/plan-file';

/**
 * The rows of the full-text index (see migrations/007_search.ts) that an FTS5 expression matches,
 * with what a hit needs about their owners. The texts come from the index itself: no section,
 * snapshot or comment is read or parsed.
 *
 * Searches come in bursts (she types a query; each pause searches again) over texts that do not
 * change in between, so the rows read are kept per connection until the connection writes
 * anything (`total_changes()` moves with every write, including those that fire the index's
 * triggers). A search then asks SQLite only for matching row ids, and the matcher works on the
 * same strings each time, whose compared forms it has cached.
 */

interface Row {
  rowid: number;
}

export interface SectionRow extends Row {
  kind: 'section';
  sectionId: string;
  title: string;
  body: string;
}

export interface VersionRow extends Row {
  kind: 'version';
  versionId: string;
  versionNumber: number;
  versionLabel: string;
  sectionId: string;
  /** The section's title in that version. */
  title: string;
  body: string;
}

export interface CommentRow extends Row {
  kind: 'comment';
  commentId: string;
  commentNumber: number;
  /** The section as in the round's version; null: about the plan as a whole. */
  sectionId: string | null;
  resolution: Resolution;
  roundId: string;
  roundTitle: string;
  roundCreatedAt: string;
  roundVersionId: string;
  respondent: string;
  text: string;
  proposal: string;
  response: string;
}

export type IndexRow = SectionRow | VersionRow | CommentRow;
type Kind = IndexRow['kind'];

/** Reads rows of one kind by id (a JSON array), owners joined in. */
const rowsOf: Record<Kind, string> = {
  section: `SELECT 'section' AS kind, e.id AS rowid, e.owner AS sectionId, f.title, f.body
    FROM search_entries AS e JOIN search_fts AS f ON f.rowid = e.id
    WHERE e.id IN (SELECT value FROM json_each(?))`,
  version: `SELECT 'version' AS kind, e.id AS rowid, v.id AS versionId,
      v.number AS versionNumber, v.label AS versionLabel, e.part AS sectionId, f.title, f.body
    FROM search_entries AS e
    JOIN search_fts AS f ON f.rowid = e.id
    JOIN versions AS v ON v.id = e.owner
    WHERE e.id IN (SELECT value FROM json_each(?))`,
  comment: `SELECT 'comment' AS kind, e.id AS rowid, c.id AS commentId, c.number AS commentNumber,
      c.section_id AS sectionId, c.resolution, r.id AS roundId, r.title AS roundTitle,
      r.created_at AS roundCreatedAt, r.version_id AS roundVersionId, p.name AS respondent,
      f.body AS text, f.proposal, f.response
    FROM search_entries AS e
    JOIN search_fts AS f ON f.rowid = e.id
    JOIN comments AS c ON c.id = e.owner
    JOIN rounds AS r ON r.id = c.round_id
    JOIN respondents AS p ON p.id = c.respondent_id
    WHERE e.id IN (SELECT value FROM json_each(?))`,
};

interface Cache {
  changes: number;
  rows: Map<number, IndexRow>;
}

const caches = new WeakMap<Db, Cache>();

function cacheOf(db: Db): Cache {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  const cache = caches.get(db);
  if (cache && cache.changes === changes) return cache;
  const fresh: Cache = { changes, rows: new Map() };
  caches.set(db, fresh);
  return fresh;
}

/** The rows of the kinds asked for that match `expression`, in no particular order. */
export function matchingRows(db: Db, expression: string, sources: SearchSources): IndexRow[] {
  const wanted: Record<Kind, boolean> = {
    section: true,
    version: sources.versions,
    comment: sources.comments,
  };
  const cache = cacheOf(db);
  // CROSS JOIN keeps the index as the outer loop: otherwise SQLite may walk every entry of a kind
  // and run the MATCH once per entry.
  const matched = db
    .prepare(
      `SELECT f.rowid AS id, e.kind FROM search_fts AS f
       CROSS JOIN search_entries AS e ON e.id = f.rowid
       WHERE search_fts MATCH ?`,
    )
    .all(expression) as Array<{ id: number; kind: Kind }>;
  const ids = matched.filter((row) => wanted[row.kind]);
  const missing: Record<Kind, number[]> = { section: [], version: [], comment: [] };
  for (const { id, kind } of ids) if (!cache.rows.has(id)) missing[kind].push(id);
  for (const kind of ['section', 'version', 'comment'] as const) {
    if (missing[kind].length === 0) continue;
    const read = db.prepare(rowsOf[kind]).all(JSON.stringify(missing[kind])) as IndexRow[];
    for (const row of read) cache.rows.set(row.rowid, row);
  }
  // A row whose owner is gone (no join) stays out.
  return ids.flatMap(({ id }) => cache.rows.get(id) ?? []);
}

/** A section's title as a version froze it, from the index; null when the version lacks it. */
export function titleInVersion(db: Db, versionId: string, sectionId: string): string | null {
  const row = db
    .prepare(
      `SELECT f.title FROM search_entries AS e JOIN search_fts AS f ON f.rowid = e.id
       WHERE e.kind = 'version' AND e.owner = ? AND e.part = ?`,
    )
    .get(versionId, sectionId) as { title: string } | undefined;
  return row?.title ?? null;
}
