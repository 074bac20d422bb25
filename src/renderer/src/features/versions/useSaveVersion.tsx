import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../ui/Toasts';
import type { SaveCoordinator } from '../autosave/saveCoordinator';
import { useMenuCommand } from '../commands/MenuCommands';
import { SaveVersionDialog } from './SaveVersionDialog';
import { shortDigest } from './versionFormat';

export interface SaveVersion {
  /** Opens "Tallenna versio". */
  open: () => void;
  /** The dialog while it is open. */
  dialog: ReactNode;
  /** Grows with every version saved, so that lists of versions know to fetch again. */
  savedCount: number;
}

/** Saving a version of the plan, from the menu (Ctrl+Shift+S) or a button. */
export function useSaveVersion(docId: string, saves: SaveCoordinator): SaveVersion {
  const { t } = useTranslation();
  const toast = useToast();
  const [isOpen, setOpen] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const open = () => setOpen(true);
  useMenuCommand('saveVersion', open);

  const dialog = isOpen && (
    <SaveVersionDialog
      docId={docId}
      saves={saves}
      onClose={() => setOpen(false)}
      onSaved={(version) => {
        setSavedCount((count) => count + 1);
        toast({
          title: t('versions.saved', {
            number: version.number,
            digest: shortDigest(version.digest),
          }),
        });
      }}
    />
  );
  return { open, dialog, savedCount };
}
