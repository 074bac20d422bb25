import type { FeatureDeps } from '../feature-deps';
import type { Handlers } from '../router';
import { CommentImportService } from './service';

/** The channels that bring returned Word files and survey exports into a round (issue 5). */
export function commentImportHandlers(
  deps: FeatureDeps,
): Pick<Handlers, 'comments.importPreview' | 'comments.importCommit'> {
  const service = new CommentImportService(deps);
  return {
    'comments.importPreview': (input, ctx) => service.preview(ctx.senderId, input),
    'comments.importCommit': (input, ctx) => service.commit(ctx.senderId, input),
  };
}
