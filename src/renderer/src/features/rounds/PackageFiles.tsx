import { useTranslation } from 'react-i18next';
import type { RoundPackage } from '../../../../shared/domain/rounds';
import { Icon } from '../../ui/Icon';
import { formatCount } from '../versions/versionFormat';

/** The last part of a path, whichever separator the system uses. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** What the send-out package wrote, and where: she attaches these to her e-mail. */
export function PackageFiles({ written }: { written: RoundPackage }) {
  const { t, i18n } = useTranslation('rounds');
  return (
    <section className="round-package" aria-labelledby="round-package-title">
      <h3 id="round-package-title" className="rounds-subheading">
        {t('package.title')}
      </h3>
      <p className="round-package-folder">{t('package.folder', { folder: written.folder })}</p>
      <ul className="round-package-files">
        {written.files.map((file) => (
          <li key={file.path}>
            <Icon name="file" />
            <span className="round-package-name">{baseName(file.path)}</span>
            <span className="round-package-kind">{t(`package.kind.${file.kind}`)}</span>
            <span className="round-package-size">
              {t('package.size', {
                size: formatCount(Math.max(1, Math.round(file.bytes / 1024)), i18n.language),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
