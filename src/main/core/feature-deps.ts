import type { PlansService } from './plans/service';
import type { Clock } from './ports';

/** What the services of a feature's channels need from the core. */
export interface FeatureDeps {
  plans: PlansService;
  clock: Clock;
  /** The name set in preferences: who saved, resolved or imported. */
  author(): string;
}
