import { useTranslation } from 'react-i18next';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';

/** Keyboard shortcuts, grouped as they are used: [keys, i18n key of what they do]. */
const shortcutGroups = [
  [
    'editor',
    [
      ['Ctrl+B', 'bold'],
      ['Ctrl+I', 'italic'],
      ['Ctrl+U', 'underline'],
      ['Ctrl+K', 'link'],
      ['Ctrl+Alt+0', 'paragraph'],
      ['Ctrl+Alt+2 / 3 / 4', 'heading'],
      ['Ctrl+Shift+8', 'bulletList'],
      ['Ctrl+Shift+7', 'numberList'],
      ['Tab / Shift+Tab', 'listLevel'],
      ['Ctrl+Z', 'undo'],
      ['Ctrl+Y / Ctrl+Shift+Z', 'redo'],
      ['Ctrl+click', 'openLink'],
    ],
  ],
  [
    'outline',
    [
      ['↑ / ↓', 'outlineMove'],
      ['→ / ←', 'outlineOpen'],
      ['Enter', 'outlineGo'],
      ['F2', 'outlineRename'],
      ['Delete', 'outlineDelete'],
      ['Alt+Shift+↑ / ↓', 'outlineReorder'],
      ['Alt+Shift+→ / ←', 'outlineNest'],
      ['Space', 'outlineDrag'],
    ],
  ],
  [
    'general',
    [
      ['Ctrl+N', 'newPlan'],
      ['Ctrl+O', 'openPlan'],
      ['Ctrl+W', 'closePlan'],
      ['Ctrl+Shift+N', 'addSection'],
      ['Ctrl+1', 'focusOutline'],
      ['Ctrl+2', 'focusEditor'],
      ['Ctrl+Shift+O', 'toggleOutline'],
      ['Ctrl+Shift+L', 'toggleChecklist'],
      ['Ctrl+E', 'exportPlan'],
      ['Ctrl+,', 'preferences'],
      ['F1', 'userGuide'],
      ['Tab', 'nextArea'],
      ['F8', 'notifications'],
      ['Esc', 'closeDialog'],
    ],
  ],
  [
    'versions',
    [
      ['Ctrl+Shift+S', 'saveVersion'],
      ['Ctrl+Shift+H', 'sectionHistory'],
      ['F7 / Shift+F7', 'changeNav'],
      ['Esc', 'leaveVersion'],
    ],
  ],
  [
    'timeline',
    [
      ['Ctrl+Shift+T', 'showTimeline'],
      ['Space, ↑ / ↓, Space', 'milestoneDrag'],
    ],
  ],
  [
    'comments',
    [
      ['Ctrl+Shift+K', 'showRounds'],
      ['Ctrl+Shift+M', 'toggleComments'],
      ['Alt+Enter', 'passageToComment'],
      ['J / K, ↓ / ↑', 'nextComment'],
      ['1–5', 'setResolution'],
      ['Enter / R', 'writeResponse'],
      ['Ctrl+Enter', 'saveAndNext'],
      ['Space', 'selectComment'],
    ],
  ],
  [
    'search',
    [
      ['Ctrl+F', 'findInSection'],
      ['Ctrl+H', 'replaceInSection'],
      ['Ctrl+Shift+F', 'searchPlan'],
      ['Enter / Shift+Enter, F3 / Shift+F3', 'nextMatch'],
      ['Esc', 'closeFind'],
    ],
  ],
] as const;

/** "Käyttöohje": what the app does in a few sentences, and every keyboard shortcut. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog onClose={onClose} title={t('help.title')} size="wide">
      <div className="help">
        <p>{t('help.summary1')}</p>
        <p>{t('help.summary2')}</p>
        <p>{t('help.summary3')}</p>
        <p>{t('help.summary4')}</p>
        {shortcutGroups.map(([group, shortcuts]) => (
          <table key={group} className="shortcut-table">
            <caption>{t(`help.groups.${group}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('help.keys')}</th>
                <th scope="col">{t('help.action')}</th>
              </tr>
            </thead>
            <tbody>
              {shortcuts.map(([keys, action]) => (
                <tr key={action}>
                  <td>
                    <kbd>{keys}</kbd>
                  </td>
                  <td>{t(`help.shortcuts.${action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <DialogButtons>
        <DialogClose className="btn btn-primary">{t('common.close')}</DialogClose>
      </DialogButtons>
    </Dialog>
  );
}
