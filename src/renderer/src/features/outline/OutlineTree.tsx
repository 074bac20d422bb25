import {
  closestCenter,
  DndContext,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline, OutlineEntry } from '../../../../shared/domain/section';
import { Icon } from '../../ui/Icon';
import { useSortableSensors } from '../../ui/useSortableSensors';
import {
  childrenOf,
  dropTarget,
  hasChildren,
  indent,
  moveDown,
  moveUp,
  outdent,
  visibleEntries,
  type MoveTarget,
} from './outlineModel';

export interface OutlineTreeProps {
  outline: Outline;
  planLanguage: string;
  /** The section being worked on (highlighted; the actions menu acts on it). */
  currentId: string | null;
  renamingId: string | null;
  onSelect: (id: string) => void;
  /** Go to the section: scroll the document to it and put the caret in its text. */
  onActivate: (id: string) => void;
  onRename: (id: string) => void;
  onRenameDone: (id: string, title: string | null) => void;
  onDelete: (id: string) => void;
  onMove: (id: string, target: MoveTarget | null) => void;
  onContextMenu: (id: string) => void;
}

/**
 * The outline as a WAI-ARIA tree: one tab stop, arrow keys move and open/close levels, Enter goes
 * to the section, F2 renames, Delete deletes, Alt+Shift+arrows move the section. Rows can be
 * dragged with the mouse, or with the keyboard (Space picks up, arrows move, Space drops).
 */
export function OutlineTree(props: OutlineTreeProps) {
  const { outline, currentId, onMove } = props;
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const treeRef = useRef<HTMLDivElement>(null);
  // Set when a key press moved the focus target, so the row is focused after it re-renders.
  const moveFocus = useRef(false);

  // A section being renamed (just added, perhaps under a closed section) is always shown.
  const renamingId = props.renamingId;
  const visible = useMemo(() => {
    const open = new Set(collapsed);
    let parent = outline.find((entry) => entry.id === renamingId)?.parentId ?? null;
    while (parent) {
      open.delete(parent);
      const id: string = parent;
      parent = outline.find((entry) => entry.id === id)?.parentId ?? null;
    }
    return visibleEntries(outline, open);
  }, [outline, collapsed, renamingId]);
  const tabStop =
    visible.find((entry) => entry.id === focusId)?.id ??
    visible.find((entry) => entry.id === currentId)?.id ??
    visible[0]?.id ??
    null;

  useLayoutEffect(() => {
    if (!moveFocus.current || !tabStop) return;
    moveFocus.current = false;
    treeRef.current?.querySelector<HTMLElement>(`[data-outline-id="${tabStop}"]`)?.focus();
  });

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    moveFocus.current = true;
    setFocusId(id);
    props.onSelect(id);
  };

  const setOpen = (id: string, open: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent, entry: OutlineEntry) => {
    if (dragging || event.target !== event.currentTarget) return;
    const index = visible.findIndex((candidate) => candidate.id === entry.id);
    const expandable = hasChildren(outline, entry.id);
    const open = expandable && !collapsed.has(entry.id);
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.altKey && event.shiftKey) {
      const move = { ArrowUp: moveUp, ArrowDown: moveDown, ArrowRight: indent, ArrowLeft: outdent }[
        event.key
      ];
      if (!move) return;
      handled();
      moveFocus.current = true;
      onMove(entry.id, move(outline, entry.id));
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
        handled();
        focusRow(visible[index + 1]?.id);
        break;
      case 'ArrowUp':
        handled();
        focusRow(visible[index - 1]?.id);
        break;
      case 'Home':
        handled();
        focusRow(visible[0]?.id);
        break;
      case 'End':
        handled();
        focusRow(visible.at(-1)?.id);
        break;
      case 'ArrowRight':
        handled();
        if (expandable && !open) setOpen(entry.id, true);
        else if (open) focusRow(childrenOf(outline, entry.id)[0]?.id);
        break;
      case 'ArrowLeft':
        handled();
        if (open) setOpen(entry.id, false);
        else if (entry.parentId) focusRow(entry.parentId);
        break;
      case 'Enter':
        handled();
        props.onActivate(entry.id);
        break;
      case 'F2':
        handled();
        props.onRename(entry.id);
        break;
      case 'Delete':
        handled();
        props.onDelete(entry.id);
        break;
      case 'ContextMenu':
        handled();
        props.onContextMenu(entry.id);
        break;
      case 'F10':
        if (event.shiftKey) {
          handled();
          props.onContextMenu(entry.id);
        }
        break;
    }
  };

  const sensors = useSortableSensors();

  const titleOf = (id: UniqueIdentifier | undefined) => {
    const entry = outline.find((candidate) => candidate.id === id);
    return entry ? `${entry.number} ${entry.title}` : '';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('outline.drag.start', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      !over
        ? undefined
        : over.id === active.id
          ? t('outline.drag.start', { title: titleOf(active.id) })
          : t('outline.drag.over', { title: titleOf(active.id), target: titleOf(over.id) }),
    onDragEnd: () => undefined,
    onDragCancel: ({ active }) => t('outline.drag.cancel', { title: titleOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(false);
    if (!over) return;
    const target = dropTarget(outline, visible, String(active.id), String(over.id));
    if (active.id !== over.id) onMove(String(active.id), target);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('outline.drag.instructions') },
      }}
      onDragStart={() => setDragging(true)}
      onDragCancel={() => setDragging(false)}
      onDragEnd={onDragEnd}
    >
      <SortableContext
        items={visible.map((entry) => entry.id)}
        strategy={verticalListSortingStrategy}
      >
        <div
          ref={treeRef}
          className="outline-tree"
          role="tree"
          aria-label={t('outline.treeLabel')}
          data-testid="outline-tree"
        >
          {visible.map((entry) => {
            const siblings = childrenOf(outline, entry.parentId);
            const expandable = hasChildren(outline, entry.id);
            return (
              <OutlineRow
                key={entry.id}
                entry={entry}
                setSize={siblings.length}
                position={siblings.findIndex((sibling) => sibling.id === entry.id) + 1}
                expanded={expandable ? !collapsed.has(entry.id) : undefined}
                selected={entry.id === currentId}
                titleLanguage={props.planLanguage}
                tabbable={entry.id === tabStop}
                renaming={entry.id === props.renamingId}
                onToggle={() => setOpen(entry.id, collapsed.has(entry.id))}
                onFocus={() => setFocusId(entry.id)}
                onKeyDown={(event) => onKeyDown(event, entry)}
                onClick={() => props.onActivate(entry.id)}
                onDoubleClick={() => props.onRename(entry.id)}
                onContextMenu={(event) => {
                  event.preventDefault();
                  props.onContextMenu(entry.id);
                }}
                onRenameDone={(title, refocus) => {
                  if (refocus) {
                    moveFocus.current = true;
                    setFocusId(entry.id);
                  }
                  props.onRenameDone(entry.id, title);
                }}
              />
            );
          })}
        </div>
      </SortableContext>
    </DndContext>
  );
}

