import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

export interface DialogProps {
  /** Escape and the close buttons call it; the dialog is open for as long as it is rendered. */
  onClose: () => void;
  title: string;
  /** A sentence under the title; screen readers read it when the dialog opens. */
  description?: string;
  children: ReactNode;
  /**
   * Wider dialogs for longer content such as the keyboard-shortcut list; `large` nearly fills the
   * window, for a review of many rows (the import preview).
   */
  size?: 'normal' | 'wide' | 'large';
  /** Gets focus when the dialog closes, instead of what had it before opening. */
  returnFocusTo?: { focus: () => void };
}

/** A modal dialog: focus trapped inside, Escape closes, focus returns to where it came from. */
export function Dialog({
  onClose,
  title,
  description,
  children,
  size = 'normal',
  returnFocusTo,
}: DialogProps) {
  return (
    <RadixDialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={`dialog dialog-${size}`}
          onCloseAutoFocus={(event) => {
            if (!returnFocusTo) return;
            event.preventDefault();
            returnFocusTo.focus();
          }}
          {...(description === undefined ? { 'aria-describedby': undefined } : {})}
        >
          <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
          {description !== undefined && (
            <RadixDialog.Description className="dialog-description">
              {description}
            </RadixDialog.Description>
          )}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The button row at the bottom of a dialog (cancel on the left of the main action). */
export function DialogButtons({ children }: { children: ReactNode }) {
  return <div className="dialog-buttons">{children}</div>;
}

export const DialogClose = RadixDialog.Close;
