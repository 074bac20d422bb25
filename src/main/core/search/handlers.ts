import type { FeatureDeps } from '../feature-deps';
import type { Handlers } from '../router';
import { replaceInPlan, undoReplace } from './replace';
import { searchPlan } from './service';

export type SearchChannels = 'search.query' | 'search.replace' | 'search.undoReplace';

/** The channels of Haku (issue 9): search across the plan, replace and its undo. */
export function searchHandlers(deps: FeatureDeps): Pick<Handlers, SearchChannels> {
  const { plans } = deps;
  const context = () => ({ now: deps.clock.now().toISOString(), author: deps.author() });
  return {
    'search.query': ({ docId, ...input }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => searchPlan(db, input)),
    'search.replace': ({ docId, ...input }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => replaceInPlan(db, input, context())),
    'search.undoReplace': ({ docId, replaceId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => undoReplace(db, replaceId, context())),
  };
}
