import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MilestoneKind } from '../../../../shared/domain/milestones';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { AddMilestoneDialog } from './AddMilestoneDialog';
import { MarkDoneDialog } from './MarkDoneDialog';
import { MilestoneEditorDialog } from './MilestoneEditorDialog';
import type { MilestoneRowActions } from './MilestoneRow';
import type { MilestonesStore } from './milestonesStore';
import { MilestoneTable } from './MilestoneTable';
import { useMilestoneText } from './milestoneText';
import { ProgressSummary } from './ProgressSummary';
import { RenameMilestoneDialog } from './RenameMilestoneDialog';
import { TimelineChart } from './TimelineChart';
import { useMilestoneCommands } from './useMilestoneCommands';
import { useMilestones } from './useMilestones';

type OpenDialog =
  | { kind: 'edit' | 'markDone' | 'rename' | 'remove'; id: string }
  | { kind: 'add'; afterId: string | null };

/**
 * "Aikataulu ja päätökset": where the process stands, the time axis, and the steps as a table in
 * which she sets dates and decisions, marks steps done (freezing the decided text), and adds,
 * renames, reorders and removes steps.
 */
export function TimelineView({ store }: { store: MilestonesStore }) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  const state = useMilestones(store);
  const commands = useMilestoneCommands(store);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  /** The step asked about in "Poistetaanko vaihe?", and whether she confirmed. */
  const question = useRef<{ id: string; confirmed: boolean } | null>(null);

  // Versions may have been frozen in the versions view since the header last asked.
  useEffect(() => {
    void store.refresh();
  }, [store]);

  const actions: MilestoneRowActions = {
    onEdit: (id) => setDialog({ kind: 'edit', id }),
    onMarkDone: (id) => setDialog({ kind: 'markDone', id }),
    onRename: (id) => setDialog({ kind: 'rename', id }),
    onAddAfter: (id) => setDialog({ kind: 'add', afterId: id }),
    onRemove: (id) => {
      question.current = { id, confirmed: false };
      setDialog({ kind: 'remove', id });
    },
    onResetTitle: (id) => void commands.resetTitle(id),
    onMove: (id, index) => void commands.move(id, index),
    onOpenMinutes: (url) => void commands.openMinutes(url),
  };

  const add = async (kind: MilestoneKind, afterId: string | null, title: string | null) => {
    const added = await commands.add(kind, afterId, title);
    if ('failure' in added) return added.failure;
    // A new step needs its dates next, so its editor opens at once.
    if (added.addedId) setDialog({ kind: 'edit', id: added.addedId });
    return null;
  };

  /**
   * Back to the row's menu when she said no; when the row goes away, on from "Lisää vaihe…" (the
   * element that had focus before the question is that row's menu).
   */
  const focusAfterRemoveQuestion = () => {
    const asked = question.current;
    const menu = document.querySelector<HTMLElement>(
      `[data-milestone-id="${asked?.id}"] [aria-haspopup="menu"]`,
    );
    (asked?.confirmed || !menu ? addButton.current : menu)?.focus();
    question.current = null;
  };

  const heading = (
    <div className="timeline-head">
      <div>
        <h2 id="timeline-heading">{t('timeline.heading')}</h2>
        <p className="timeline-intro">{t('timeline.intro')}</p>
      </div>
      <button
        ref={addButton}
        type="button"
        className="btn"
        disabled={!state}
        onClick={() =>
          setDialog({ kind: 'add', afterId: state?.milestones.milestones.at(-1)?.id ?? null })
        }
      >
        <Icon name="plus" />
        {t('timeline.add')}
      </button>
    </div>
  );

  if (!state) {
    return (
      <main
        className="plan-view-main timeline-view"
        id="timeline"
        aria-labelledby="timeline-heading"
      >
        <div className="timeline-page">{heading}</div>
      </main>
    );
  }

  const { milestones, versions } = state;
  const target =
    dialog && 'id' in dialog ? milestones.milestones.find((m) => m.id === dialog.id) : undefined;
  const close = () => setDialog(null);

  return (
    <main className="plan-view-main timeline-view" id="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-page">
        {heading}
        <p className="timeline-progress" data-testid="timeline-progress">
          <ProgressSummary milestones={milestones} />
        </p>
        <TimelineChart milestones={milestones} />
        <MilestoneTable milestones={milestones} versions={versions} actions={actions} />
      </div>
      {dialog?.kind === 'add' && (
        <AddMilestoneDialog
          milestones={milestones.milestones}
          afterId={dialog.afterId}
          onAdd={add}
          // Adding opened the new step's editor, which stays open.
          onClose={() => setDialog((current) => (current?.kind === 'add' ? null : current))}
        />
      )}
      {target && dialog?.kind === 'edit' && (
        <MilestoneEditorDialog
          key={target.id}
          milestone={target}
          versions={versions}
          onSave={(patch) => commands.update(target.id, patch)}
          onClose={close}
        />
      )}
      {target && dialog?.kind === 'markDone' && (
        <MarkDoneDialog
          milestone={target}
          versions={versions}
          today={milestones.today}
          onMarkDone={(actualDate, versionId) =>
            commands.markDone(target.id, actualDate, versionId)
          }
          onClose={close}
        />
      )}
      {target && dialog?.kind === 'rename' && (
        <RenameMilestoneDialog
          milestone={target}
          onRename={(title) => commands.rename(target.id, title)}
          onClose={close}
        />
      )}
      <ConfirmDialog
        open={Boolean(target) && dialog?.kind === 'remove'}
        onOpenChange={(isOpen) => !isOpen && close()}
        title={t('timeline.remove.title')}
        description={t('timeline.remove.description', { title: target ? text.name(target) : '' })}
        confirmLabel={t('timeline.remove.confirm')}
        cancelLabel={t('common.cancel')}
        destructive
        returnFocusTo={{ focus: focusAfterRemoveQuestion }}
        onConfirm={() => {
          if (!target) return;
          question.current = { id: target.id, confirmed: true };
          void commands.remove(target.id);
        }}
      />
    </main>
  );
}
