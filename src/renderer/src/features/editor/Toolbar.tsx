import * as Menu from '@radix-ui/react-dropdown-menu';
import type { LexicalEditor } from 'lexical';
import {
  useRef,
  useState,
  useSyncExternalStore,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { usePlan } from '../plan/PlanContext';
import { useEditorUiState } from './formatStore';
import {
  blockTypes,
  redo,
  setBlockType,
  tableOperation,
  toggleFormat,
  toggleList,
  toggleQuote,
  undo,
  type BlockType,
  type ListType,
  type TextFormat,
} from './formatting';

const blockShortcuts: Record<BlockType, string> = {
  paragraph: 'Ctrl+Alt+0',
  h2: 'Ctrl+Alt+2',
  h3: 'Ctrl+Alt+3',
  h4: 'Ctrl+Alt+4',
};

/** Moves keyboard focus to the toolbar's current button (Alt+F10 in an editor). */
export function focusToolbar(): void {
  document
    .querySelector<HTMLElement>('[role="toolbar"] [data-toolbar-item][tabindex="0"]')
    ?.focus();
}

/** Keeps the caret in the editor when a toolbar button is clicked with the mouse. */
const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

/**
 * The formatting toolbar of the focused section's editor. One tab stop; arrow keys, Home and End
 * move between its buttons (WAI-ARIA toolbar pattern); Escape returns to the text.
 */
export function Toolbar() {
  const { t } = useTranslation();
  const { editors, openLinkDialog, openTableDialog, openDataBlockDialog } = usePlan();
  const active = useSyncExternalStore(editors.subscribe, editors.getActive);
  const editor = active?.editor ?? null;
  const state = useEditorUiState(editor);
  const [focusIndex, setFocusIndex] = useState(0);
  const ref = useRef<HTMLDivElement>(null);

  const items = () => [
    ...(ref.current?.querySelectorAll<HTMLElement>('[data-toolbar-item]') ?? []),
  ];

  const onKeyDown = (event: KeyboardEvent) => {
    const onItem = (event.target as HTMLElement).hasAttribute('data-toolbar-item');
    if (event.key === 'Escape' && onItem && editor) {
      event.preventDefault();
      editor.focus();
      return;
    }
    const all = items();
    const current = all.indexOf(document.activeElement as HTMLElement);
    if (current < 0) return;
    const targets: Record<string, number> = {
      ArrowRight: (current + 1) % all.length,
      ArrowLeft: (current - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    const next = targets[event.key];
    if (next === undefined) return;
    event.preventDefault();
    all[next]?.focus();
  };

  const onFocus = (event: FocusEvent) => {
    const index = items().indexOf(event.target as HTMLElement);
    if (index >= 0) setFocusIndex(index);
  };

  let itemIndex = 0;
  const nextTabIndex = () => (itemIndex++ === focusIndex ? 0 : -1);

  const run = (action: (target: LexicalEditor) => void) => () => {
    if (editor) action(editor);
  };

  // A choice made in a menu puts the caret back in the text; Escape returns to the menu button.
  const chosen = useRef(false);
  const choose = (action: (target: LexicalEditor) => void) => () => {
    if (!editor) return;
    chosen.current = true;
    action(editor);
  };
  const onMenuCloseAutoFocus = (event: Event) => {
    if (!chosen.current) return;
    chosen.current = false;
    event.preventDefault();
    editor?.focus();
  };

  const toggle = (
    content: ReactNode,
    label: string,
    pressed: boolean,
    onClick: () => void,
    shortcut?: string,
  ) => (
    <ToolbarButton
      label={label}
      shortcut={shortcut}
      pressed={pressed}
      disabled={!editor}
      tabIndex={nextTabIndex()}
      onClick={onClick}
    >
      {content}
    </ToolbarButton>
  );

  const formatToggle = (format: TextFormat, shortcut: string) =>
    toggle(
      <span className={`glyph glyph-${format}`}>{t(`toolbar.${format}Glyph`)}</span>,
      t(`toolbar.${format}`),
      state[format],
      run((e) => toggleFormat(e, format)),
      shortcut,
    );

  const listToggle = (type: ListType, shortcut: string) =>
    toggle(
      <Icon name={`${type}List`} />,
      t(`toolbar.${type}List`),
      state.list === type,
      run((e) => toggleList(e, type, state.list)),
      shortcut,
    );

  const blockLabel = (type: BlockType) => t(`toolbar.block.${type}`);

  return (
    <div
      ref={ref}
      className="toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <Menu.Root modal={false}>
        <Menu.Trigger
          className="toolbar-menu-button toolbar-block"
          data-toolbar-item
          tabIndex={nextTabIndex()}
          aria-label={`${t('toolbar.blockType')}: ${blockLabel(state.block)}`}
          aria-disabled={!editor || undefined}
          disabled={!editor}
        >
          <span>{blockLabel(state.block)}</span>
          <Icon name="chevronDown" />
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content
            className="menu"
            align="start"
            sideOffset={4}
            onCloseAutoFocus={onMenuCloseAutoFocus}
          >
            <Menu.RadioGroup
              value={state.block}
              onValueChange={(value) => choose((e) => setBlockType(e, value as BlockType))()}
            >
              {blockTypes.map((type) => (
                <Menu.RadioItem key={type} value={type} className={`menu-item menu-block-${type}`}>
                  <Menu.ItemIndicator className="menu-indicator">
                    <Icon name="check" />
                  </Menu.ItemIndicator>
                  {blockLabel(type)}
                  <span className="menu-shortcut">{blockShortcuts[type]}</span>
                </Menu.RadioItem>
              ))}
            </Menu.RadioGroup>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      <span className="toolbar-separator" aria-hidden="true" />
      {formatToggle('bold', 'Control+B')}
      {formatToggle('italic', 'Control+I')}
      {formatToggle('underline', 'Control+U')}
      <span className="toolbar-separator" aria-hidden="true" />
      {listToggle('bullet', 'Control+Shift+8')}
      {listToggle('number', 'Control+Shift+7')}
      {toggle(
        <Icon name="quote" />,
        t('toolbar.quote'),
        state.quote,
        run((e) => toggleQuote(e, state.quote)),
      )}
      <span className="toolbar-separator" aria-hidden="true" />
      {toggle(
        <Icon name="link" />,
        t('toolbar.link'),
        state.link !== null,
        run(openLinkDialog),
        'Control+K',
      )}
      <Menu.Root modal={false}>
        <Menu.Trigger
          className="toolbar-menu-button"
          data-toolbar-item
          tabIndex={nextTabIndex()}
          aria-label={t('toolbar.table')}
          title={t('toolbar.table')}
          disabled={!editor}
        >
          <Icon name="table" />
          <Icon name="chevronDown" className="icon-small" />
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content
            className="menu"
            align="start"
            sideOffset={4}
            onCloseAutoFocus={onMenuCloseAutoFocus}
          >
            <Menu.Item
              className="menu-item"
              disabled={state.table !== null}
              onSelect={run(openTableDialog)}
            >
              {t('table.insertMenu')}
            </Menu.Item>
            <Menu.Separator className="menu-separator" />
            {(
              [
                'rowAbove',
                'rowBelow',
                'columnLeft',
                'columnRight',
                'deleteRow',
                'deleteColumn',
              ] as const
            ).map((operation) => (
              <Menu.Item
                key={operation}
                className="menu-item"
                disabled={!state.table}
                onSelect={choose((e) => tableOperation(e, operation))}
              >
                {t(`table.op.${operation}`)}
              </Menu.Item>
            ))}
            <Menu.CheckboxItem
              className="menu-item"
              disabled={!state.table}
              checked={state.table?.headerRow ?? false}
              onCheckedChange={choose((e) => tableOperation(e, 'toggleHeaderRow'))}
            >
              <Menu.ItemIndicator className="menu-indicator">
                <Icon name="check" />
              </Menu.ItemIndicator>
              {t('table.op.toggleHeaderRow')}
            </Menu.CheckboxItem>
            <Menu.Separator className="menu-separator" />
            <Menu.Item
              className="menu-item"
              disabled={!state.table}
              onSelect={choose((e) => tableOperation(e, 'deleteTable'))}
            >
              {t('table.op.deleteTable')}
            </Menu.Item>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      {/* Not inside a table: a live block stands on a line of its own. */}
      <ToolbarButton
        label={t('dataBlocks:toolbar')}
        disabled={!editor || state.table !== null}
        tabIndex={nextTabIndex()}
        onClick={run(openDataBlockDialog)}
      >
        <Icon name="chart" />
      </ToolbarButton>
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolbarButton
        label={t('toolbar.undo')}
        shortcut="Control+Z"
        disabled={!editor || !state.canUndo}
        tabIndex={nextTabIndex()}
        onClick={run(undo)}
      >
        <Icon name="undo" />
      </ToolbarButton>
      <ToolbarButton
        label={t('toolbar.redo')}
        shortcut="Control+Y"
        disabled={!editor || !state.canRedo}
        tabIndex={nextTabIndex()}
        onClick={run(redo)}
      >
        <Icon name="redo" />
      </ToolbarButton>
    </div>
  );
}

interface ToolbarButtonProps {
  label: string;
  shortcut?: string;
  /** Toggle buttons say whether their format is on; plain buttons leave it undefined. */
  pressed?: boolean;
  disabled: boolean;
  tabIndex: number;
  onClick: () => void;
  children: ReactNode;
}

/**
 * A toolbar button. Unavailable buttons stay focusable (aria-disabled) so that arrow keys reach
 * every button and screen readers can tell what is there.
 */
function ToolbarButton({
  label,
  shortcut,
  pressed,
  disabled,
  tabIndex,
  onClick,
  children,
}: ToolbarButtonProps) {
  const shortcutText = shortcut?.replace('Control', 'Ctrl');
  return (
    <button
      type="button"
      className="toolbar-button"
      data-toolbar-item
      tabIndex={tabIndex}
      aria-label={label}
      aria-pressed={pressed}
      aria-disabled={disabled || undefined}
      aria-keyshortcuts={shortcut}
      title={shortcutText ? `${label} (${shortcutText})` : label}
      onMouseDown={keepEditorFocus}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      {children}
    </button>
  );
}
