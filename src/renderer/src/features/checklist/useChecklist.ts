import { useSyncExternalStore } from 'react';
import type { Checklist } from '../../../../shared/domain/checklist';
import type { ChecklistStore } from './checklistStore';

/** The current checklist of the open plan; null until the first fetch has answered. */
export function useChecklist(store: ChecklistStore): Checklist | null {
  return useSyncExternalStore(store.subscribe, store.get);
}
