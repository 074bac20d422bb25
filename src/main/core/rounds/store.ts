import type {
  CommentKind,
  CommentSource,
  Resolution,
  RespondentKind,
  SectionRef,
  TextQuote,
} from '../../../shared/domain/rounds';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { newId } from '../ids';
import { nameKey } from '../plan-data/keys';
import { storedSnapshot, versionRow } from '../versions/service';
import { snapshotOutline } from '../versions/snapshot';

/**
 * The rows of comment rounds as both the rounds service and the comment importer write them
 * (schema 5). Rules (who may change what) live in the services; these only read and write.
 */

export { nameKey };

export interface RoundRow {
  id: string;
  title: string;
  version_id: string;
  opens_on: string | null;
  closes_on: string | null;
  instructions: string;
  status: 'preparation' | 'open' | 'closed' | 'reviewed';
  created_at: string;
}

/** The round, or NOT_FOUND. */
export function roundRow(db: Db, roundId: string): RoundRow {
  const row = db.prepare('SELECT * FROM rounds WHERE id = ?').get(roundId) as RoundRow | undefined;
  if (!row) throw new CoreError('NOT_FOUND', { what: 'round' });
  return row;
}

/** A section of the round's version, with its text as frozen there. */
export interface VersionSection extends SectionRef {
  plainText: string;
}

/** The sections of the version a round was sent out on, in reading order, numbered as there. */
export function roundSections(db: Db, roundId: string): VersionSection[] {
  const snapshot = storedSnapshot(versionRow(db, roundRow(db, roundId).version_id));
  const texts = new Map(snapshot.sections.map((section) => [section.id, section.plainText]));
  return snapshotOutline(snapshot).map((entry) => ({
    id: entry.id,
    number: entry.number,
    title: entry.title,
    plainText: texts.get(entry.id) ?? '',
  }));
}

export interface RespondentRow {
  id: string;
  name: string;
  kind: RespondentKind;
  contact: string;
}

/** The respondent registered under this name (or remembered under it as an alias), if any. */
export function respondentByName(db: Db, name: string): RespondentRow | null {
  const key = nameKey(name);
  const row = db
    .prepare(
      `SELECT id, name, kind, contact FROM respondents WHERE name_key = @key
       UNION ALL
       SELECT r.id, r.name, r.kind, r.contact FROM respondent_aliases a
         JOIN respondents r ON r.id = a.respondent_id WHERE a.alias_key = @key
       LIMIT 1`,
    )
    .get({ key }) as RespondentRow | undefined;
  return row ?? null;
}

/** Only the remembered alias (an earlier import's mapping), not a name match. */
export function respondentByAlias(db: Db, alias: string): RespondentRow | null {
  const row = db
    .prepare(
      `SELECT r.id, r.name, r.kind, r.contact FROM respondent_aliases a
         JOIN respondents r ON r.id = a.respondent_id WHERE a.alias_key = ?`,
    )
    .get(nameKey(alias)) as RespondentRow | undefined;
  return row ?? null;
}

