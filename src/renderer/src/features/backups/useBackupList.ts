import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupList } from '../../../../shared/domain/backups';
import type { Result } from '../../../../shared/result';
import { api, errorText } from '../../api/client';
import type { BackupSource } from './backupSource';

function fetchList(source: BackupSource): Promise<Result<BackupList>> {
  return source.kind === 'plan'
    ? api.backups.list({ docId: source.docId })
    : api.backups.listForFile({ path: source.path });
}

/** The source's backups (null while they load) and why loading them failed, if it did. */
export function useBackupList(source: BackupSource) {
  const { i18n } = useTranslation();
  const [list, setList] = useState<BackupList | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const apply = useCallback(
    (result: Result<BackupList>) => {
      setList(result.ok ? result.value : { planPath: source.path, backups: [] });
      setFailure(result.ok ? null : errorText(i18n, result.error));
    },
    [source, i18n],
  );

  useEffect(() => {
    let current = true;
    void fetchList(source).then((result) => {
      if (current) apply(result);
    });
    return () => {
      current = false;
    };
  }, [source, apply]);

  const reload = async () => apply(await fetchList(source));

  return { list, failure, reload };
}
