import { useTranslation } from 'react-i18next';
import { formatFinnishDate } from '../../../../shared/dates';
import type { Milestone, Milestones } from '../../../../shared/domain/milestones';
import { Icon, type IconName } from '../../ui/Icon';
import { useMilestoneText } from './milestoneText';
import { timelineScale, type MonthTick, type TimelineScale } from './timelineScale';

/**
 * The time axis: one lane per step in process order, planned days as diamonds, periods as bars,
 * done steps as a check at the actual date, today as a labelled line. Every state also has an icon
 * and a word. The chart repeats the table below it, so it is hidden from screen readers, which
 * read the table instead.
 */
export function TimelineChart({ milestones }: { milestones: Milestones }) {
  const { t } = useTranslation();
  const scale = timelineScale(milestones.milestones, milestones.today);
  return (
    <figure className="timeline-chart" aria-labelledby="timeline-chart-caption">
      <figcaption id="timeline-chart-caption" className="timeline-chart-caption">
        <span className="timeline-chart-title">{t('timeline.chart.label')}</span>{' '}
        <span className="timeline-chart-note">{t('timeline.chart.tableNote')}</span>
      </figcaption>
      {scale ? (
        <>
          <ChartLegend />
          <div className="timeline-grid" aria-hidden="true" data-testid="timeline-chart">
            <AxisRow scale={scale} today={milestones.today} />
            {milestones.milestones.map((milestone, index) => (
              <Lane
                key={milestone.id}
                row={index + 2}
                milestone={milestone}
                scale={scale}
                next={milestone.id === milestones.nextId}
              />
            ))}
            <ChartLines scale={scale} rows={milestones.milestones.length + 1} />
          </div>
        </>
      ) : (
        <p className="timeline-no-dates">{t('timeline.chart.noDates')}</p>
      )}
    </figure>
  );
}

const legendItems: Array<[string, string]> = [
  ['planned', 'marker-planned'],
  ['period', 'marker-period'],
  ['done', 'marker-done'],
  ['overdue', 'marker-overdue'],
  ['next', 'marker-next'],
];

/** What the marks mean, for the eye; screen readers get the same in words in the table. */
function ChartLegend() {
  const { t } = useTranslation();
  return (
    <ul className="timeline-legend" aria-hidden="true">
      {legendItems.map(([key, marker]) => (
        <li key={key}>
          <span className={`legend-marker ${marker}`} aria-hidden="true" />
          {t(`timeline.chart.legend.${key}`)}
        </li>
      ))}
    </ul>
  );
}

function monthLabel(tick: MonthTick, language: string): string {
  const date = new Date(`${tick.date}T12:00:00Z`);
  return new Intl.DateTimeFormat(language, {
    month: 'short',
    year: tick.withYear ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(date);
}

function AxisRow({ scale, today }: { scale: TimelineScale; today: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className="timeline-axis-corner" />
      <div className="timeline-axis">
        {scale.ticks.map((tick) => (
          <span key={tick.date} className="timeline-month" style={{ left: `${tick.at}%` }}>
            {monthLabel(tick, i18n.language)}
          </span>
        ))}
        {scale.today !== null && (
          <span
            className={`timeline-today-label${scale.today > 70 ? ' is-end' : ''}`}
            style={{ left: `${scale.today}%` }}
          >
            {t('timeline.chart.today', { date: formatFinnishDate(today) })}
          </span>
        )}
      </div>
    </>
  );
}

/** Month lines and the today line, drawn once behind every lane. */
function ChartLines({ scale, rows }: { scale: TimelineScale; rows: number }) {
  return (
    <div className="timeline-lines" style={{ gridRow: `1 / span ${rows}` }}>
      {scale.ticks.map((tick) => (
        <span key={tick.date} className="timeline-month-line" style={{ left: `${tick.at}%` }} />
      ))}
      {scale.today !== null && (
        <span className="timeline-today-line" style={{ left: `${scale.today}%` }} />
      )}
    </div>
  );
}

function laneIcon(milestone: Milestone, next: boolean): IconName | null {
  if (milestone.timing === 'done') return 'check';
  if (milestone.timing === 'overdue') return 'alert';
  if (next) return 'chevronRight';
  return null;
}

interface LaneProps {
  /** Its grid row (row 1 is the axis): placed explicitly, as the lines overlay every row. */
  row: number;
  milestone: Milestone;
  scale: TimelineScale;
  next: boolean;
}

function Lane({ row, milestone, scale, next }: LaneProps) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  const icon = laneIcon(milestone, next);
  const state = [
    milestone.timing === 'overdue' ? t('process:timing.overdue') : null,
    next ? t('timeline.table.next') : null,
    milestone.timing === 'inactive' ? text.status(milestone) : null,
  ].filter(Boolean);
  return (
    <>
      <div
        className={`timeline-lane-label timing-${milestone.timing}${next ? ' is-next' : ''}`}
        style={{ gridRow: row }}
      >
        {icon && <Icon name={icon} className="lane-icon" />}
        <span className="lane-name">{text.name(milestone)}</span>
        {state.length > 0 && <span className="lane-state">{state.join(' · ')}</span>}
      </div>
      <div
        className={`timeline-lane timing-${milestone.timing}${next ? ' is-next' : ''}`}
        style={{ gridRow: row }}
      >
        <LaneMarks milestone={milestone} scale={scale} />
      </div>
    </>
  );
}

/** Where a label goes beside its mark: after it, or before it near the right edge. */
const side = (at: number) => (at > 70 ? ' is-end' : '');

function LaneMarks({ milestone, scale }: { milestone: Milestone; scale: TimelineScale }) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  const { plannedDate, plannedEndDate, actualDate } = milestone;
  if (!plannedDate && !actualDate) {
    return <span className="lane-undated">{t('timeline.chart.undated')}</span>;
  }
  const plannedAt = plannedDate ? scale.at(plannedDate) : null;
  const actualAt = actualDate ? scale.at(actualDate) : null;
  // The date written beside the marks: the actual day when done, else the plan.
  const labelAt = actualAt ?? (plannedEndDate ? scale.at(plannedEndDate) : plannedAt!);
  const label = actualDate ? formatFinnishDate(actualDate) : text.planned(milestone);
  return (
    <>
      {plannedAt !== null && plannedEndDate && (
        <span
          className="marker-period lane-bar"
          style={{
            left: `${plannedAt}%`,
            width: `${Math.max(scale.at(plannedEndDate) - plannedAt, 0.6)}%`,
          }}
        />
      )}
      {plannedAt !== null && !plannedEndDate && (
        <span className="marker-planned lane-mark" style={{ left: `${plannedAt}%` }} />
      )}
      {actualAt !== null && (
        <span className="marker-done lane-mark" style={{ left: `${actualAt}%` }}>
          <Icon name="check" />
        </span>
      )}
      <span className={`lane-date${side(labelAt)}`} style={{ left: `${labelAt}%` }}>
        {label}
      </span>
    </>
  );
}
