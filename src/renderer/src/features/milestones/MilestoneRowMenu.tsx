import * as Menu from '@radix-ui/react-dropdown-menu';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../../shared/domain/milestones';
import { Icon } from '../../ui/Icon';
import type { MilestoneRowActions } from './MilestoneRow';

interface MilestoneRowMenuProps {
  milestone: Milestone;
  title: string;
  /** 1-based place in process order, and how many steps there are. */
  position: number;
  count: number;
  actions: MilestoneRowActions;
}

/** The less frequent actions of a step: rename, move, add after, remove. */
export function MilestoneRowMenu({
  milestone,
  title,
  position,
  count,
  actions,
}: MilestoneRowMenuProps) {
  const { t } = useTranslation();
  const { id } = milestone;
  const label = t('timeline.actions.more', { title });
  return (
    <Menu.Root>
      <Menu.Trigger className="btn btn-small btn-quiet btn-icon" aria-label={label} title={label}>
        <Icon name="more" />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className="menu" align="end" sideOffset={4}>
          <Menu.Label className="menu-label">{title}</Menu.Label>
          <Menu.Item className="menu-item" onSelect={() => actions.onRename(id)}>
            {t('timeline.actions.rename')}
          </Menu.Item>
          <Menu.Item
            className="menu-item"
            disabled={milestone.title === null}
            onSelect={() => actions.onResetTitle(id)}
          >
            {t('timeline.actions.resetTitle')}
          </Menu.Item>
          <Menu.Separator className="menu-separator" />
          <Menu.Item
            className="menu-item"
            disabled={position === 1}
            onSelect={() => actions.onMove(id, position - 2)}
          >
            {t('timeline.actions.moveUp')}
          </Menu.Item>
          <Menu.Item
            className="menu-item"
            disabled={position === count}
            onSelect={() => actions.onMove(id, position)}
          >
            {t('timeline.actions.moveDown')}
          </Menu.Item>
          <Menu.Separator className="menu-separator" />
          <Menu.Item className="menu-item" onSelect={() => actions.onAddAfter(id)}>
            {t('timeline.actions.addAfter')}
          </Menu.Item>
          <Menu.Separator className="menu-separator" />
          <Menu.Item className="menu-item menu-item-danger" onSelect={() => actions.onRemove(id)}>
            {t('timeline.actions.remove')}
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
