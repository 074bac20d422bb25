import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedSection } from '../../../../shared/domain/docx-import';
import type { Language } from '../../../../shared/domain/settings';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { requirementText } from '../checklist/requirementText';
import { LinksMenu } from '../checklist/SectionLinksMenu';
import { requirementOptions } from './importModel';

interface SectionMappingCellProps {
  section: ImportedSection;
  /** "1.2 Otsikko", as the section is named to screen readers. */
  name: string;
  selected: readonly string[];
  onToggle: (requirementId: string, selected: boolean) => void;
}

/**
 * The requirements an imported section will serve: removable chips, and the "Vaatimukset…" menu
 * with the title-similarity suggestions first.
 */
export function SectionMappingCell({ section, name, selected, onToggle }: SectionMappingCellProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const menuButton = useRef<HTMLButtonElement>(null);
  const language = i18n.language as Language;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const label = (id: string) => requirementText(id, language).label;

  const toggle = (requirementId: string, checked: boolean) => {
    onToggle(requirementId, checked);
    announce(
      t(checked ? 'importDocx.added' : 'importDocx.removed', {
        requirement: label(requirementId),
        section: name,
      }),
    );
  };

  const remove = (requirementId: string) => {
    toggle(requirementId, false);
    // The chip and its button are gone; the menu is where she can carry on.
    menuButton.current?.focus();
  };

  return (
    <div className="import-mapping">
      {selected.length === 0 ? (
        <p className="import-muted">{t('importDocx.noRequirements')}</p>
      ) : (
        <ul
          className="requirement-chips"
          aria-label={t('importDocx.requirementsFor', { section: name })}
        >
          {selected.map((id) => (
            <li key={id} className="requirement-chip import-chip">
              <span className="import-chip-label">{label(id)}</span>
              <button
                type="button"
                className="btn btn-small btn-quiet btn-icon import-chip-remove"
                aria-label={t('importDocx.remove', { requirement: label(id), section: name })}
                title={t('importDocx.remove', { requirement: label(id), section: name })}
                onClick={() => remove(id)}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <LinksMenu
        className="btn-quiet"
        triggerRef={menuButton}
        label={t('importDocx.requirementsMenu')}
        accessibleLabel={t('importDocx.requirementsFor', { section: name })}
        heading={t('importDocx.requirementsFor', { section: name })}
        choices={requirementOptions(section).map((option) => ({
          id: option.id,
          checked: selected.includes(option.id),
          label:
            option.score === null ? (
              label(option.id)
            ) : (
              <>
                {label(option.id)}{' '}
                <span className="import-suggestion">
                  {t('importDocx.suggestion', { score: percent.format(option.score) })}
                </span>
              </>
            ),
        }))}
        onToggle={toggle}
      />
    </div>
  );
}
