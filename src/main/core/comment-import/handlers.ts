// TEMPORARY (contract stage): replaced by the comment import service.
import { CoreError } from '../errors';
import type { FeatureDeps } from '../feature-deps';
import type { Handlers } from '../router';

const todo = () => {
  throw new CoreError('UNSUPPORTED');
};

export function commentImportHandlers(
  _deps: FeatureDeps,
): Pick<Handlers, 'comments.importPreview' | 'comments.importCommit'> {
  return { 'comments.importPreview': todo, 'comments.importCommit': todo };
}
