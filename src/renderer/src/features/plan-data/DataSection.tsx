import { useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface DataSectionHeadProps {
  headingId: string;
  heading: string;
  intro: string;
  /** Makes the heading focusable, for focus to land on when what had it is gone. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  /** The section's buttons, beside the heading. */
  children: ReactNode;
}

/** A Tiedot section's heading and intro with its action buttons beside them. */
export function DataSectionHead({
  headingId,
  heading,
  intro,
  headingRef,
  children,
}: DataSectionHeadProps) {
  return (
    <div className="plan-data-section-head">
      <div>
        <h3
          id={headingId}
          ref={headingRef}
          tabIndex={headingRef ? -1 : undefined}
          className="plan-data-subheading"
        >
          {heading}
        </h3>
        <p className="plan-data-section-intro">{intro}</p>
      </div>
      {children}
    </div>
  );
}

/** What a section says while it has nothing yet. */
export function DataEmpty({ title, text }: { title: string; text: string }) {
  return (
    <div className="plan-data-empty">
      <p className="plan-data-empty-title">{title}</p>
      <p>{text}</p>
    </div>
  );
}

interface RemoveQuestionProps {
  title: string;
  description: string;
  confirmLabel: string;
  /** Selects the table row whose remove button asked. */
  rowSelector: string;
  /** Gets focus once the row is gone. */
  afterRemove: RefObject<HTMLElement | null>;
  onRemove: () => void;
  onClose: () => void;
}

/**
 * "Poistetaanko…?" for a table row. Focus goes back to the row's remove button when she says no,
 * and on to `afterRemove` when the row went.
 */
export function RemoveQuestion({
  title,
  description,
  confirmLabel,
  rowSelector,
  afterRemove,
  onRemove,
  onClose,
}: RemoveQuestionProps) {
  const { t } = useTranslation('ui');
  const confirmed = useRef(false);
  const returnFocus = () => {
    const button = document.querySelector<HTMLElement>(`${rowSelector} .plan-data-remove`);
    (confirmed.current || !button ? afterRemove.current : button)?.focus();
  };
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      cancelLabel={t('common.cancel')}
      destructive
      returnFocusTo={{ focus: returnFocus }}
      onConfirm={() => {
        confirmed.current = true;
        onRemove();
      }}
    />
  );
}
