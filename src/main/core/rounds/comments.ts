import {
  resolutions,
  type Comment,
  type RoundSummary,
  type CommentList,
  type NewComment,
  type ResolutionCounts,
  type TextQuote,
} from '../../../shared/domain/rounds';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { anchorContext, anchorOf, type AnchorContext } from './anchors';
import { requireRoundQuestion, requireRoundSection } from './questions';
import { requireRespondent } from './respondents';
import { listRounds } from './rounds';
import {
  commentRow,
  commentRows,
  insertComment,
  nameKey,
  roundRow,
  type CommentRow,
} from './store';

/** Comments of a round: listed with their anchors in the current text, added by hand, corrected. */

export function quoteOf(row: CommentRow): TextQuote | null {
  return row.quote_exact === null
    ? null
    : { exact: row.quote_exact, prefix: row.quote_prefix, suffix: row.quote_suffix };
}

export function toComment(row: CommentRow, context: AnchorContext): Comment {
  const quote = quoteOf(row);
  return {
    id: row.id,
    roundId: row.round_id,
    number: row.number,
    respondentId: row.respondent_id,
    respondentName: row.respondent_name,
    respondentKind: row.respondent_kind,
    section: row.section_id === null ? null : context.sectionRef(row.section_id),
    questionId: row.question_id,
    quote,
    text: row.text,
    kind: row.kind,
    proposal: row.proposal,
    parentId: row.parent_id,
    source: row.source,
    sourceFile: row.source_file,
    sourceAuthor: row.source_author,
    sourceRef: row.source_ref,
    anchor: anchorOf(context, row.section_id, quote),
    createdAt: row.created_at,
    createdBy: row.created_by,
    resolution: row.resolution,
    response: row.response,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
    appliedRevision: row.applied_revision,
  };
}

/** One comment as the review shows it. */
export function getComment(db: Db, commentId: string): Comment {
  const row = commentRow(db, commentId);
  return toComment(row, anchorContext(db, row.round_id));
}

/** In number order, each reply right after the comment it answers (and its earlier replies). */
export function threaded<T extends { id: string; parentId: string | null }>(items: T[]): T[] {
  const ids = new Set(items.map((item) => item.id));
  const replies = new Map<string, T[]>();
  for (const item of items) {
    if (item.parentId === null || !ids.has(item.parentId)) continue;
    replies.set(item.parentId, [...(replies.get(item.parentId) ?? []), item]);
  }
  const out: T[] = [];
  const visit = (item: T) => {
    out.push(item);
    for (const reply of replies.get(item.id) ?? []) visit(reply);
  };
  for (const item of items) {
    if (item.parentId === null || !ids.has(item.parentId)) visit(item);
  }
  return out;
}

export function emptyCounts(): ResolutionCounts {
  return Object.fromEntries(resolutions.map((r) => [r, 0])) as ResolutionCounts;
}

/** Resolutions of top-level comments (replies are not counted). */
export function countResolutions(comments: readonly Comment[]): ResolutionCounts {
  const counts = emptyCounts();
  for (const comment of comments) if (comment.parentId === null) counts[comment.resolution]++;
  return counts;
}

/** Every comment of the round with where it stands in the current text. */
export function listComments(db: Db, roundId: string): CommentList {
  roundRow(db, roundId);
  const context = anchorContext(db, roundId);
  const comments = threaded(commentRows(db, roundId).map((row) => toComment(row, context)));
  const byResolution = countResolutions(comments);
  const total = comments.filter((comment) => comment.parentId === null).length;
  return { roundId, comments, total, resolved: total - byResolution.open, byResolution };
}

/**
 * Every round (newest first) with its comments, or only the round titled `title` (NOT_FOUND when
 * there is none): what the CLI's `comments` lists.
 */
export function roundsComments(
  db: Db,
  title: string | null,
): Array<{ round: RoundSummary; comments: Comment[] }> {
  return db.transaction(() => {
    const rounds = listRounds(db).filter(
      (round) => title === null || nameKey(round.title) === nameKey(title),
    );
    if (title !== null && rounds.length === 0) {
      throw new CoreError('NOT_FOUND', { what: 'round', title });
    }
    return rounds.map((round) => ({ round, comments: listComments(db, round.id).comments }));
  })();
}

type ParsedNewComment = Required<NewComment>;

function checkCommentText(kind: Comment['kind'], text: string): void {
  if (kind === 'comment' && text.trim() === '') {
    throw new CoreError('INVALID_INPUT', { issue: 'text: a comment needs text' });
  }
}

/** A comment typed in by hand, checked against the round's version, respondents and questions. */
export function addComment(
  db: Db,
  roundId: string,
  input: ParsedNewComment,
  context: { now: string; author: string },
): Comment {
  return db.transaction(() => {
    roundRow(db, roundId);
    requireRespondent(db, input.respondentId);
    if (input.sectionId !== null) requireRoundSection(db, roundId, input.sectionId);
    if (input.questionId !== null) requireRoundQuestion(db, roundId, input.questionId);
    if (input.quote !== null && input.sectionId === null) {
      throw new CoreError('INVALID_INPUT', { issue: 'quote: a quoted passage needs its section' });
    }
    if (input.kind === 'change' && (input.quote === null || input.proposal === null)) {
      throw new CoreError('INVALID_INPUT', {
        issue: 'proposal: a change proposal needs a quoted passage and its new wording',
      });
    }
    checkCommentText(input.kind, input.text);
    const id = insertComment(db, {
      roundId,
      respondentId: input.respondentId,
      sectionId: input.sectionId,
      questionId: input.questionId,
      parentId: null,
      quote: input.quote,
      text: input.text,
      kind: input.kind,
      proposal: input.kind === 'change' ? input.proposal : null,
      source: 'manual',
      importId: null,
      sourceFile: null,
      sourceAuthor: null,
      sourceRef: null,
      createdAt: context.now,
      createdBy: context.author,
    });
    return getComment(db, id);
  })();
}

/** Corrects what a comment says or who gave it; its source and resolution stay. */
export function editComment(
  db: Db,
  commentId: string,
  patch: { text?: string | undefined; respondentId?: string | undefined },
): Comment {
  return db.transaction(() => {
    const row = commentRow(db, commentId);
    if (patch.respondentId !== undefined) requireRespondent(db, patch.respondentId);
    const text = patch.text ?? row.text;
    checkCommentText(row.kind, text);
    db.prepare('UPDATE comments SET text = ?, respondent_id = ? WHERE id = ?').run(
      text,
      patch.respondentId ?? row.respondent_id,
      commentId,
    );
    return getComment(db, commentId);
  })();
}

/** Removes a comment and its replies. */
export function removeComment(db: Db, commentId: string): void {
  db.transaction(() => {
    commentRow(db, commentId);
    db.prepare('DELETE FROM comments WHERE id = ?').run(commentId);
  })();
}
