import type { PlansService } from '../plans/service';
import type { Handlers } from '../router';
import type { RecoveryService } from './service';

export type RecoveryChannels = 'recovery.stash' | 'recovery.list' | 'recovery.discard';

export interface RecoveryDeps {
  plans: PlansService;
  recovery: RecoveryService;
  /** The real path of the sender's open plan: drafts are kept by file, not by session id. */
  pathOf: (senderId: string, docId: string) => string;
}

/** The channels of unsaved drafts kept for recovery after a crash (issue 8). */
export function recoveryHandlers(deps: RecoveryDeps): Pick<Handlers, RecoveryChannels> {
  const { plans, recovery, pathOf } = deps;
  return {
    'recovery.stash': ({ docId, sectionId, content }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => {
        recovery.stash(pathOf(ctx.senderId, docId), db, sectionId, content);
        return null;
      }),
    'recovery.list': ({ docId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => ({
        drafts: recovery.list(pathOf(ctx.senderId, docId), db),
      })),
    'recovery.discard': ({ docId, sectionId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, () => {
        recovery.discard(pathOf(ctx.senderId, docId), sectionId);
        return null;
      }),
  };
}
