import { useTranslation } from 'react-i18next';
import type { SectionDiff } from '../../../../shared/domain/versions';
import { DiffBlocks } from './DiffBlocks';

type Item = { kind: 'changed'; diff: SectionDiff } | { kind: 'unchanged'; diffs: SectionDiff[] };

export function isChanged(diff: SectionDiff): boolean {
  return diff.added || diff.removed || diff.moved || diff.renamed || diff.textChanged;
}

/** Changed sections one by one; each run of unchanged ones folded into "12 lukua ennallaan". */
function itemsOf(sections: SectionDiff[]): Item[] {
  const items: Item[] = [];
  for (const diff of sections) {
    const last = items.at(-1);
    if (isChanged(diff)) items.push({ kind: 'changed', diff });
    else if (last?.kind === 'unchanged') last.diffs.push(diff);
    else items.push({ kind: 'unchanged', diffs: [diff] });
  }
  return items;
}

interface SectionDiffListProps {
  sections: SectionDiff[];
  onlyChanges: boolean;
  lang: string;
}

/** Every section of either side in reading order, the changed ones with their changes. */
export function SectionDiffList({ sections, onlyChanges, lang }: SectionDiffListProps) {
  return (
    <div className="diff-sections" lang={lang}>
      {itemsOf(sections).map((item) =>
        item.kind === 'changed' ? (
          <SectionDiffCard key={item.diff.sectionId} diff={item.diff} onlyChanges={onlyChanges} />
        ) : (
          !onlyChanges && <UnchangedSections key={item.diffs[0]!.sectionId} diffs={item.diffs} />
        ),
      )}
    </div>
  );
}

function UnchangedSections({ diffs }: { diffs: SectionDiff[] }) {
  const { t } = useTranslation();
  return (
    <details className="diff-unchanged">
      <summary>{t('versions.compare.unchangedSections', { count: diffs.length })}</summary>
      <ul>
        {diffs.map((diff) => (
          <li key={diff.sectionId}>
            <span className="doc-number">{diff.to?.number}</span> {diff.to?.title}
          </li>
        ))}
      </ul>
    </details>
  );
}

const badgeOrder = ['added', 'removed', 'moved', 'renamed', 'textChanged'] as const;
const badgeText = {
  added: 'added',
  removed: 'removed',
  moved: 'moved',
  renamed: 'renamed',
  textChanged: 'changed',
} as const;

function SectionDiffCard({ diff, onlyChanges }: { diff: SectionDiff; onlyChanges: boolean }) {
  const { t } = useTranslation();
  const side = (diff.to ?? diff.from)!;
  const headingId = `diff-heading-${diff.sectionId}`;
  const wholeSection = diff.added || diff.removed;
  // The heading is the stop for changes to the section itself; changed blocks are stops of their own.
  const headingStop = wholeSection || diff.moved || diff.renamed;
  const previous = diff.from && (diff.moved || diff.renamed) && !wholeSection ? diff.from : null;
  return (
    <section
      className={`diff-section${diff.added ? ' is-added' : ''}${diff.removed ? ' is-removed' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="diff-section-header">
        <h3
          id={headingId}
          className="diff-section-title"
          {...(headingStop ? { 'data-change-stop': true, tabIndex: -1 } : {})}
        >
          <span className="doc-number">{side.number}</span> {side.title}
        </h3>
        <ul className="diff-badges">
          {badgeOrder
            .filter((flag) => diff[flag])
            .map((flag) => (
              <li key={flag} className={`diff-badge badge-${badgeText[flag]}`}>
                {t(`versions.compare.badge.${badgeText[flag]}`)}
              </li>
            ))}
        </ul>
      </header>
      {previous && (
        <p className="diff-previously">
          {t('versions.compare.previously', { number: previous.number, title: previous.title })}
        </p>
      )}
      {diff.blocks.length > 0 && (
        <DiffBlocks blocks={diff.blocks} onlyChanges={onlyChanges} blockStops={!wholeSection} />
      )}
    </section>
  );
}
