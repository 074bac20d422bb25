import type { PlanData } from '../../../shared/domain/plan-data';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';

// TEMPORARY contract stub: the plan's data as one value (providers, staffing report computed
// against the plan's ratio set, indicators via readIndicators, the ratio-set catalogue).
export function readPlanData(_db: Db): PlanData {
  throw new CoreError('UNSUPPORTED');
}