interface OutlineRowProps {
  entry: OutlineEntry;
  setSize: number;
  position: number;
  expanded: boolean | undefined;
  selected: boolean;
  /** Titles are written in the plan's language (hyphenation, pronunciation). */
  titleLanguage: string;
  tabbable: boolean;
  renaming: boolean;
  onToggle: () => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onClick: () => void;
  onDoubleClick: () => void;
  onContextMenu: (event: MouseEvent) => void;
  /** `refocus`: the rename ended with Enter or Escape, so the keyboard user continues in the tree. */
  onRenameDone: (title: string | null, refocus: boolean) => void;
}

function OutlineRow(props: OutlineRowProps) {
  const { entry } = props;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: entry.id,
    disabled: props.renaming,
  });
  // dnd-kit types its listeners loosely; these are the two its sensors install.
  const drag = listeners as
    | {
        onPointerDown?: (event: PointerEvent) => void;
        onKeyDown?: (event: KeyboardEvent) => void;
      }
    | undefined;
  return (
    <div
      ref={setNodeRef}
      role="treeitem"
      aria-level={entry.depth}
      aria-setsize={props.setSize}
      aria-posinset={props.position}
      aria-expanded={props.expanded}
      aria-selected={props.selected}
      aria-describedby={attributes['aria-describedby']}
      tabIndex={props.tabbable ? 0 : -1}
      data-outline-id={entry.id}
      className={`outline-row depth-${entry.depth}${props.selected ? ' is-current' : ''}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onFocus={(event) => {
        if (event.target === event.currentTarget) props.onFocus();
      }}
      onPointerDown={(event) => drag?.onPointerDown?.(event)}
      onKeyDown={(event) => {
        props.onKeyDown(event);
        if (!event.defaultPrevented && !props.renaming) drag?.onKeyDown?.(event);
      }}
      onClick={(event) => {
        if (!props.renaming && event.detail <= 1) props.onClick();
      }}
      onDoubleClick={props.onDoubleClick}
      onContextMenu={props.onContextMenu}
    >
      <span
        className="outline-toggle"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          props.onToggle();
        }}
      >
        {props.expanded !== undefined && (
          <Icon name={props.expanded ? 'chevronDown' : 'chevronRight'} />
        )}
      </span>
      <span className="outline-number">{entry.number}</span>{' '}
      {props.renaming ? (
        <RenameInput title={entry.title} onDone={props.onRenameDone} />
      ) : (
        <span className="outline-title" lang={props.titleLanguage}>
          {entry.title}
        </span>
      )}
    </div>
  );
}

function RenameInput({
  title,
  onDone,
}: {
  title: string;
  onDone: (title: string | null, refocus: boolean) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(title);
  const done = useRef(false);
  const finish = (result: string | null, refocus: boolean) => {
    if (done.current) return;
    done.current = true;
    const trimmed = result?.trim() ?? '';
    onDone(trimmed === '' || trimmed === title ? null : trimmed, refocus);
  };
  return (
    <input
      className="outline-rename"
      aria-label={t('outline.renameLabel')}
      value={value}
      maxLength={300}
      autoFocus
      onFocus={(event) => event.target.select()}
      onChange={(event) => setValue(event.target.value)}
      onClick={(event) => event.stopPropagation()}
      onPointerDown={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(value, true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(null, true);
        }
      }}
      onBlur={() => finish(value, false)}
    />
  );
}
