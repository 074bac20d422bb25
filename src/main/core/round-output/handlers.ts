// TEMPORARY (contract stage): replaced by the send-out package and summary exports.
import { CoreError } from '../errors';
import type { ExportService } from '../export/service';
import type { FeatureDeps } from '../feature-deps';
import type { Handlers } from '../router';

export interface RoundOutputDeps extends FeatureDeps {
  exports: ExportService;
  /** The real path of an open plan (nothing may be written over it). */
  pathOf(senderId: string, docId: string): string;
}

const todo = () => {
  throw new CoreError('UNSUPPORTED');
};

export function roundOutputHandlers(
  _deps: RoundOutputDeps,
): Pick<Handlers, 'rounds.package' | 'comments.exportSummary'> {
  return { 'rounds.package': todo, 'comments.exportSummary': todo };
}
