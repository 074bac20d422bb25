import { basename } from 'node:path';
import { normaliseSpace } from '../../../shared/anchoring';
import type {
  AuthorMapping,
  CommentImportReport,
  SkipReason,
  SkippedItem,
} from '../../../shared/domain/comment-import';
import { MAX_CONTEXT, MAX_QUOTE, type TextQuote } from '../../../shared/domain/rounds';
import type { Db } from '../db/plan-file';
import { newId } from '../ids';
import { insertComment, type VersionSection } from '../rounds/store';
import { AuthorMapper, authorOf } from './map-authors';
import type { ReadFile } from './parse';
import { resolveSection } from './section-ref';
import type { ParsedComment } from './types';

/**
 * Writes previewed files into a round. Call inside one transaction: any failure leaves nothing.
 *
 * Each comment records where it came from: `sourceFile` (the file's name), `sourceAuthor` (the
 * author or organisation as written there, null if none) and `sourceRef`, language-neutral so the
 * UI words it in her language: "comment:3" (the third Word comment) or "row:12" (survey row 12).
 */

const MAX_TEXT = 20_000;
const MAX_PROPOSAL = 4000;
const EXCERPT = 80;

export interface ImportContext {
  roundId: string;
  sections: readonly VersionSection[];
  now: string;
  author: string;
}

export const sourceRefOf = (comment: ParsedComment): string | null =>
  comment.commentNo !== null
    ? `comment:${comment.commentNo}`
    : comment.row !== null
      ? `row:${comment.row}`
      : null;

const skipped = (comment: ParsedComment, reason: SkipReason): SkippedItem => ({
  row: comment.row,
  commentNo: comment.commentNo,
  reason,
  excerpt: normaliseSpace(comment.text || (comment.quote?.exact ?? '')).slice(0, EXCERPT),
});

/** The quote within the schema's limits (the readers cut it there already; this guards it). */
function storedQuote(quote: TextQuote | null): TextQuote | null {
  const exact = quote ? normaliseSpace(quote.exact).slice(0, MAX_QUOTE).trim() : '';
  if (!quote || exact === '') return null;
  return {
    exact,
    prefix: quote.prefix.slice(-MAX_CONTEXT),
    suffix: quote.suffix.slice(0, MAX_CONTEXT),
  };
}

/** What makes two comments the same: who, where, on which passage, what (and in which thread). */
interface Sameness {
  respondentId: string;
  sectionId: string | null;
  exact: string | null;
  text: string;
  kind: string;
  proposal: string | null;
  parentId: string | null;
}

const keyOf = (same: Sameness): string =>
  JSON.stringify([
    same.respondentId,
    same.sectionId ?? '',
    normaliseSpace(same.exact ?? ''),
    normaliseSpace(same.text),
    same.kind,
    same.proposal === null ? null : normaliseSpace(same.proposal),
    same.parentId ?? '',
  ]);

