import type { FeatureDeps } from '../feature-deps';
import type { Handlers } from '../router';
import { IndicatorImportService } from './indicator-import';
import { StaffingImportService } from './staffing-import';

export type TableImportChannels =
  | 'staffing.importPreview'
  | 'staffing.importCommit'
  | 'indicators.importPreview'
  | 'indicators.importCommit';

/** The channels that read staffing counts and indicator values from CSV and XLSX (issue 7). */
export function tableImportHandlers(deps: FeatureDeps): Pick<Handlers, TableImportChannels> {
  const staffing = new StaffingImportService(deps);
  const indicators = new IndicatorImportService(deps);
  return {
    'staffing.importPreview': (input, ctx) => staffing.preview(ctx.senderId, input),
    'staffing.importCommit': (input, ctx) => staffing.commit(ctx.senderId, input),
    'indicators.importPreview': (input, ctx) => indicators.preview(ctx.senderId, input),
    'indicators.importCommit': (input, ctx) => indicators.commit(ctx.senderId, input),
  };
}
