import type { FeatureDeps } from '../feature-deps';
import { CoreError } from '../errors';
import type { Handlers } from '../router';

export type TableImportChannels =
  | 'staffing.importPreview'
  | 'staffing.importCommit'
  | 'indicators.importPreview'
  | 'indicators.importCommit';

// TEMPORARY contract stub: replaced by the staffing and indicator-value importers (issue 7).
export function tableImportHandlers(_deps: FeatureDeps): Pick<Handlers, TableImportChannels> {
  const todo = () => {
    throw new CoreError('UNSUPPORTED');
  };
  return {
    'staffing.importPreview': todo,
    'staffing.importCommit': todo,
    'indicators.importPreview': todo,
    'indicators.importCommit': todo,
  };
}
