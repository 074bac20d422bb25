import type { PlanDataStore } from '../plan-data/planDataStore';

interface IndicatorsPanelProps {
  store: PlanDataStore;
}

// TEMPORARY contract stub: the indicator set (mittaristo) part of the Tiedot view (issue 7).
export function IndicatorsPanel(_props: IndicatorsPanelProps) {
  return null;
}
