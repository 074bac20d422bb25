import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

interface AlertValue {
  message: string | null;
  report: (message: string | null) => void;
}

const AlertContext = createContext<AlertValue>({ message: null, report: () => undefined });

/** One app-wide error message (opening a file failed, an outline change was refused, …). */
export function AlertProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <AlertContext.Provider value={{ message, report: setMessage }}>
      {children}
    </AlertContext.Provider>
  );
}

export function useReportError(): (message: string | null) => void {
  return useContext(AlertContext).report;
}

/**
 * Where the error is shown. The region is always present and announced when its text changes, so
 * screen readers read the message at once.
 */
export function AlertBanner() {
  const { t } = useTranslation();
  const { message, report } = useContext(AlertContext);
  return (
    <div className="alert-region" role="alert" data-testid="app-alert">
      {message && (
        <div className="alert">
          <Icon name="alert" className="alert-icon" />
          <p className="alert-text">{message}</p>
          <button
            type="button"
            className="btn btn-small btn-quiet"
            onClick={() => report(null)}
            aria-label={t('common.dismissError')}
          >
            <Icon name="close" />
          </button>
        </div>
      )}
    </div>
  );
}
