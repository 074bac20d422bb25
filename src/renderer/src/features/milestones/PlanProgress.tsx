import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MilestonesStore } from './milestonesStore';
import { ProgressSummary } from './ProgressSummary';
import { useMilestones } from './useMilestones';

interface PlanProgressProps {
  store: MilestonesStore;
  /** Opens the timeline view. */
  onOpen: () => void;
}

/** "Where we are now" in the plan header: the process at a glance, a button to the timeline. */
export function PlanProgress({ store, onOpen }: PlanProgressProps) {
  const { t } = useTranslation();
  const state = useMilestones(store);
  useEffect(() => {
    void store.refresh();
  }, [store]);
  if (!state) return null;
  return (
    <button
      type="button"
      className="plan-progress"
      title={t('timeline.progress.open')}
      data-testid="plan-progress"
      onClick={onOpen}
    >
      <ProgressSummary milestones={state.milestones} />
    </button>
  );
}
