import { useState } from 'react';
import { useMenuCommand } from '../commands/MenuCommands';
import { currentText, type VersionsScreen } from './versionsScreen';

/**
 * The versions view's screen, kept by the plan view so that it survives switching to the text and
 * back; "Vertaa versioita" in the menu opens a comparison of the newest version and the text.
 */
export function useVersionsScreen(showVersionsView: () => void) {
  const [screen, setScreen] = useState<VersionsScreen>({ name: 'list' });
  useMenuCommand('compareVersions', () => {
    setScreen({ name: 'compare', from: null, to: currentText });
    showVersionsView();
  });
  return [screen, setScreen] as const;
}
