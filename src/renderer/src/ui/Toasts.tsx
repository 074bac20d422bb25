import * as Toast from '@radix-ui/react-toast';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ToastOptions {
  title: string;
  /** One action, e.g. "Kumoa"; `altText` tells screen reader users how to reach it otherwise. */
  action?: { label: string; altText: string; onAction: () => void };
}

interface ShownToast extends ToastOptions {
  id: number;
  open: boolean;
}

const ToastContext = createContext<(options: ToastOptions) => void>(() => undefined);

/**
 * Short notices in the corner. F8 moves focus to them, and they stay while pointed at or focused;
 * whatever their action does can also be done elsewhere, as they do go away.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(1);
  const show = useCallback((options: ToastOptions) => {
    const id = nextId.current++;
    setToasts((current) => [
      ...current.filter((toast) => toast.open),
      { ...options, id, open: true },
    ]);
  }, []);
  const close = (id: number) =>
    setToasts((current) =>
      current.map((toast) => (toast.id === id ? { ...toast, open: false } : toast)),
    );
  return (
    <ToastContext.Provider value={show}>
      <Toast.Provider label={t('toast.label')} duration={15_000}>
        {children}
        {toasts.map((toast) => (
          <Toast.Root
            key={toast.id}
            className="toast"
            open={toast.open}
            onOpenChange={(open) => {
              if (!open) close(toast.id);
            }}
          >
            <Toast.Title className="toast-title">{toast.title}</Toast.Title>
            {toast.action && (
              <Toast.Action
                className="btn btn-small"
                altText={toast.action.altText}
                onClick={toast.action.onAction}
              >
                {toast.action.label}
              </Toast.Action>
            )}
            <Toast.Close className="btn btn-small btn-quiet" aria-label={t('toast.close')}>
              ×
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="toast-viewport" label={t('toast.region')} />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}

export function useToast(): (options: ToastOptions) => void {
  return useContext(ToastContext);
}
