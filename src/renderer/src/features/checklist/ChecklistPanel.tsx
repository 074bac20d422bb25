import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../../shared/domain/checklist';
import type { Outline } from '../../../../shared/domain/section';
import type { Language } from '../../../../shared/domain/settings';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { usePlan } from '../plan/PlanContext';
import { usePlanDataText } from '../plan-data/planDataText';
import { usePrefs } from '../prefs/PrefsContext';
import { requirementText, type RequirementText } from './requirementText';
import { LinksMenu } from './SectionLinksMenu';
import { StatusBadge } from './StatusBadge';
import { useChecklist } from './useChecklist';

interface ChecklistPanelProps {
  outline: Outline;
  onGoToSection: (sectionId: string) => void;
}

/** "Lakisääteinen tarkistuslista": the right-hand panel of what the law requires and its state. */
export function ChecklistPanel({ outline, onGoToSection }: ChecklistPanelProps) {
  const { t, i18n } = useTranslation();
  const { checklist: store } = usePlan();
  const { prefs } = usePrefs();
  const checklist = useChecklist(store);
  const progressLabelId = useId();
  const language = i18n.language as Language;

  return (
    <aside className="checklist-panel" aria-labelledby="checklist-heading">
      <div className="checklist-header">
        <h2 id="checklist-heading" className="checklist-heading">
          {t('checklist.heading')}
        </h2>
        {checklist && (
          <div className="checklist-progress">
            <p className="checklist-figure" id={progressLabelId}>
              <strong>
                {t('checklist.progress', { done: checklist.done, total: checklist.total })}
              </strong>
              <span className="checklist-summary">
                {t('checklist.summary', {
                  inProgress: checklist.inProgress,
                  missing: checklist.missing.length,
                })}
              </span>
            </p>
            <div
              className="progress-bar"
              role="progressbar"
              aria-labelledby={progressLabelId}
              aria-valuemin={0}
              aria-valuemax={checklist.total}
              aria-valuenow={checklist.done}
              aria-valuetext={t('checklist.progress', {
                done: checklist.done,
                total: checklist.total,
              })}
            >
              <div
                className="progress-fill"
                style={{
                  width: `${checklist.total === 0 ? 0 : (100 * checklist.done) / checklist.total}%`,
                }}
              />
            </div>
          </div>
        )}
      </div>
      <div className="checklist-scroll">
        {!checklist ? (
          <p className="checklist-loading" aria-busy="true">
            {t('checklist.loading')}
          </p>
        ) : (
          <>
            {prefs.name.trim() === '' && (
              <p className="checklist-note">
                <Icon name="info" />
                {t('checklist.noName')}
              </p>
            )}
            <ul className="requirement-list">
              {checklist.items.map((item) => (
                <RequirementCard
                  key={item.requirementId}
                  item={item}
                  text={requirementText(item.requirementId, language)}
                  outline={outline}
                  onGoToSection={onGoToSection}
                />
              ))}
            </ul>
            <p className="checklist-version">
              {t('checklist.catalogue', { version: checklist.catalogueVersion })}
            </p>
          </>
        )}
      </div>
    </aside>
  );
}

interface RequirementCardProps {
  item: ChecklistItem;
  text: RequirementText;
  outline: Outline;
  onGoToSection: (sectionId: string) => void;
}

