import {
  closestCenter,
  DndContext,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import type { Milestones } from '../../../../shared/domain/milestones';
import type { VersionSummary } from '../../../../shared/domain/versions';
import { useSortableSensors } from '../../ui/useSortableSensors';
import { MilestoneRow, type MilestoneRowActions } from './MilestoneRow';
import { useMilestoneText } from './milestoneText';

interface MilestoneTableProps {
  milestones: Milestones;
  versions: VersionSummary[];
  actions: MilestoneRowActions;
}

/**
 * The steps in process order as a table, one row per step. Rows are reordered by dragging their
 * handle with the mouse, or with the keyboard (Space picks up, arrows move, Space drops), or with
 * Move up / Move down in the row's menu.
 */
export function MilestoneTable({ milestones, versions, actions }: MilestoneTableProps) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  const list = milestones.milestones;
  const sensors = useSortableSensors();

  const indexOf = (id: UniqueIdentifier | undefined) => list.findIndex((m) => m.id === id);
  const titleOf = (id: UniqueIdentifier | undefined) => {
    const milestone = list[indexOf(id)];
    return milestone ? text.name(milestone) : '';
  };
  const place = (id: UniqueIdentifier, overId: UniqueIdentifier) => ({
    title: titleOf(id),
    position: indexOf(overId) + 1,
    count: list.length,
  });
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('timeline.drag.start', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('timeline.drag.over', place(active.id, over.id)) : undefined,
    // The view announces the move once the core has made it, as for Move up / Move down.
    onDragEnd: () => undefined,
    onDragCancel: ({ active }) => t('timeline.drag.cancel', { title: titleOf(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) actions.onMove(String(active.id), indexOf(over.id));
  };

  if (list.length === 0)
    return <p className="timeline-empty">{t('timeline.table.noMilestones')}</p>;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('timeline.drag.instructions') },
      }}
      onDragEnd={onDragEnd}
    >
      {/* Scrolls sideways on a narrow window (or at 200 % zoom) instead of squeezing the columns. */}
      <div
        className="milestone-table-scroll"
        role="region"
        aria-labelledby="milestone-table-caption"
        tabIndex={0}
      >
        <table className="milestone-table">
          <caption id="milestone-table-caption">{t('timeline.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-order">
                {t('timeline.table.order')}
              </th>
              <th scope="col">{t('timeline.table.step')}</th>
              <th scope="col">{t('timeline.table.planned')}</th>
              <th scope="col">{t('timeline.table.actual')}</th>
              <th scope="col">{t('timeline.table.status')}</th>
              <th scope="col">{t('timeline.table.decision')}</th>
              <th scope="col">{t('timeline.table.version')}</th>
              <th scope="col">{t('timeline.table.actions')}</th>
            </tr>
          </thead>
          <SortableContext items={list.map((m) => m.id)} strategy={verticalListSortingStrategy}>
            <tbody>
              {list.map((milestone, index) => (
                <MilestoneRow
                  key={milestone.id}
                  milestone={milestone}
                  position={index + 1}
                  count={list.length}
                  next={milestone.id === milestones.nextId}
                  version={versions.find((v) => v.id === milestone.versionId) ?? null}
                  actions={actions}
                />
              ))}
            </tbody>
          </SortableContext>
        </table>
      </div>
    </DndContext>
  );
}
