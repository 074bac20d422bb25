import { useTranslation } from 'react-i18next';
import { planViews, type PlanViewName } from './planViews';

interface PlanViewTabsProps {
  current: PlanViewName;
  onChange: (view: PlanViewName) => void;
}

/**
 * Switches between the plan's views. Buttons with aria-pressed rather than ARIA tabs: each view is
 * a whole screen with its own landmarks, not a panel inside this header.
 */
export function PlanViewTabs({ current, onChange }: PlanViewTabsProps) {
  const { t } = useTranslation();
  return (
    <nav className="plan-view-tabs" aria-label={t('planViews.label')}>
      {planViews.map((view) => (
        <button
          key={view}
          type="button"
          className="plan-view-tab"
          aria-pressed={current === view}
          onClick={() => onChange(view)}
        >
          {t(`planViews.${view}`)}
        </button>
      ))}
    </nav>
  );
}