/** Adds a respondent; a name already registered is DUPLICATE_NAME. */
export function insertRespondent(
  db: Db,
  input: { name: string; kind: RespondentKind; contact?: string },
  createdAt: string,
): string {
  const name = input.name.replace(/\s+/g, ' ').trim();
  const taken = db.prepare('SELECT 1 FROM respondents WHERE name_key = ?').get(nameKey(name));
  if (taken) throw new CoreError('DUPLICATE_NAME', { name });
  const id = newId();
  db.prepare(
    `INSERT INTO respondents (id, name, name_key, kind, contact, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, name, nameKey(name), input.kind, input.contact ?? '', createdAt);
  return id;
}

/**
 * Remembers that `alias` (a Word author, a survey's organisation name) means this respondent, so
 * the next import maps it the same way. The respondent's own name needs no alias.
 */
export function rememberAlias(db: Db, alias: string, respondentId: string): void {
  const trimmed = alias.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (trimmed === '') return;
  const own = db
    .prepare('SELECT 1 FROM respondents WHERE id = ? AND name_key = ?')
    .get(respondentId, nameKey(trimmed));
  if (own) return;
  db.prepare(
    `INSERT INTO respondent_aliases (alias_key, alias, respondent_id) VALUES (?, ?, ?)
     ON CONFLICT (alias_key) DO UPDATE SET alias = excluded.alias,
       respondent_id = excluded.respondent_id`,
  ).run(nameKey(trimmed), trimmed, respondentId);
}

export interface NewCommentRow {
  roundId: string;
  respondentId: string;
  sectionId: string | null;
  questionId: string | null;
  parentId: string | null;
  quote: TextQuote | null;
  text: string;
  kind: CommentKind;
  proposal: string | null;
  source: CommentSource;
  importId: string | null;
  sourceFile: string | null;
  sourceAuthor: string | null;
  sourceRef: string | null;
  createdAt: string;
  createdBy: string;
}

/**
 * The statements of `insertComment`, prepared once per open plan: an import writes thousands of
 * comments in one transaction, and preparing two statements per comment was a fifth of its time.
 */
type Statement = ReturnType<Db['prepare']>;
const commentStatements = new WeakMap<Db, { next: Statement; insert: Statement }>();

function commentInsertStatements(db: Db): { next: Statement; insert: Statement } {
  let statements = commentStatements.get(db);
  if (!statements) {
    statements = {
      next: db.prepare(
        'SELECT coalesce(max(number), 0) + 1 AS next FROM comments WHERE round_id = ?',
      ),
      insert: db.prepare(
        `INSERT INTO comments (id, round_id, number, respondent_id, section_id, question_id, parent_id,
           quote_exact, quote_prefix, quote_suffix, text, kind, proposal, source, import_id,
           source_file, source_author, source_ref, created_at, created_by)
         VALUES (@id, @roundId, @number, @respondentId, @sectionId, @questionId, @parentId,
           @exact, @prefix, @suffix, @text, @kind, @proposal, @source, @importId,
           @sourceFile, @sourceAuthor, @sourceRef, @createdAt, @createdBy)`,
      ),
    };
    commentStatements.set(db, statements);
  }
  return statements;
}

/** Writes a comment with the round's next number; returns its id. Call inside a transaction. */
export function insertComment(db: Db, row: NewCommentRow): string {
  const id = newId();
  const statements = commentInsertStatements(db);
  const { next } = statements.next.get(row.roundId) as { next: number };
  statements.insert.run({
    ...row,
    id,
    number: next,
    exact: row.quote?.exact ?? null,
    prefix: row.quote?.prefix ?? '',
    suffix: row.quote?.suffix ?? '',
  });
  return id;
}

export interface CommentRow {
  id: string;
  round_id: string;
  number: number;
  respondent_id: string;
  respondent_name: string;
  respondent_kind: RespondentKind;
  section_id: string | null;
  question_id: string | null;
  parent_id: string | null;
  quote_exact: string | null;
  quote_prefix: string;
  quote_suffix: string;
  text: string;
  kind: CommentKind;
  proposal: string | null;
  source: CommentSource;
  source_file: string | null;
  source_author: string | null;
  source_ref: string | null;
  created_at: string;
  created_by: string;
  resolution: Resolution;
  response: string;
  resolved_by: string;
  resolved_at: string | null;
  applied_revision: number | null;
  applied_from_revision: number | null;
}

const COMMENT_SELECT = `SELECT c.id, c.round_id, c.number, c.respondent_id, r.name AS respondent_name,
    r.kind AS respondent_kind, c.section_id, c.question_id, c.parent_id, c.quote_exact,
    c.quote_prefix, c.quote_suffix, c.text, c.kind, c.proposal, c.source, c.source_file,
    c.source_author, c.source_ref, c.created_at, c.created_by, c.resolution, c.response,
    c.resolved_by, c.resolved_at, c.applied_revision, c.applied_from_revision
  FROM comments c JOIN respondents r ON r.id = c.respondent_id`;

/** Every comment of a round, in number order. */
export function commentRows(db: Db, roundId: string): CommentRow[] {
  return db
    .prepare(`${COMMENT_SELECT} WHERE c.round_id = ? ORDER BY c.number`)
    .all(roundId) as CommentRow[];
}

/** The comment, or NOT_FOUND. */
export function commentRow(db: Db, commentId: string): CommentRow {
  const row = db.prepare(`${COMMENT_SELECT} WHERE c.id = ?`).get(commentId) as
    CommentRow | undefined;
  if (!row) throw new CoreError('NOT_FOUND', { what: 'comment' });
  return row;
}
