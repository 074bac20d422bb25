import type { FeatureDeps } from '../feature-deps';
import { CoreError } from '../errors';
import type { Handlers } from '../router';

export type RecoveryChannels = 'recovery.stash' | 'recovery.list' | 'recovery.discard';

// TEMPORARY: stubs of the contract, replaced by the recovery service.
const notYet = () => {
  throw new CoreError('UNSUPPORTED');
};

/** The channels of unsaved drafts kept for recovery after a crash (issue 8). */
export function recoveryHandlers(_deps: FeatureDeps): Pick<Handlers, RecoveryChannels> {
  return {
    'recovery.stash': notYet,
    'recovery.list': notYet,
    'recovery.discard': notYet,
  };
}
