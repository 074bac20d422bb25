import type { Indicator } from '../../../shared/domain/plan-data';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';

// TEMPORARY contract stub: every indicator in position order, with values, latest and status.
export function readIndicators(_db: Db): Indicator[] {
  throw new CoreError('UNSUPPORTED');
}
