import type { FeatureDeps } from '../feature-deps';
import { CoreError } from '../errors';
import type { Handlers } from '../router';

export type BackupChannels =
  'backups.list' | 'backups.listForFile' | 'backups.create' | 'backups.restore';

// TEMPORARY: stubs of the contract, replaced by the backups service.
const notYet = () => {
  throw new CoreError('UNSUPPORTED');
};

/** The channels of the rolling backups and restoring one as a new plan (issue 8). */
export function backupHandlers(_deps: FeatureDeps): Pick<Handlers, BackupChannels> {
  return {
    'backups.list': notYet,
    'backups.listForFile': notYet,
    'backups.create': notYet,
    'backups.restore': notYet,
  };
}
