import {
  BrowserWindow,
  Menu,
  type MenuItemConstructorOptions,
  type Session,
  type WebContents,
} from 'electron';
import type { Language } from '../../shared/domain/settings';
import type { MenuText } from './menu';
import { spellCheckerLanguages } from './spelling';

/** Turns on the spell checker for Finnish and Swedish, as far as dictionaries exist. */
export function configureSpellChecker(session: Session, uiLanguage: Language): void {
  // macOS's own spell checker picks the language by itself and ignores the list.
  if (process.platform === 'darwin') return;
  const languages = spellCheckerLanguages(session.availableSpellCheckerLanguages, uiLanguage);
  session.setSpellCheckerEnabled(languages.length > 0);
  if (languages.length > 0) session.setSpellCheckerLanguages(languages);
}

/** The right-click menu: spelling suggestions, then cut/copy/paste/select all where they apply. */
export function attachContextMenu(contents: WebContents, text: () => MenuText): void {
  contents.on('context-menu', (_event, params) => {
    const { items, contextMenu } = text();
    const template: MenuItemConstructorOptions[] = [];
    if (params.misspelledWord) {
      const suggestions = params.dictionarySuggestions.map((word): MenuItemConstructorOptions => ({
        label: word,
        click: () => contents.replaceMisspelling(word),
      }));
      template.push(
        ...(suggestions.length > 0
          ? suggestions
          : [{ label: contextMenu.noSuggestions, enabled: false }]),
        {
          label: contextMenu.addToDictionary,
          click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
        },
        { type: 'separator' },
      );
    }
    const { editFlags, isEditable } = params;
    if (isEditable || params.selectionText) {
      template.push(
        { role: 'cut', label: items.cut, enabled: editFlags.canCut, visible: isEditable },
        { role: 'copy', label: items.copy, enabled: editFlags.canCopy },
        { role: 'paste', label: items.paste, enabled: editFlags.canPaste, visible: isEditable },
        { type: 'separator' },
        { role: 'selectAll', label: items.selectAll, enabled: editFlags.canSelectAll },
      );
    }
    const window = BrowserWindow.fromWebContents(contents);
    if (template.length > 0 && window) Menu.buildFromTemplate(template).popup({ window });
  });
}
