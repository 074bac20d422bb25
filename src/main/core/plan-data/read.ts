import type { PlanData, RatioSet } from '../../../shared/domain/plan-data';
import { computeStaffing } from '../../../shared/staffing/compute';
import { ratioSets } from '../../../shared/staffing/ratio-sets';
import type { Db } from '../db/plan-file';
import { readIndicators } from '../indicators/read';
import { listProviders } from './providers';
import { readPlanRatioSet } from './ratio-set';
import { readStaffingRows } from './staffing';

/** The app's catalogue, with the plan's own set added (newest first) when the app lacks it. */
function knownSets(own: RatioSet): RatioSet[] {
  if (ratioSets.some((set) => set.id === own.id)) return [...ratioSets];
  return [...ratioSets, own].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
}

/** The plan's data as one value: providers, staffing against its ratio set, indicators. */
export function readPlanData(db: Db): PlanData {
  return db.transaction(() => {
    const ratioSet = readPlanRatioSet(db);
    return {
      providers: listProviders(db),
      staffing: computeStaffing(readStaffingRows(db), ratioSet),
      indicators: readIndicators(db),
      ratioSets: knownSets(ratioSet),
    };
  })();
}
