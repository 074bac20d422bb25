import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { Icon } from '../../ui/Icon';
import type { SaveCoordinator } from './saveCoordinator';

function useSaveStatus(saves: SaveCoordinator) {
  return useSyncExternalStore(saves.subscribe, saves.getStatus);
}

/**
 * "Tallennetaan…" / "Tallennettu" in the header. Not a live region: it changes with every pause in
 * typing, which would be read out constantly. A failure is told by SaveErrorBar.
 */
export function SaveStatus({ saves }: { saves: SaveCoordinator }) {
  const { t } = useTranslation();
  const status = useSaveStatus(saves);
  return (
    <div className="save-status" data-testid="save-status" data-state={status.state}>
      {status.state === 'saved' && <Icon name="check" className="save-icon" />}
      {status.state === 'saving' && <span className="save-spinner" aria-hidden="true" />}
      {status.state === 'error' && <Icon name="alert" className="save-icon" />}
      <span>{t(`save.${status.state}`)}</span>
    </div>
  );
}

/**
 * A failed save, as an alert across the window under the header: what went wrong, in the user's
 * language, and a button to try again. Typing goes on being kept and retried with the next save.
 */
export function SaveErrorBar({ saves }: { saves: SaveCoordinator }) {
  const { t, i18n } = useTranslation();
  const status = useSaveStatus(saves);
  return (
    <div role="alert" className="save-error" data-testid="save-error">
      {status.state === 'error' && (
        <div className="alert">
          <Icon name="alert" className="alert-icon" />
          <p className="alert-text">
            {t('save.failed')} {errorText(i18n, status.error)}
          </p>
          <button type="button" className="btn btn-small" onClick={() => void saves.flushAll()}>
            {t('save.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
