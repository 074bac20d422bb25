import * as Menu from '@radix-ui/react-dropdown-menu';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_OUTLINE_DEPTH, type Outline } from '../../../../shared/domain/section';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { useMenuCommand } from '../commands/MenuCommands';
import { usePlan } from '../plan/PlanContext';
import { descendantsOf, indent, moveDown, moveUp, outdent } from './outlineModel';
import { OutlineTree } from './OutlineTree';
import type { useOutlineActions } from './useOutlineActions';

interface OutlinePanelProps {
  outline: Outline;
  currentId: string | null;
  onSelect: (id: string) => void;
  onActivate: (id: string) => void;
  actions: ReturnType<typeof useOutlineActions>;
}

/** Puts keyboard focus on the outline's current row (menu "Siirry sisällykseen", after a delete). */
export function focusOutline(): void {
  document.querySelector<HTMLElement>('[role="tree"] [role="treeitem"][tabindex="0"]')?.focus();
}

/** The left sidebar: the plan's outline with its commands. */
export function OutlinePanel({
  outline,
  currentId,
  onSelect,
  onActivate,
  actions,
}: OutlinePanelProps) {
  const { t } = useTranslation();
  const { planLanguage } = usePlan();
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);

  const current = outline.find((entry) => entry.id === currentId) ?? null;
  const deleting = outline.find((entry) => entry.id === deletingId) ?? null;

  const add = async (asChild: boolean) => {
    const id = await actions.add(current?.id ?? null, asChild);
    if (id) {
      onSelect(id);
      setRenamingId(id);
    }
  };

  useMenuCommand('addSection', () => void add(false));
  useMenuCommand('focusOutline', focusOutline);

  const lastDeleted = actions.deleted.at(-1);
  const subsectionCount = deleting ? descendantsOf(outline, deleting.id).size : 0;

  return (
    <nav className="outline-panel" aria-labelledby="outline-heading">
      <div className="outline-header">
        <h2 id="outline-heading" className="outline-heading">
          {t('outline.heading')}
        </h2>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => void add(false)}
          title={t('outline.addSectionHint')}
        >
          <Icon name="plus" />
          {t('outline.addSection')}
        </button>
        <Menu.Root open={menuOpen} onOpenChange={setMenuOpen}>
          <Menu.Trigger
            className="btn btn-small btn-icon"
            aria-label={t('outline.actions')}
            title={t('outline.actions')}
          >
            <Icon name="more" />
          </Menu.Trigger>
          <Menu.Portal>
            <Menu.Content className="menu" align="end" sideOffset={4}>
              <Menu.Label className="menu-label">
                {current ? `${current.number} ${current.title}` : t('outline.noneSelected')}
              </Menu.Label>
              <Menu.Item
                className="menu-item"
                disabled={!current || current.depth >= MAX_OUTLINE_DEPTH}
                onSelect={() => void add(true)}
              >
                {t('outline.addSubsection')}
              </Menu.Item>
              <Menu.Item
                className="menu-item"
                disabled={!current}
                onSelect={() => current && setRenamingId(current.id)}
              >
                {t('outline.rename')}
                <span className="menu-shortcut">F2</span>
              </Menu.Item>
              <Menu.Separator className="menu-separator" />
              {(
                [
                  ['moveUp', moveUp, 'Alt+Shift+↑'],
                  ['moveDown', moveDown, 'Alt+Shift+↓'],
                  ['indent', indent, 'Alt+Shift+→'],
                  ['outdent', outdent, 'Alt+Shift+←'],
                ] as const
              ).map(([key, target, shortcut]) => (
                <Menu.Item
                  key={key}
                  className="menu-item"
                  disabled={!current || target(outline, current.id) === null}
                  onSelect={() =>
                    current && void actions.move(current.id, target(outline, current.id))
                  }
                >
                  {t(`outline.${key}`)}
                  <span className="menu-shortcut">{shortcut}</span>
                </Menu.Item>
              ))}
              <Menu.Separator className="menu-separator" />
              <Menu.Item
                className="menu-item menu-item-danger"
                disabled={!current}
                onSelect={() => current && setDeletingId(current.id)}
              >
                {t('outline.delete')}
                <span className="menu-shortcut">{t('outline.deleteKey')}</span>
              </Menu.Item>
              {lastDeleted && (
                <Menu.Item className="menu-item" onSelect={() => void actions.restore(lastDeleted)}>
                  {t('outline.restoreDeleted', { title: lastDeleted.title })}
                </Menu.Item>
              )}
            </Menu.Content>
          </Menu.Portal>
        </Menu.Root>
      </div>
      <OutlineTree
        outline={outline}
        planLanguage={planLanguage}
        currentId={currentId}
        renamingId={renamingId}
        onSelect={onSelect}
        onActivate={onActivate}
        onRename={setRenamingId}
        onRenameDone={(id, title) => {
          setRenamingId(null);
          if (title !== null) void actions.rename(id, title);
        }}
        onDelete={setDeletingId}
        onMove={(id, target) => void actions.move(id, target)}
        onContextMenu={(id) => {
          onSelect(id);
          setMenuOpen(true);
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeletingId(null);
        }}
        title={t('outline.deleteTitle')}
        description={
          !deleting
            ? ''
            : subsectionCount === 0
              ? t('outline.deleteQuestion', { title: `${deleting.number} ${deleting.title}` })
              : t('outline.deleteQuestionWithSubsections', {
                  title: `${deleting.number} ${deleting.title}`,
                  count: subsectionCount,
                })
        }
        confirmLabel={t('outline.deleteConfirm')}
        cancelLabel={t('common.cancel')}
        destructive
        onConfirm={() => {
          if (!deleting) return;
          void actions.remove(deleting.id).then(() => focusOutline());
        }}
      />
    </nav>
  );
}
