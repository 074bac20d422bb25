import type { FeatureDeps } from '../feature-deps';
import { CoreError } from '../errors';
import type { Handlers } from '../router';

export type PlanDataChannels =
  | 'planData.get'
  | 'providers.save'
  | 'providers.remove'
  | 'staffing.save'
  | 'staffing.remove'
  | 'staffing.setRatioSet';

// TEMPORARY contract stub: replaced by the providers/staffing implementation (issue 7).
export function planDataHandlers(_deps: FeatureDeps): Pick<Handlers, PlanDataChannels> {
  const todo = () => {
    throw new CoreError('UNSUPPORTED');
  };
  return {
    'planData.get': todo,
    'providers.save': todo,
    'providers.remove': todo,
    'staffing.save': todo,
    'staffing.remove': todo,
    'staffing.setRatioSet': todo,
  };
}
