import type { ExportService } from '../export/service';
import type { FeatureDeps } from '../feature-deps';
import type { Handlers } from '../router';
import { writeRoundPackage } from './round-package';
import { exportCommentSummary } from './summary-export';

export interface RoundOutputDeps extends FeatureDeps {
  exports: ExportService;
  /** The real path of an open plan (nothing may be written over it). */
  pathOf(senderId: string, docId: string): string;
}

/** The send-out package of a comment round and the exports of its comment summary (issue 5). */
export function roundOutputHandlers(
  deps: RoundOutputDeps,
): Pick<Handlers, 'rounds.package' | 'comments.exportSummary'> {
  return {
    'rounds.package': (input, ctx) => writeRoundPackage(deps, ctx.senderId, input),
    'comments.exportSummary': (input, ctx) => exportCommentSummary(deps, ctx.senderId, input),
  };
}
