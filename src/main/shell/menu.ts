import { Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/settings';
import { menu } from '../../shared/i18n/messages/menu';
import type { MenuCommand } from '../../shared/ipc';

export type MenuText = (typeof menu)[Language];

export interface MenuActions {
  /** Sends a `menuCommand` event to the window the menu was used in. */
  command(command: MenuCommand, window: BaseWindow | undefined): void;
  /** Reloads the window after its renderer has saved what is pending. */
  reload(window: BaseWindow | undefined): void;
}

/** The native menu in the user's language; built again whenever the language changes. */
export function buildAppMenu(language: Language, actions: MenuActions, devTools: boolean): Menu {
  const { menus, items } = menu[language];
  const command = (
    label: string,
    name: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    id: name,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: (_item, window) => actions.command(name, window),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    {
      label: menus.file,
      submenu: [
        command(items.newPlan, 'newPlan', 'CmdOrCtrl+N'),
        command(items.openPlan, 'openPlan', 'CmdOrCtrl+O'),
        command(items.closePlan, 'closePlan', 'CmdOrCtrl+W'),
        // No accelerator: Ctrl+Shift+S saves a version.
        command(items.savePlanAs, 'savePlanAs'),
        separator,
        command(items.importDocx, 'importDocx'),
        command(items.exportPlan, 'exportPlan', 'CmdOrCtrl+E'),
        command(items.restoreBackup, 'restoreBackup'),
        separator,
        command(items.preferences, 'preferences', 'CmdOrCtrl+,'),
        separator,
        { role: 'quit', label: items.quit, accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: menus.edit,
      submenu: [
        { role: 'undo', label: items.undo },
        { role: 'redo', label: items.redo },
        separator,
        { role: 'cut', label: items.cut },
        { role: 'copy', label: items.copy },
        { role: 'paste', label: items.paste },
        { role: 'pasteAndMatchStyle', label: items.pasteAndMatchStyle },
        { role: 'selectAll', label: items.selectAll },
        separator,
        separator,
        command(items.find, 'find', 'CmdOrCtrl+F'),
        command(items.findInPlan, 'findInPlan', 'CmdOrCtrl+Shift+F'),
        // Ctrl+H as in Word; Cmd+H hides the app on macOS, where editors use Cmd+Alt+F.
        command(items.replace, 'replace', process.platform === 'darwin' ? 'Cmd+Alt+F' : 'Ctrl+H'),
        separator,
        command(items.addSection, 'addSection', 'CmdOrCtrl+Shift+N'),
      ],
    },
    {
      label: menus.view,
      submenu: [
        command(items.toggleOutline, 'toggleOutline', 'CmdOrCtrl+Shift+O'),
        command(items.toggleChecklist, 'toggleChecklist', 'CmdOrCtrl+Shift+L'),
        command(items.focusOutline, 'focusOutline', 'CmdOrCtrl+1'),
        command(items.focusEditor, 'focusEditor', 'CmdOrCtrl+2'),
        separator,
        {
          id: 'reload',
          label: items.reload,
          accelerator: 'CmdOrCtrl+R',
          click: (_item, window) => actions.reload(window),
        },
        separator,
        { role: 'zoomIn', label: items.zoomIn },
        { role: 'zoomOut', label: items.zoomOut },
        { role: 'resetZoom', label: items.resetZoom },
        separator,
        { role: 'togglefullscreen', label: items.fullscreen },
        ...(devTools ? [{ role: 'toggleDevTools', label: items.devTools } as const] : []),
      ],
    },
    {
      label: menus.plan,
      submenu: [
        command(items.saveVersion, 'saveVersion', 'CmdOrCtrl+Shift+S'),
        // No accelerator: Ctrl+Shift+V is paste as plain text everywhere.
        command(items.showVersions, 'showVersions'),
        command(items.compareVersions, 'compareVersions'),
        command(items.sectionHistory, 'sectionHistory', 'CmdOrCtrl+Shift+H'),
        separator,
        command(items.showTimeline, 'showTimeline', 'CmdOrCtrl+Shift+T'),
        separator,
        command(items.showRounds, 'showRounds', 'CmdOrCtrl+Shift+K'),
        command(items.importComments, 'importComments'),
        command(items.toggleComments, 'toggleComments', 'CmdOrCtrl+Shift+M'),
      ],
    },
    {
      label: menus.help,
      submenu: [command(items.userGuide, 'userGuide', 'F1'), command(items.about, 'about')],
    },
  ];
  return Menu.buildFromTemplate(template);
}
