import { useTranslation } from 'react-i18next';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';

interface ImportFailedDialogProps {
  round: { title: string };
  /** The files she chose, by name. */
  names: string[];
  message: string;
  onChooseAgain: () => void;
  onClose: () => void;
}

/** The chosen files could not be read (damaged, encrypted, too large, not a comment file). */
export function ImportFailedDialog({
  round,
  names,
  message,
  onChooseAgain,
  onClose,
}: ImportFailedDialogProps) {
  const { t } = useTranslation('commentImport');
  return (
    <Dialog
      onClose={onClose}
      title={t('failed.title')}
      description={t('failed.description', { round: round.title })}
    >
      <p className="import-failure" role="alert">
        {message}
      </p>
      <p className="import-step-title">{t('failed.files')}</p>
      <ul className="import-failed-files">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <DialogButtons>
        <DialogClose className="btn">{t('failed.close')}</DialogClose>
        <button type="button" className="btn btn-primary" onClick={onChooseAgain}>
          {t('failed.chooseAgain')}
        </button>
      </DialogButtons>
    </Dialog>
  );
}
