import type { PlanDataStore } from './planDataStore';

interface PlanDataViewProps {
  store: PlanDataStore;
}

// TEMPORARY contract stub: the Tiedot view (providers register, staffing, indicators) of issue 7.
export function PlanDataView(_props: PlanDataViewProps) {
  return <main id="main" />;
}
