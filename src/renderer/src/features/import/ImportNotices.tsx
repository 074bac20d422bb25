import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportNotice } from '../../../../shared/domain/docx-import';
import { Icon } from '../../ui/Icon';

/** What did not come across as it was in the Word file, one sentence per kind. */
export function ImportNotices({ notices }: { notices: readonly ImportNotice[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (notices.length === 0) return null;
  return (
    <section className="import-notices" aria-labelledby={headingId}>
      <h3 id={headingId} className="import-subheading">
        {t('importDocx.notices')}
      </h3>
      <ul className="import-notice-list">
        {notices.map((notice) => (
          <li key={notice.code} className="import-notice">
            <Icon name="info" />
            <span>{t(`importDocx.notice.${notice.code}`, { count: notice.count })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
