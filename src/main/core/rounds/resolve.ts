import type { Comment, Resolution } from '../../../shared/domain/rounds';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { anchorContext } from './anchors';
import { toComment } from './comments';
import { commentRow } from './store';

/**
 * Sets the resolution of comments (bulk: all or none), recording who and when. Every resolution
 * but `open` needs a response (vastine); `open` clears the response and who resolved it.
 */
export function resolveComments(
  db: Db,
  input: { commentIds: readonly string[]; resolution: Resolution; response: string },
  context: { now: string; author: string },
): Comment[] {
  const reopening = input.resolution === 'open';
  if (!reopening && input.response.trim() === '') throw new CoreError('RESPONSE_REQUIRED');
  return db.transaction(() => {
    const ids = [...new Set(input.commentIds)];
    const rows = ids.map((id) => commentRow(db, id));
    if (rows.some((row) => row.parent_id !== null)) {
      throw new CoreError('INVALID_INPUT', { issue: 'commentIds: a reply cannot be resolved' });
    }
    const update = db.prepare(
      `UPDATE comments SET resolution = @resolution, response = @response,
         resolved_by = @resolvedBy, resolved_at = @resolvedAt WHERE id = @id`,
    );
    for (const id of ids) {
      update.run({
        id,
        resolution: input.resolution,
        response: reopening ? '' : input.response,
        resolvedBy: reopening ? '' : context.author,
        resolvedAt: reopening ? null : context.now,
      });
    }
    const contexts = new Map<string, ReturnType<typeof anchorContext>>();
    return ids.map((id) => {
      const row = commentRow(db, id);
      let anchors = contexts.get(row.round_id);
      if (!anchors) contexts.set(row.round_id, (anchors = anchorContext(db, row.round_id)));
      return toComment(row, anchors);
    });
  })();
}