/** One requirement: title, citation, status, linked sections and the confirmation. */
function RequirementCard({ item, text, outline, onGoToSection }: RequirementCardProps) {
  const { t, i18n } = useTranslation();
  const { checklist: store } = usePlan();
  const announce = useAnnounce();
  const dataText = usePlanDataText();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const explanationId = useId();
  const linked = item.sectionIds
    .map((id) => outline.find((entry) => entry.id === id))
    .filter((entry) => entry !== undefined);
  const first = linked[0];

  const toggleLink = async (sectionId: string, checked: boolean) => {
    const entry = outline.find((candidate) => candidate.id === sectionId);
    const ok = checked
      ? await store.link(item.requirementId, sectionId)
      : await store.unlink(item.requirementId, sectionId);
    if (ok && entry) {
      announce(
        t(checked ? 'checklist.linked' : 'checklist.unlinked', {
          section: `${entry.number} ${entry.title}`,
          requirement: text.label,
        }),
      );
    }
  };

  const setConfirmed = async (confirmed: boolean) => {
    const ok = confirmed
      ? await store.confirm(item.requirementId)
      : await store.unconfirm(item.requirementId);
    if (ok) {
      announce(
        t(confirmed ? 'checklist.confirmed' : 'checklist.unconfirmed', {
          requirement: text.label,
        }),
      );
    }
  };

  const confirmedDate = item.confirmedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short' }).format(
        new Date(item.confirmedAt),
      )
    : '';

  return (
    <li
      className={`requirement status-${item.status}`}
      aria-labelledby={titleId}
      data-requirement-id={item.requirementId}
    >
      <div className="requirement-head">
        <h3 className="requirement-title" id={titleId}>
          {first ? (
            <button
              type="button"
              className="requirement-title-button"
              onClick={() => onGoToSection(first.id)}
            >
              {text.label}
            </button>
          ) : (
            text.label
          )}
        </h3>
        <StatusBadge status={item.status} />
      </div>
      {text.citation && <p className="requirement-citation">{text.citation}</p>}
      {item.evidence && (
        <p className="requirement-evidence">
          <Icon name="listCheck" />
          <span>{dataText.evidence(item.evidence)}</span>
        </p>
      )}
      {text.source && (
        <p className="requirement-unverified">
          <Icon name="alert" />
          <span>
            <strong>{t(`checklist.source.${text.source}`)}.</strong>{' '}
            {text.sourceNote ?? t('checklist.sourceHint')}
          </span>
        </p>
      )}
      {text.proposedTranslation && (
        <p className="requirement-translation">{t('checklist.proposedTranslation')}</p>
      )}
      {text.explanation && (
        <div className="requirement-explanation">
          <button
            type="button"
            className="requirement-explanation-toggle"
            aria-expanded={open}
            aria-controls={explanationId}
            onClick={() => setOpen(!open)}
          >
            <Icon name={open ? 'chevronDown' : 'chevronRight'} />
            {t('checklist.explanation')}
          </button>
          <p id={explanationId} hidden={!open}>
            {text.explanation}
          </p>
        </div>
      )}
      <div className="requirement-sections">
        <div className="requirement-sections-head">
          <h4 className="requirement-subheading">{t('checklist.sections')}</h4>
          <LinksMenu
            label={t('checklist.linkSections')}
            accessibleLabel={t('checklist.linkSectionsFor', { requirement: text.label })}
            heading={t('checklist.linkSectionsFor', { requirement: text.label })}
            choices={outline.map((entry) => ({
              id: entry.id,
              label: `${entry.number} ${entry.title}`,
              depth: entry.depth - 1,
              checked: item.sectionIds.includes(entry.id),
            }))}
            onToggle={(id, checked) => void toggleLink(id, checked)}
          />
        </div>
        {linked.length === 0 ? (
          <p className="requirement-none">{t('checklist.noSections')}</p>
        ) : (
          <ul className="requirement-section-list">
            {linked.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  className="section-link"
                  aria-label={t('checklist.goToSection', {
                    section: `${entry.number} ${entry.title}`,
                  })}
                  onClick={() => onGoToSection(entry.id)}
                >
                  <span className="section-link-number">{entry.number}</span>
                  <span className="section-link-title">{entry.title}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="requirement-confirmation">
        {item.confirmedAt && (
          <p className="requirement-confirmed">
            <Icon name="check" />
            {item.confirmedBy
              ? t('checklist.confirmedBy', { name: item.confirmedBy, date: confirmedDate })
              : t('checklist.confirmedNoName', { date: confirmedDate })}
          </p>
        )}
        {item.changedSinceConfirmed && (
          <p className="requirement-changed">
            <Icon name="alert" />
            {t('checklist.changedSince')}
          </p>
        )}
        {item.status === 'inProgress' && (
          <button
            type="button"
            className="btn btn-small btn-primary"
            aria-label={t('checklist.confirmFor', { requirement: text.label })}
            onClick={() => void setConfirmed(true)}
          >
            <Icon name="check" />
            {t('checklist.confirm')}
          </button>
        )}
        {item.confirmedAt && (
          <button
            type="button"
            className="btn btn-small btn-quiet"
            aria-label={t('checklist.unconfirmFor', { requirement: text.label })}
            onClick={() => void setConfirmed(false)}
          >
            {t('checklist.unconfirm')}
          </button>
        )}
      </div>
    </li>
  );
}