/** The round's comments by sameness, so a file imported again adds nothing twice. */
function existingComments(db: Db, roundId: string): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT id, respondent_id AS respondentId, section_id AS sectionId, quote_exact AS exact,
         text, kind, proposal, parent_id AS parentId FROM comments WHERE round_id = ?`,
    )
    .all(roundId) as Array<Sameness & { id: string }>;
  return new Map(rows.map((row) => [keyOf(row), row.id]));
}

interface FileTally {
  imported: number;
  changes: number;
  replies: number;
  general: number;
  skipped: SkippedItem[];
}

/** A comment as placed in the round: written now, or the same one already there. */
interface Placed {
  id: string;
  sectionId: string | null;
}

/** Why a comment cannot be stored, if it cannot (the readers skip these already; this guards). */
function unstorable(comment: ParsedComment, quote: TextQuote | null, text: string) {
  if (comment.kind === 'comment' && text === '') return 'emptyText';
  if (
    comment.kind === 'change' &&
    (quote === null || comment.proposal === null || comment.proposal.length > MAX_PROPOSAL)
  ) {
    return 'unsupportedChange';
  }
  return null;
}

/** One file's comments into the round, parents before their replies. */
class FileWriter {
  readonly tally: FileTally = { imported: 0, changes: 0, replies: 0, general: 0, skipped: [] };
  private readonly name: string;
  private readonly importId = newId();
  private readonly respondents = new Map<string, string>();
  private readonly byNumber = new Map<number, ParsedComment>();
  /** Null: skipped (or a reply thread that loops back on itself). */
  private readonly placed = new Map<ParsedComment, Placed | null>();

  constructor(
    private readonly db: Db,
    private readonly context: ImportContext,
    private readonly file: ReadFile,
    private readonly mapper: AuthorMapper,
    /** The round's comments by sameness, this import's included as they are written. */
    private readonly known: Map<string, string>,
  ) {
    this.name = basename(file.source.path);
    for (const comment of file.parsed.comments) {
      if (comment.commentNo !== null) this.byNumber.set(comment.commentNo, comment);
    }
  }

  write(): FileTally {
    const { db, context, file, importId } = this;
    db.prepare(
      `INSERT INTO comment_imports (id, round_id, file_name, file_digest, kind, imported_at,
         comments) VALUES (?, ?, ?, ?, ?, ?, 0)`,
    ).run(importId, context.roundId, this.name, file.source.digest, file.source.kind, context.now);
    for (const comment of file.parsed.comments) this.place(comment);
    db.prepare('UPDATE comment_imports SET comments = ? WHERE id = ?').run(
      this.tally.imported,
      importId,
    );
    this.tally.skipped = [...file.parsed.skipped, ...this.tally.skipped];
    return this.tally;
  }

  private respondentOf(author: string): string {
    let id = this.respondents.get(author);
    if (id === undefined) {
      id = this.mapper.respondentFor(author, this.file.source.path);
      this.respondents.set(author, id);
    }
    return id;
  }

  private skip(comment: ParsedComment, reason: SkipReason): null {
    this.tally.skipped.push(skipped(comment, reason));
    this.placed.set(comment, null);
    return null;
  }

  private place(comment: ParsedComment): Placed | null {
    if (this.placed.has(comment)) return this.placed.get(comment)!;
    this.placed.set(comment, null);
    let parent: Placed | null = null;
    if (comment.parentNo !== null) {
      const parentComment = this.byNumber.get(comment.parentNo);
      parent = parentComment ? this.place(parentComment) : null;
      if (!parent) return this.skip(comment, 'orphanReply');
    }
    const quote = storedQuote(comment.quote);
    const text = comment.text.trim().slice(0, MAX_TEXT);
    const reason = unstorable(comment, quote, text);
    if (reason) return this.skip(comment, reason);
    const hint = comment.sectionHint;
    const own = hint === null ? null : resolveSection(hint, this.context.sections);
    const author = authorOf(comment);
    const same: Sameness = {
      respondentId: this.respondentOf(author),
      sectionId: own?.id ?? parent?.sectionId ?? null,
      exact: quote?.exact ?? null,
      text,
      kind: comment.kind,
      proposal: comment.kind === 'change' ? comment.proposal : null,
      parentId: parent?.id ?? null,
    };
    const key = keyOf(same);
    const earlier = this.known.get(key);
    if (earlier !== undefined) {
      this.skip(comment, 'duplicate');
      // Its replies join the thread already in the round.
      const placed = { id: earlier, sectionId: same.sectionId };
      this.placed.set(comment, placed);
      return placed;
    }
    const id = insertComment(this.db, {
      roundId: this.context.roundId,
      respondentId: same.respondentId,
      sectionId: same.sectionId,
      questionId: null,
      parentId: same.parentId,
      quote,
      text,
      kind: comment.kind,
      proposal: same.proposal,
      source: this.file.survey ? 'survey' : 'docx',
      importId: this.importId,
      sourceFile: this.name,
      sourceAuthor: author === '' ? null : author,
      sourceRef: sourceRefOf(comment),
      createdAt: this.context.now,
      createdBy: this.context.author,
    });
    this.known.set(key, id);
    this.count(same);
    const placed = { id, sectionId: same.sectionId };
    this.placed.set(comment, placed);
    return placed;
  }

  private count(written: Sameness): void {
    this.tally.imported++;
    if (written.kind === 'change') this.tally.changes++;
    if (written.parentId !== null) this.tally.replies++;
    if (written.sectionId === null) this.tally.general++;
  }
}

/** Writes every file's comments; the caller's transaction makes it all or nothing. */
export function writeImport(
  db: Db,
  context: ImportContext,
  files: readonly ReadFile[],
  mapping: AuthorMapping,
): CommentImportReport {
  const mapper = new AuthorMapper(db, mapping, context.now);
  mapper.resolveTargets(
    new Set(files.flatMap((file) => file.parsed.comments.map((comment) => authorOf(comment)))),
  );
  const known = existingComments(db, context.roundId);
  const report: CommentImportReport = {
    roundId: context.roundId,
    imported: 0,
    changes: 0,
    replies: 0,
    general: 0,
    files: [],
    respondentsCreated: [],
  };
  for (const file of files) {
    const repeated =
      db
        .prepare('SELECT 1 FROM comment_imports WHERE round_id = ? AND file_digest = ?')
        .get(context.roundId, file.source.digest) !== undefined;
    const tally = new FileWriter(db, context, file, mapper, known).write();
    report.imported += tally.imported;
    report.changes += tally.changes;
    report.replies += tally.replies;
    report.general += tally.general;
    report.files.push({
      name: basename(file.source.path),
      kind: file.source.kind,
      imported: tally.imported,
      skipped: tally.skipped,
      repeated,
    });
  }
  report.respondentsCreated = mapper.createdNames();
  return report;
}
