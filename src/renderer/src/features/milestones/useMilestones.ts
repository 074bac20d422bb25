import { useSyncExternalStore } from 'react';
import type { MilestonesState, MilestonesStore } from './milestonesStore';

/** The open plan's milestones and versions; null until the first fetch has answered. */
export function useMilestones(store: MilestonesStore): MilestonesState | null {
  return useSyncExternalStore(store.subscribe, store.get);
}
