import {
  resolutions,
  type CommentSummary,
  type Comment,
  type Resolution,
} from '../../../shared/domain/rounds';
import type { Language } from '../../../shared/domain/settings';
import { exportMessages, fillText } from '../../../shared/i18n/messages/export';
import { roundsMessages } from '../../../shared/i18n/messages/rounds';

/**
 * The comment summary annex (kommenttikooste ja vastineet) as plain rows, shared by the PDF and
 * the Word copy: the counts by resolution, then each section's comments in number order with the
 * respondent, the quoted passage, the comment or proposed wording, the resolution and the response.
 */

export interface CommentRow {
  /** "K12". */
  number: string;
  respondent: string;
  quote: string | null;
  /** The comment's own text ("" for a bare change proposal). */
  text: string;
  /** A reply in a Word thread: "Vastaus kommenttiin K3:". */
  replyTo: string | null;
  /** A change proposal's wording; '' proposes deleting the passage; null: not a proposal. */
  proposal: string | null;
  /** null for a reply (replies are not resolved). */
  resolution: string | null;
  resolutionKind: Resolution | null;
  response: string;
}

export interface CommentAnnex {
  intro: string;
  counts: Array<{ label: string; kind: Resolution; count: number }>;
  total: number;
  sections: Array<{ heading: string; rows: CommentRow[] }>;
}

export function commentAnnex(summary: CommentSummary, language: Language): CommentAnnex {
  const { comments: t, cover } = exportMessages[language];
  const names = roundsMessages[language];
  const numbers = new Map(
    summary.sections.flatMap((group) => group.comments.map((comment) => [comment.id, comment])),
  );
  const numberOf = (comment: Pick<Comment, 'number'>) =>
    fillText(names.commentNumber, { number: comment.number });
  const row = (comment: Comment): CommentRow => {
    const parent = comment.parentId === null ? undefined : numbers.get(comment.parentId);
    const reply = comment.parentId !== null;
    return {
      number: numberOf(comment),
      respondent: comment.respondentName,
      quote: comment.quote?.exact ?? null,
      text: comment.text,
      replyTo: parent ? fillText(t.replyTo, { number: numberOf(parent) }) : null,
      proposal: comment.kind === 'change' ? (comment.proposal ?? '') : null,
      resolution: reply ? null : names.resolution[comment.resolution],
      resolutionKind: reply ? null : comment.resolution,
      response: comment.response,
    };
  };
  return {
    intro: fillText(t.intro, {
      round: summary.round.title,
      version: fillText(cover.versionLabel, {
        number: summary.round.versionNumber,
        label: summary.round.versionLabel,
      }),
      total: summary.total,
      resolved: summary.total - summary.byResolution.open,
    }),
    counts: resolutions.map((kind) => ({
      label: names.resolution[kind],
      kind,
      count: summary.byResolution[kind],
    })),
    total: summary.total,
    sections: summary.sections
      .filter((group) => group.comments.length > 0)
      .map((group) => ({
        heading: group.section ? `${group.section.number} ${group.section.title}` : names.general,
        rows: group.comments.map(row),
      })),
  };
}
