import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedSection } from '../../../../shared/domain/docx-import';
import { Icon } from '../../ui/Icon';
import { numbersByDepth, type SectionMapping } from './importModel';
import { lostImagesText, wordsText } from './importText';
import { SectionMappingCell } from './SectionMappingCell';

interface ImportOutlineTableProps {
  sections: readonly ImportedSection[];
  mapping: SectionMapping;
  onToggle: (index: number, requirementId: string, selected: boolean) => void;
}

/** The proposed sections in reading order, numbered as the outline will number them. */
export function ImportOutlineTable({ sections, mapping, onToggle }: ImportOutlineTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const numbers = numbersByDepth(sections.map((section) => section.depth));
  return (
    <div className="import-table-scroll">
      <table className="import-table" aria-labelledby={captionId}>
        <caption id={captionId} className="import-subheading">
          {t('importDocx.outline')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="import-col-number">
              {t('importDocx.column.number')}
            </th>
            <th scope="col" className="import-col-title">
              {t('importDocx.column.section')}
            </th>
            <th scope="col">{t('importDocx.column.content')}</th>
            <th scope="col" className="import-col-requirements">
              {t('importDocx.column.requirements')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sections.map((section, position) => (
            <tr key={section.index} className={`import-row depth-${section.depth}`}>
              <td className="import-number">{numbers[position]}</td>
              <th scope="row" className="import-title">
                {section.title}
              </th>
              <td>
                <SectionContent section={section} />
              </td>
              <td>
                <SectionMappingCell
                  section={section}
                  name={`${numbers[position]} ${section.title}`}
                  selected={mapping.get(section.index) ?? []}
                  onToggle={(id, selected) => onToggle(section.index, id, selected)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What a section brings: its size, tables and lists, the start of its text, lost images. */
function SectionContent({ section }: { section: ImportedSection }) {
  const { t, i18n } = useTranslation();
  const facts = [
    wordsText(t, i18n.language, section.words),
    section.tables > 0 ? t('importDocx.tables', { count: section.tables }) : null,
    section.lists > 0 ? t('importDocx.lists', { count: section.lists }) : null,
  ].filter((fact) => fact !== null);
  return (
    <>
      <p className="import-facts">{facts.join(' · ')}</p>
      {section.excerpt !== '' && <p className="import-excerpt">{section.excerpt}</p>}
      {section.images.length > 0 && (
        <p className="import-images">
          <Icon name="alert" className="icon-small" />
          {lostImagesText(t, section.images)}
        </p>
      )}
    </>
  );
}
