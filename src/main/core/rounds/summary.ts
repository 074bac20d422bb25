import type { Comment, CommentSummary } from '../../../shared/domain/rounds';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { anchorContext } from './anchors';
import { countResolutions, emptyCounts, threaded, toComment } from './comments';
import { roundSummary } from './rounds';
import { commentRows, roundRow } from './store';

/** The newest round's id; NOT_FOUND when the plan has none. */
function newestRoundId(db: Db): string {
  const row = db
    .prepare('SELECT id FROM rounds ORDER BY created_at DESC, rowid DESC LIMIT 1')
    .get() as { id: string } | undefined;
  if (!row) throw new CoreError('NOT_FOUND', { what: 'round' });
  return row.id;
}

/**
 * kommenttikooste ja vastineet of a round (null: the newest round; NOT_FOUND when there is none):
 * used by `comments.summary`, the summary's DOCX/CSV export and the PDF's comments annex. Sections
 * come in the round version's reading order (sections added later after them), general comments
 * last; counts are of top-level comments.
 */
export function commentSummary(db: Db, roundId: string | null): CommentSummary {
  return db.transaction(() => {
    const id = roundId ?? newestRoundId(db);
    roundRow(db, id);
    const context = anchorContext(db, id);
    const comments = threaded(commentRows(db, id).map((row) => toComment(row, context)));
    const order = new Map(context.versionOrder.map((sectionId, index) => [sectionId, index]));
    const groups = new Map<string | null, Comment[]>();
    // A reply goes with its parent's group.
    const groupOf = new Map<string, string | null>();
    for (const comment of comments) {
      const key =
        comment.parentId !== null && groupOf.has(comment.parentId)
          ? groupOf.get(comment.parentId)!
          : (comment.section?.id ?? null);
      groupOf.set(comment.id, key);
      groups.set(key, [...(groups.get(key) ?? []), comment]);
    }
    const rank = (key: string | null) =>
      key === null ? Number.MAX_SAFE_INTEGER : (order.get(key) ?? order.size);
    const sections = [...groups.entries()]
      .map(([key, list], firstSeen) => ({ key, list, firstSeen }))
      .sort((a, b) => rank(a.key) - rank(b.key) || a.firstSeen - b.firstSeen)
      .map(({ key, list }) => ({
        section: key === null ? null : context.sectionRef(key),
        comments: list,
      }));
    const respondents = new Map<string, CommentSummary['byRespondent'][number]>();
    for (const comment of comments) {
      if (comment.parentId !== null) continue;
      const entry = respondents.get(comment.respondentId) ?? {
        respondentId: comment.respondentId,
        name: comment.respondentName,
        kind: comment.respondentKind,
        total: 0,
        byResolution: emptyCounts(),
      };
      entry.total++;
      entry.byResolution[comment.resolution]++;
      respondents.set(comment.respondentId, entry);
    }
    const byRespondent = [...respondents.values()].sort((a, b) =>
      a.name.localeCompare(b.name, 'fi'),
    );
    return {
      round: roundSummary(db, id),
      sections,
      byRespondent,
      byResolution: countResolutions(comments),
      total: comments.filter((comment) => comment.parentId === null).length,
    };
  })();
}
