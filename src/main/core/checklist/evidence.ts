import type { Evidence } from '../../../shared/domain/checklist';
import type { TotalFigures } from '../../../shared/domain/plan-data';
import { computeStaffing } from '../../../shared/staffing/compute';
import type { Db } from '../db/plan-file';
import { listProviders } from '../plan-data/providers';
import { readPlanRatioSet } from '../plan-data/ratio-set';
import { readStaffingRows } from '../plan-data/staffing';

/** Whether the region meets both statutory ratios: false if either is missed, null if unknown. */
function statutoryMet(figures: readonly TotalFigures[]): boolean | null {
  const met = figures
    .filter((f) => f.profession === 'kuraattori' || f.profession === 'psykologi')
    .map((f) => f.met);
  if (met.includes(false)) return false;
  return met.includes(null) ? null : true;
}

/**
 * What the plan's data shows for the requirements it speaks to (see `EvidenceSchema`), by
 * requirement id.
 */
export function readEvidence(db: Db): Record<string, Evidence> {
  const providers = listProviders(db);
  const providerPlans: Evidence = {
    kind: 'providerPlans',
    total: providers.length,
    adopted: providers.filter((p) => p.planStatus === 'adopted').length,
    withNeed: providers.filter((p) => p.needText !== '' || p.needFigures.length > 0).length,
    missing: providers.filter((p) => p.planStatus !== 'adopted').map((p) => p.name),
    counts: providers.length > 0,
  };
  const report = computeStaffing(readStaffingRows(db), readPlanRatioSet(db));
  const region = report.totals.find((total) => total.levelGroup === null)!;
  const staffing: Evidence = {
    kind: 'staffing',
    rows: report.rows.length,
    statutoryMet: statutoryMet(region.figures),
    counts: report.rows.length > 0,
  };
  const { total, withTargets } = db
    .prepare('SELECT count(*) AS total, count(target_year) AS withTargets FROM indicators')
    .get() as { total: number; withTargets: number };
  return {
    'reg.based_on_provider_plans': providerPlans,
    'reg.total_need_from_provider_plans': providerPlans,
    'reg.resource_allocation': staffing,
    'opt.staffing_ratio_compliance': staffing,
    'reg.implementation_monitoring': {
      kind: 'indicators',
      total,
      withTargets,
      counts: withTargets > 0,
    },
  };
}
