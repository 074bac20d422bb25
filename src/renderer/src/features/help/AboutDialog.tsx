import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';

/** "Tietoja Suunnasta": the app's name, version and plan file format. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<{ version: string; schemaVersion: number } | null>(null);
  useEffect(() => {
    void api.app.info({}).then((result) => {
      if (result.ok) setInfo(result.value);
    });
  }, []);
  return (
    <Dialog onClose={onClose} title={t('about.title')} description={t('about.description')}>
      <dl className="about">
        <dt>{t('about.version')}</dt>
        <dd data-testid="app-version">{info?.version ?? '…'}</dd>
        <dt>{t('about.fileFormat')}</dt>
        <dd>{info?.schemaVersion ?? '…'}</dd>
      </dl>
      <DialogButtons>
        <DialogClose className="btn btn-primary">{t('common.close')}</DialogClose>
      </DialogButtons>
    </Dialog>
  );
}
