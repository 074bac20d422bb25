import { asCoreError } from '../errors';
import type { DocRegistry } from '../plans/registry';
import type { PlansService } from '../plans/service';
import type { Handlers } from '../router';
import type { BackupService } from './service';

export type BackupChannels =
  'backups.list' | 'backups.listForFile' | 'backups.create' | 'backups.restore';

export interface BackupHandlerDeps {
  plans: PlansService;
  backups: BackupService;
  registry: DocRegistry;
}

/** The channels of the rolling backups and restoring one as a new plan (issue 8). */
export function backupHandlers({
  plans,
  backups,
  registry,
}: BackupHandlerDeps): Pick<Handlers, BackupChannels> {
  return {
    'backups.list': ({ docId }, ctx) => backups.list(registry.owned(docId, ctx.senderId).path),
    'backups.listForFile': ({ path }) => backups.list(path),
    'backups.create': async ({ docId }, ctx) => {
      const doc = registry.owned(docId, ctx.senderId);
      try {
        return await backups.create(doc);
      } catch (error) {
        throw asCoreError(error, doc.path);
      }
    },
    // The copy is a plan file of its own: it opens like any other (and is migrated if older).
    'backups.restore': ({ backupId, path }, ctx) =>
      plans.open(ctx.senderId, backups.restore(backupId, path)),
  };
}
