import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { Icon } from '../../ui/Icon';
import type { AppError } from '../../../../shared/result';
import { isRetried, type SaveCoordinator } from './saveCoordinator';

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
 * Failures she can get past herself: what to do (FILE_GONE's message already says it) and whether
 * saving under a new name is a way out (not for LOCKED: closing the other program is).
 */
const wayOut = {
  DISK_FULL: { hint: true, saveAs: true },
  READ_ONLY: { hint: true, saveAs: true },
  LOCKED: { hint: true, saveAs: false },
  IO: { hint: true, saveAs: true },
  FILE_GONE: { hint: false, saveAs: true },
} as const;

type Cause = keyof typeof wayOut;

function causeOf(error: AppError): Cause | null {
  return Object.hasOwn(wayOut, error.code) ? (error.code as Cause) : null;
}

/**
 * A failed save, as an alert across the window under the header: what went wrong and why, in the
 * user's language, what she can do about it, and buttons to try again now or to save the plan
 * under a new name. Typing goes on being kept; passing failures are retried automatically.
 */
export function SaveErrorBar({
  saves,
  onSaveAs,
}: {
  saves: SaveCoordinator;
  onSaveAs: () => void;
}) {
  const { t, i18n } = useTranslation();
  const status = useSaveStatus(saves);
  const cause = status.state === 'error' ? causeOf(status.error) : null;
  return (
    <div role="alert" className="save-error" data-testid="save-error">
      {status.state === 'error' && (
        <div className="alert">
          <Icon name="alert" className="alert-icon" />
          <p className="alert-text">
            {t('save.failed')} {errorText(i18n, status.error)}
            {cause && wayOut[cause].hint && (
              <>
                {' '}
                {t(`save.wayOut.${cause}`)} {isRetried(status.error) && t('save.retrying')}
              </>
            )}
          </p>
          <button type="button" className="btn btn-small" onClick={() => void saves.flushAll()}>
            {t('save.retry')}
          </button>
          {cause && wayOut[cause].saveAs && (
            <button type="button" className="btn btn-small" onClick={onSaveAs}>
              {t('save.saveAs')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
