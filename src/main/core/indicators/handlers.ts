import type { FeatureDeps } from '../feature-deps';
import type { Handlers } from '../router';
import { readMeta } from '../plans/repository';
import { readPlanData } from '../plan-data/read';
import { addStarterIndicators, removeIndicator, saveIndicator, setIndicatorValues } from './store';

export type IndicatorChannels =
  'indicators.save' | 'indicators.remove' | 'indicators.addStarter' | 'indicators.setValues';

/** The channels of the indicator set (issue 7): each change in one transaction, answered with PlanData. */
export function indicatorHandlers({ plans }: FeatureDeps): Pick<Handlers, IndicatorChannels> {
  return {
    'indicators.save': ({ docId, indicator }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        db.transaction(() => {
          saveIndicator(db, indicator);
          return readPlanData(db);
        })(),
      ),
    'indicators.remove': ({ docId, indicatorId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        db.transaction(() => {
          removeIndicator(db, indicatorId);
          return readPlanData(db);
        })(),
      ),
    'indicators.addStarter': ({ docId, keys, language }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        db.transaction(() => {
          addStarterIndicators(db, keys, language ?? readMeta(db).language);
          return readPlanData(db);
        })(),
      ),
    'indicators.setValues': ({ docId, indicatorId, values }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        db.transaction(() => {
          setIndicatorValues(db, indicatorId, values);
          return readPlanData(db);
        })(),
      ),
  };
}
