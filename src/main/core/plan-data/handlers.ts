import type { FeatureDeps } from '../feature-deps';
import type { Db } from '../db/plan-file';
import type { Handlers } from '../router';
import { removeProvider, saveProvider } from './providers';
import { setRatioSet } from './ratio-set';
import { readPlanData } from './read';
import { removeStaffingRow, saveStaffingRow } from './staffing';

export type PlanDataChannels =
  | 'planData.get'
  | 'providers.save'
  | 'providers.remove'
  | 'staffing.save'
  | 'staffing.remove'
  | 'staffing.setRatioSet';

/** A change and the plan's data after it, in one transaction. */
const changing = (db: Db, change: () => unknown) =>
  db.transaction(() => {
    change();
    return readPlanData(db);
  })();

/** The channels of the providers' register and the staffing table (issue 7). */
export function planDataHandlers(deps: FeatureDeps): Pick<Handlers, PlanDataChannels> {
  const { plans } = deps;
  return {
    'planData.get': ({ docId }, ctx) => plans.withDoc(ctx.senderId, docId, readPlanData),
    'providers.save': ({ docId, provider }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        changing(db, () => saveProvider(db, provider, deps.clock.now().toISOString())),
      ),
    'providers.remove': ({ docId, providerId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        changing(db, () => removeProvider(db, providerId)),
      ),
    'staffing.save': ({ docId, row }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => changing(db, () => saveStaffingRow(db, row))),
    'staffing.remove': ({ docId, rowId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => changing(db, () => removeStaffingRow(db, rowId))),
    'staffing.setRatioSet': ({ docId, ratioSetId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => changing(db, () => setRatioSet(db, ratioSetId))),
  };
}
