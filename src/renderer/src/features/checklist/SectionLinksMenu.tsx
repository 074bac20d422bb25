import * as Menu from '@radix-ui/react-dropdown-menu';
import type { ReactNode, Ref } from 'react';
import { Icon } from '../../ui/Icon';

export interface LinkChoice {
  id: string;
  label: ReactNode;
  checked: boolean;
  /** Indent level, for the outline's nesting. */
  depth?: number;
}

interface LinksMenuProps {
  /** The trigger's visible text. */
  label: string;
  /** The trigger's accessible name, when the visible text is too short out of context. */
  accessibleLabel: string;
  heading: string;
  choices: readonly LinkChoice[];
  onToggle: (id: string, checked: boolean) => void;
  className?: string;
  /** For moving focus to the menu's button when what she acted on is gone. */
  triggerRef?: Ref<HTMLButtonElement>;
}

/**
 * A menu of checkboxes that link one thing to many (sections to a requirement, requirements to a
 * section). It stays open while she ticks several; Escape closes it and returns focus.
 */
export function LinksMenu({
  label,
  accessibleLabel,
  heading,
  choices,
  onToggle,
  className,
  triggerRef,
}: LinksMenuProps) {
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger
        ref={triggerRef}
        className={`btn btn-small ${className ?? ''}`}
        aria-label={accessibleLabel}
        title={accessibleLabel}
      >
        <Icon name="link" />
        {label}
        <Icon name="chevronDown" />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className="menu links-menu" align="end" sideOffset={4} collisionPadding={8}>
          <Menu.Label className="menu-label">{heading}</Menu.Label>
          {choices.map((choice) => (
            <Menu.CheckboxItem
              key={choice.id}
              className="menu-item links-menu-item"
              style={{ paddingLeft: 30 + (choice.depth ?? 0) * 14 }}
              checked={choice.checked}
              onSelect={(event) => event.preventDefault()}
              onCheckedChange={(checked) => onToggle(choice.id, checked === true)}
            >
              <Menu.ItemIndicator className="menu-indicator">
                <Icon name="check" />
              </Menu.ItemIndicator>
              <span className="links-menu-text">{choice.label}</span>
            </Menu.CheckboxItem>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
