import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { PlanData } from '../../../../shared/domain/plan-data';
import type { PlanDataStore } from './planDataStore';

/**
 * Where live blocks in a text take their data from: the plan's current data (the section editors)
 * or the data frozen with a version (its read-only view). `data` is null while loading, and for a
 * version frozen before the app kept data.
 */
export interface DataSource {
  data: PlanData | null;
  frozen: boolean;
  /** The number of the version the frozen data is from, when known (the blocks' label says it). */
  version?: number;
}

const DataSourceContext = createContext<DataSource>({ data: null, frozen: false });

export const useDataSource = (): DataSource => useContext(DataSourceContext);

/** The current data, followed as it changes; fetched once when first shown. */
export function LiveDataSource({ store, children }: { store: PlanDataStore; children: ReactNode }) {
  const data = useSyncExternalStore(store.subscribe, store.get);
  useEffect(() => {
    if (store.get() === null) void store.refresh();
  }, [store]);
  return (
    <DataSourceContext.Provider value={{ data, frozen: false }}>
      {children}
    </DataSourceContext.Provider>
  );
}

/** A version's frozen data. */
export function FrozenDataSource({
  data,
  version,
  children,
}: {
  data: PlanData | null;
  version?: number;
  children: ReactNode;
}) {
  return (
    <DataSourceContext.Provider value={{ data, frozen: true, version }}>
      {children}
    </DataSourceContext.Provider>
  );
}
