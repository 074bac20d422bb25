import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '../../../../shared/domain/section';
import type { Language } from '../../../../shared/domain/settings';
import { useAnnounce } from '../../ui/Announcer';
import { usePlan } from '../plan/PlanContext';
import { requirementText } from './requirementText';
import { LinksMenu } from './SectionLinksMenu';
import { StatusBadge } from './StatusBadge';
import { useChecklist } from './useChecklist';

/**
 * Under a section's heading: the requirements the section serves, with their status, and the
 * "Vaatimukset" menu to link or unlink requirements from here.
 */
export function SectionRequirements({ entry }: { entry: OutlineEntry }) {
  const { t, i18n } = useTranslation();
  const { checklist: store } = usePlan();
  const checklist = useChecklist(store);
  const announce = useAnnounce();
  if (!checklist) return null;
  const language = i18n.language as Language;
  const section = `${entry.number} ${entry.title}`;
  const served = checklist.items.filter((item) => item.sectionIds.includes(entry.id));

  const toggle = async (requirementId: string, checked: boolean) => {
    const ok = checked
      ? await store.link(requirementId, entry.id)
      : await store.unlink(requirementId, entry.id);
    if (ok) {
      announce(
        t(checked ? 'checklist.linked' : 'checklist.unlinked', {
          section,
          requirement: requirementText(requirementId, language).label,
        }),
      );
    }
  };

  return (
    <div className="section-requirements">
      {served.length === 0 ? (
        <p className="section-requirements-none">{t('checklist.sectionNone')}</p>
      ) : (
        <ul
          className="requirement-chips"
          aria-label={t('checklist.sectionRequirementsFor', { section })}
        >
          {served.map((item) => {
            const text = requirementText(item.requirementId, language);
            return (
              <li
                key={item.requirementId}
                className="requirement-chip"
                title={`${text.label} (${text.citation})`}
              >
                <span className="requirement-chip-label">{text.label}</span>
                <StatusBadge status={item.status} />
              </li>
            );
          })}
        </ul>
      )}
      <LinksMenu
        className="btn-quiet"
        label={t('checklist.sectionRequirements')}
        accessibleLabel={t('checklist.sectionRequirementsFor', { section })}
        heading={t('checklist.sectionRequirementsFor', { section })}
        choices={checklist.items.map((item) => ({
          id: item.requirementId,
          label: requirementText(item.requirementId, language).label,
          checked: item.sectionIds.includes(entry.id),
        }))}
        onToggle={(id, checked) => void toggle(id, checked)}
      />
    </div>
  );
}
