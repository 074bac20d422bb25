import { useTranslation } from 'react-i18next';
import { formatFinnishDate } from '../../../../shared/dates';
import type { Milestone, Milestones } from '../../../../shared/domain/milestones';
import { Icon } from '../../ui/Icon';
import { daysBetween, dueDate, useMilestoneText } from './milestoneText';

/**
 * "Vaihe: Palvelujen järjestämisen lautakunta 23.11.2022 ✓ · Seuraavaksi: Aluehallitus 29.11.2022
 * (4 päivää)": the latest done step and the next open one; an overdue next step says so in words.
 */
export function ProgressSummary({ milestones }: { milestones: Milestones }) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  const byId = (id: string | null) => milestones.milestones.find((m) => m.id === id);
  const current = byId(milestones.currentId);
  const next = byId(milestones.nextId);
  return (
    <>
      <span className="progress-current">
        {current ? (
          <>
            {t('timeline.progress.current', {
              title: text.name(current),
              date: current.actualDate ? formatFinnishDate(current.actualDate) : '',
            })}{' '}
            <Icon name="check" className="progress-done-icon" />
            <span className="visually-hidden">{t('timeline.progress.done')}</span>
          </>
        ) : (
          t('timeline.progress.noneDone')
        )}
      </span>
      <span className="progress-separator" aria-hidden="true">
        ·
      </span>
      {next ? (
        <NextStep next={next} today={milestones.today} />
      ) : (
        <span className="progress-next">{t('timeline.progress.allDone')}</span>
      )}
    </>
  );
}

function NextStep({ next, today }: { next: Milestone; today: string }) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  const overdue = next.timing === 'overdue';
  const due = dueDate(next);
  const when = text.planned(next);
  let distance = t('timeline.progress.undated');
  if (overdue && due) distance = t('timeline.progress.overdue', { count: daysBetween(due, today) });
  else if (next.plannedDate) {
    const days = daysBetween(today, next.plannedDate);
    distance =
      days === 0 ? t('timeline.progress.today') : t('timeline.progress.inDays', { count: days });
  }
  return (
    <span className={`progress-next${overdue ? ' is-overdue' : ''}`} data-timing={next.timing}>
      {overdue && <Icon name="alert" className="progress-overdue-icon" />}
      {t('timeline.progress.next', { title: text.name(next) })}
      {when && ` ${when}`} {distance}
    </span>
  );
}
