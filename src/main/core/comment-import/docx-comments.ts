import { quoteAt } from '../../../shared/anchoring';
import type { SkippedItem } from '../../../shared/domain/comment-import';
import type { TextQuote } from '../../../shared/domain/rounds';
import { readBody, type Body, type CommentPlace } from './docx-body';
import { anchorChange } from './docx-changes';
import { readReturnedParts } from './docx-package';
import { headingStyles } from './docx-styles';
import { readComments, type WordComment } from './docx-threads';
import { excerpt, xmlParser } from './docx-xml';
import type { ParsedComment, ParsedFile } from './types';

interface Placed {
  quote: TextQuote | null;
  sectionHint: string | null;
}

function placeOf(body: Body, place: CommentPlace | undefined): Placed {
  if (!place) return { quote: null, sectionHint: null };
  const start = place.start ?? place.reference;
  const end = place.end ?? place.reference;
  const quote =
    start !== null && end !== null && end > start ? quoteAt(body.current, start, end) : null;
  const paragraph = body.paragraphs[place.paragraph] ?? body.paragraphs.at(-1);
  return { quote, sectionHint: paragraph?.section ?? null };
}

/**
 * Word comments, threads kept: a comment with no text, and a reply whose parent is not brought
 * in, are skipped. A reply that marks no passage of its own shares its parent's.
 */
function wordComments(
  body: Body,
  comments: WordComment[],
  skipped: SkippedItem[],
): ParsedComment[] {
  const kept = new Map<number, ParsedComment>();
  const skip = (comment: WordComment, reason: SkippedItem['reason'], text: string) =>
    skipped.push({ row: null, commentNo: comment.commentNo, reason, excerpt: excerpt(text) });
  for (const comment of comments) {
    const placed = placeOf(body, body.comments.get(comment.id));
    if (comment.text === '') {
      skip(comment, 'emptyText', placed.quote?.exact ?? '');
      continue;
    }
    const parentNo = typeof comment.parent === 'number' ? comment.parent : null;
    const parent = parentNo === null ? undefined : kept.get(parentNo);
    if (comment.parent !== null && !parent) {
      skip(comment, 'orphanReply', comment.text);
      continue;
    }
    kept.set(comment.commentNo, {
      commentNo: comment.commentNo,
      row: null,
      author: comment.author,
      sectionHint: placed.quote || !parent ? placed.sectionHint : parent.sectionHint,
      quote: placed.quote ?? parent?.quote ?? null,
      text: comment.text,
      kind: 'comment',
      proposal: null,
      parentNo,
      date: comment.date,
    });
  }
  return [...kept.values()];
}

/** Tracked insertions and deletions as change proposals; moved text is listed as left out. */
function changeProposals(body: Body, skipped: SkippedItem[]): ParsedComment[] {
  const proposals: ParsedComment[] = [];
  for (const change of body.changes) {
    const deleted = body.original.slice(change.start, change.end);
    // A move shows twice (where from, where to): listed once, by the text moved away.
    if (change.move && deleted.trim() === '') continue;
    const anchored = change.move ? null : anchorChange(body, change);
    if (anchored === 'unchanged') continue;
    if (!anchored) {
      skipped.push({
        row: null,
        commentNo: null,
        reason: 'unsupportedChange',
        excerpt: excerpt(deleted.trim() === '' ? change.inserted : deleted),
      });
      continue;
    }
    proposals.push({
      commentNo: null,
      row: null,
      author: change.author.trim(),
      sectionHint: body.paragraphs[change.paragraph]?.section ?? null,
      quote: anchored.quote,
      text: '',
      kind: 'change',
      proposal: anchored.proposal,
      parentNo: null,
      date: change.date,
    });
  }
  return proposals;
}

/**
 * The comments and tracked changes of a returned Word file: every comment with its author, the
 * passage it marks and the heading it sits under; every insertion and deletion as a proposed new
 * wording of the text as sent out. Refuses what is not a readable .docx (CoreError).
 */
export async function readDocxComments(bytes: Uint8Array): Promise<ParsedFile> {
  const parts = await readReturnedParts(bytes);
  const parse = await xmlParser();
  const styles = headingStyles(parts.styles === null ? null : parse(parts.styles));
  const body = readBody(parse(parts.document), styles);
  const comments = readComments(
    parts.comments === null ? null : parse(parts.comments),
    parts.commentsExtended === null ? null : parse(parts.commentsExtended),
  );
  const skipped: SkippedItem[] = [];
  return {
    comments: [...wordComments(body, comments, skipped), ...changeProposals(body, skipped)],
    skipped,
  };
}
