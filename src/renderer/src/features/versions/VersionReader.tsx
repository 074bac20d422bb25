import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '../../../../shared/domain/section';
import type { VersionSnapshot } from '../../../../shared/domain/versions';
import { api } from '../../api/client';
import { Icon } from '../../ui/Icon';
import { loadableContent } from '../../../../shared/domain/stored-content';
import { FrozenDataSource } from '../plan-data/DataSource';
import { BackButton } from '../../ui/BackButton';
import { DigestCopy } from './DigestCopy';
import { LoadStatus } from './LoadStatus';
import { ReadOnlyText } from './ReadOnlyText';
import { useEscapeBack } from './useEscapeBack';
import { useResult } from './useResult';
import { useScreenFocus } from './useScreenFocus';
import { useShowPassage } from './useShowPassage';
import type { VersionPassage } from './versionsScreen';
import { formatDateTime, shortDigest } from './versionFormat';

interface VersionReaderProps {
  docId: string;
  versionId: string;
  /** Shown and selected once the text is there (from a search hit). */
  passage: VersionPassage | null;
  onBack: () => void;
  onCompareCurrent: () => void;
}

/** One frozen version, read-only: a banner that says so, its contents and every section's text. */
export function VersionReader({
  docId,
  versionId,
  passage,
  onBack,
  onCompareCurrent,
}: VersionReaderProps) {
  const { t } = useTranslation();
  const loaded = useResult(`${docId}/${versionId}`, () => api.versions.get({ docId, versionId }));
  useEscapeBack(onBack);
  return (
    <div className="versions-screen version-reader">
      <BackButton label={t('versions.back')} onBack={onBack} />
      {loaded.state === 'ready' ? (
        <FrozenPlan snapshot={loaded.value} passage={passage} onCompareCurrent={onCompareCurrent} />
      ) : (
        <LoadStatus loaded={loaded} loading={t('versions.loading')} />
      )}
    </div>
  );
}

function FrozenPlan({
  snapshot,
  passage,
  onCompareCurrent,
}: {
  snapshot: VersionSnapshot;
  passage: VersionPassage | null;
  onCompareCurrent: () => void;
}) {
  const { t, i18n } = useTranslation();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const article = useShowPassage(passage);
  const { version, meta, outline } = snapshot;
  const sections = new Map(snapshot.sections.map((section) => [section.id, section]));
  const savedAt = formatDateTime(version.createdAt, i18n.language);
  return (
    <>
      <div className="read-only-banner">
        <Icon name="lock" className="read-only-icon" />
        <div className="read-only-banner-text">
          <h2 ref={heading} tabIndex={-1} className="read-only-title">
            {t('versions.reader.banner', {
              number: version.number,
              label: version.label,
              digest: shortDigest(version.digest),
            })}
          </h2>
          <p className="read-only-meta">
            {version.createdBy
              ? t('versions.reader.savedBy', { name: version.createdBy, date: savedAt })
              : t('versions.reader.savedAt', { date: savedAt })}
            {version.note && ` · ${version.note}`}
          </p>
        </div>
        <DigestCopy digest={version.digest} number={version.number} shown={false} />
        <button type="button" className="btn" onClick={onCompareCurrent}>
          {t('versions.reader.compareCurrent')}
        </button>
      </div>
      {!snapshot.digestOk && (
        <div className="digest-warning" role="alert">
          <Icon name="alert" />
          <p>{t('versions.reader.digestMismatch')}</p>
        </div>
      )}
      <div className="version-layout">
        <nav className="version-contents" aria-label={t('versions.reader.contents')}>
          <ol>
            {outline.map((entry) => (
              <li key={entry.id} className={`depth-${entry.depth}`}>
                <a href={`#version-section-${entry.id}`}>
                  <span className="doc-number">{entry.number}</span> {entry.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <article
          ref={article}
          className="document version-document"
          lang={meta.language}
          aria-label={t('versions.reader.text', { number: version.number })}
        >
          {/* Live blocks show the data frozen with the version, not today's. */}
          <FrozenDataSource data={snapshot.data} version={version.number}>
            {outline.map((entry) => (
              <FrozenSection
                key={entry.id}
                entry={entry}
                content={sections.get(entry.id)?.content ?? null}
                lang={meta.language}
              />
            ))}
          </FrozenDataSource>
        </article>
      </div>
    </>
  );
}

const headingTags = { 1: 'h3', 2: 'h4', 3: 'h5' } as const;

function FrozenSection({
  entry,
  content,
  lang,
}: {
  entry: OutlineEntry;
  content: string | null;
  lang: string;
}) {
  const { t } = useTranslation();
  const headingId = `version-heading-${entry.id}`;
  const Heading = headingTags[Math.min(entry.depth, 3) as 1 | 2 | 3];
  const loadable = loadableContent(content);
  return (
    <section
      className={`doc-section depth-${entry.depth}`}
      id={`version-section-${entry.id}`}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className="doc-heading">
        <span className="doc-number">{entry.number}</span> {entry.title}
      </Heading>
      {!loadable.readable && <p className="section-error">{t('editor.unreadable')}</p>}
      {loadable.content === null ? (
        <p className="version-empty-section">{t('versions.reader.emptySection')}</p>
      ) : (
        <ReadOnlyText content={loadable.content} labelledBy={headingId} lang={lang} />
      )}
    </section>
  );
}
