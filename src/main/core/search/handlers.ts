import type { FeatureDeps } from '../feature-deps';
import { CoreError } from '../errors';
import type { Handlers } from '../router';

export type SearchChannels = 'search.query' | 'search.replace' | 'search.undoReplace';

/** The channels of Haku (issue 9). TEMPORARY: answers UNSUPPORTED until the service lands. */
export function searchHandlers(_deps: FeatureDeps): Pick<Handlers, SearchChannels> {
  const unsupported = () => {
    throw new CoreError('UNSUPPORTED');
  };
  return {
    'search.query': unsupported,
    'search.replace': unsupported,
    'search.undoReplace': unsupported,
  };
}
