import type { FeatureDeps } from '../feature-deps';
import { CoreError } from '../errors';
import type { Handlers } from '../router';

export type IndicatorChannels =
  'indicators.save' | 'indicators.remove' | 'indicators.addStarter' | 'indicators.setValues';

// TEMPORARY contract stub: replaced by the indicator set implementation (issue 7).
export function indicatorHandlers(_deps: FeatureDeps): Pick<Handlers, IndicatorChannels> {
  const todo = () => {
    throw new CoreError('UNSUPPORTED');
  };
  return {
    'indicators.save': todo,
    'indicators.remove': todo,
    'indicators.addStarter': todo,
    'indicators.setValues': todo,
  };
}
