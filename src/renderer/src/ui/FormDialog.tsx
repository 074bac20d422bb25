import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogButtons, DialogClose, type DialogProps } from './Dialog';

interface FormDialogProps {
  title: string;
  description?: string;
  /** The main button's text. */
  submitLabel: string;
  /** Runs on the main button and on Enter; the form is never sent anywhere. */
  onSubmit: () => void | Promise<void>;
  onClose: () => void;
  /** Disables the main button while a submit is under way. */
  busy?: boolean;
  /**
   * Why the last submit failed. Dialogs whose submit can fail pass it (null until then) to get an
   * alert region; it is there from the start so that screen readers read the text put in it.
   */
  failure?: string | null;
  returnFocusTo?: { focus: () => void };
  size?: DialogProps['size'];
  children: ReactNode;
}

/** A modal dialog holding a form, with Cancel and a main button at the bottom. */
export function FormDialog({
  title,
  description,
  submitLabel,
  onSubmit,
  onClose,
  busy = false,
  failure,
  returnFocusTo,
  size,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      onClose={onClose}
      title={title}
      description={description}
      returnFocusTo={returnFocusTo}
      size={size}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
        noValidate
      >
        {children}
        {/* One footer, so that a long dialog can keep the failure and the buttons in view. */}
        <div className="dialog-footer">
          {failure !== undefined && (
            <div role="alert" className="dialog-error">
              {failure}
            </div>
          )}
          <DialogButtons>
            <DialogClose className="btn">{t('common.cancel')}</DialogClose>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {submitLabel}
            </button>
          </DialogButtons>
        </div>
      </form>
    </Dialog>
  );
}
