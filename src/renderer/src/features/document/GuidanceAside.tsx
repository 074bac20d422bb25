import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

/**
 * What the law asks a template section to cover. Shown beside the text, visibly different, never
 * editable, never part of the plan; it can be folded away once she knows it.
 */
export function GuidanceAside({ text, initiallyOpen }: { text: string; initiallyOpen: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const bodyId = useId();
  return (
    <aside
      className={`guidance${open ? ' is-open' : ''}`}
      aria-label={t('guidance.label')}
      lang={i18n.language}
    >
      <button
        type="button"
        className="guidance-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <Icon name="info" className="guidance-icon" />
        <span className="guidance-title">{t('guidance.label')}</span>
        <Icon name={open ? 'chevronDown' : 'chevronRight'} className="guidance-chevron" />
      </button>
      <div id={bodyId} className="guidance-body" hidden={!open}>
        <p>{text}</p>
      </div>
    </aside>
  );
}
