import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { formatFinnishDate } from '../../../../shared/dates';
import type { Milestone, MilestoneStatus } from '../../../../shared/domain/milestones';
import type { VersionSummary } from '../../../../shared/domain/versions';
import { Icon, type IconName } from '../../ui/Icon';
import { MilestoneRowMenu } from './MilestoneRowMenu';
import { useMilestoneText } from './milestoneText';

export interface MilestoneRowActions {
  onEdit: (id: string) => void;
  onMarkDone: (id: string) => void;
  onRename: (id: string) => void;
  onResetTitle: (id: string) => void;
  /** Moves the step to `index` (0-based) in process order. */
  onMove: (id: string, index: number) => void;
  onAddAfter: (id: string) => void;
  onRemove: (id: string) => void;
  onOpenMinutes: (url: string) => void;
}

interface MilestoneRowProps {
  milestone: Milestone;
  position: number;
  count: number;
  next: boolean;
  /** The version presented to the body, when one is linked and found. */
  version: VersionSummary | null;
  actions: MilestoneRowActions;
}

/** One step of the process: its dates, status, decision and version, and what can be done to it. */
export function MilestoneRow({
  milestone,
  position,
  count,
  next,
  version,
  actions,
}: MilestoneRowProps) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  const title = text.name(milestone);
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: milestone.id });
  const canMarkDone = milestone.status === 'planned' || milestone.status === 'postponed';
  return (
    <tr
      ref={setNodeRef}
      className={`milestone-row timing-${milestone.timing}${next ? ' is-next' : ''}${isDragging ? ' is-dragging' : ''}`}
      style={{
        transform: CSS.Translate.toString(transform),
        transition: transition,
      }}
      data-milestone-id={milestone.id}
    >
      <td className="col-order">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="btn btn-quiet btn-icon drag-handle"
          {...attributes}
          {...listeners}
          aria-label={t('timeline.drag.handle', { title })}
          title={t('timeline.drag.handle', { title })}
        >
          <Icon name="grip" />
        </button>
        <span className="order-number">{position}</span>
      </td>
      <th scope="row" className="col-step">
        <StepCell milestone={milestone} title={title} next={next} />
      </th>
      <td>{text.planned(milestone) ?? <EmptyCell />}</td>
      <td>{milestone.actualDate ? formatFinnishDate(milestone.actualDate) : <EmptyCell />}</td>
      <td>
        <StatusCell milestone={milestone} />
      </td>
      <td>
        <DecisionCell milestone={milestone} title={title} onOpenMinutes={actions.onOpenMinutes} />
      </td>
      <td>
        <VersionCell milestone={milestone} version={version} />
      </td>
      <td className="col-actions">
        <div className="row-actions">
          {canMarkDone && (
            <button
              type="button"
              className="btn btn-small mark-done"
              aria-label={t('timeline.actions.markDoneNamed', { title })}
              onClick={() => actions.onMarkDone(milestone.id)}
            >
              <Icon name="check" />
              {t('timeline.actions.markDone')}
            </button>
          )}
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('timeline.actions.editNamed', { title })}
            onClick={() => actions.onEdit(milestone.id)}
          >
            {t('timeline.actions.edit')}
          </button>
          <MilestoneRowMenu
            milestone={milestone}
            title={title}
            position={position}
            count={count}
            actions={actions}
          />
        </div>
      </td>
    </tr>
  );
}

function EmptyCell() {
  const { t } = useTranslation();
  return (
    <span className="cell-empty">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('timeline.table.empty')}</span>
    </span>
  );
}

function StepCell({
  milestone,
  title,
  next,
}: {
  milestone: Milestone;
  title: string;
  next: boolean;
}) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  return (
    <>
      <span className="step-name">{title}</span>
      {milestone.title !== null && <span className="step-kind">{text.kind(milestone)}</span>}
      {next && (
        <span className="step-badge badge-next">
          <Icon name="chevronRight" />
          {t('timeline.table.next')}
        </span>
      )}
      {milestone.warnings.length > 0 && (
        <ul className="step-warnings">
          {milestone.warnings.map((warning) => (
            <li key={warning}>
              <Icon name="alert" />
              {text.warning(warning)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const statusIcons: Record<MilestoneStatus, IconName> = {
  planned: 'circle',
  done: 'check',
  cancelled: 'close',
  postponed: 'chevronRight',
};

/** The status she set, and when a planned step is late or close, that too: an icon and a word. */
function StatusCell({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  const flagged = milestone.timing === 'overdue' || milestone.timing === 'dueSoon';
  return (
    <>
      <span
        className={`milestone-status status-${milestone.status}`}
        data-status={milestone.status}
      >
        <Icon name={statusIcons[milestone.status]} />
        {text.status(milestone)}
      </span>
      {flagged && (
        <span className={`step-badge badge-${milestone.timing}`} data-timing={milestone.timing}>
          <Icon name={milestone.timing === 'overdue' ? 'alert' : 'info'} />
          {t(`process:timing.${milestone.timing}`)}
        </span>
      )}
    </>
  );
}

interface DecisionCellProps {
  milestone: Milestone;
  title: string;
  onOpenMinutes: (url: string) => void;
}

function DecisionCell({ milestone, title, onOpenMinutes }: DecisionCellProps) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  const decision = text.decision(milestone);
  if (!decision && !milestone.minutesUrl) return <EmptyCell />;
  return (
    <>
      {decision && <span className="decision-ref">{decision}</span>}
      {milestone.minutesUrl && (
        <button
          type="button"
          className="btn btn-small btn-quiet minutes-link"
          aria-label={t('timeline.table.minutesNamed', { title })}
          onClick={() => onOpenMinutes(milestone.minutesUrl)}
        >
          {t('timeline.table.minutes')}
          <Icon name="external" />
        </button>
      )}
    </>
  );
}

function VersionCell({
  milestone,
  version,
}: {
  milestone: Milestone;
  version: VersionSummary | null;
}) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  if (!milestone.versionId) return <EmptyCell />;
  if (!version) return <span className="cell-empty">{t('timeline.versionMissing')}</span>;
  return (
    <>
      <span className="version-name">{text.version(version)}</span>
      <code className="version-digest" title={version.digest}>
        {text.digest(version)}
      </code>
    </>
  );
}
