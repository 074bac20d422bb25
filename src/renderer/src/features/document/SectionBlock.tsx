import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '../../../../shared/domain/section';
import type { Language } from '../../../../shared/domain/settings';
import { findTemplateSection } from '../../../../shared/statutory/template';
import { api, errorText } from '../../api/client';
import { SectionRequirements } from '../checklist/SectionRequirements';
import { SectionEditor } from '../editor/SectionEditor';
import { loadableContent } from '../../../../shared/domain/stored-content';
import { usePlan } from '../plan/PlanContext';
import { GuidanceAside } from './GuidanceAside';
import { useMountTurn } from './mountQueue';
import { SectionHistoryButton } from '../history/SectionHistoryButton';
import { useSectionHistory } from '../history/SectionHistoryContext';

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; stored: string | null }
  | { state: 'failed'; message: string };

const headingTags = { 1: 'h2', 2: 'h3', 3: 'h4' } as const;

/** One section in the document column: numbered heading, guidance, and its editor. */
export function SectionBlock({ entry }: { entry: OutlineEntry }) {
  const { t, i18n } = useTranslation();
  const { docId } = usePlan();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const template = entry.templateKey ? findTemplateSection(entry.templateKey) : undefined;
  const headingId = `heading-${entry.id}`;
  const Heading = headingTags[Math.min(entry.depth, 3) as 1 | 2 | 3];
  // A restore from the section's history replaces its text: the editor is built again with it.
  const reload = useSectionHistory().reloads[entry.id] ?? 0;
  const [loadedReload, setLoadedReload] = useState(reload);
  if (loadedReload !== reload) {
    setLoadedReload(reload);
    setLoaded({ state: 'loading' });
  }

  useEffect(() => {
    let current = true;
    void api.section.get({ docId, sectionId: entry.id }).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setLoaded({ state: 'failed', message: errorText(i18n, result.error) });
        return;
      }
      setLoaded({ state: 'ready', stored: result.value.content });
    });
    return () => {
      current = false;
    };
  }, [docId, entry.id, i18n, reload]);
  const mayMount = useMountTurn(loaded.state === 'ready');
  // Checked when its turn to mount comes, not when the text arrives: all 40 texts arrive together
  // on opening, and checking them all first held back the first editor.
  const stored = loaded.state === 'ready' && mayMount ? loaded.stored : undefined;
  const loadable = useMemo(() => (stored === undefined ? null : loadableContent(stored)), [stored]);

  return (
    <section
      className={`doc-section depth-${entry.depth}`}
      id={`section-${entry.id}`}
      aria-labelledby={headingId}
      data-section-id={entry.id}
    >
      <Heading id={headingId} className="doc-heading">
        <span className="doc-number">{entry.number}</span> {entry.title}
      </Heading>
      <div className="section-toolbar">
        <SectionRequirements entry={entry} />
        <SectionHistoryButton entry={entry} />
      </div>
      {template && (
        <GuidanceAside
          text={template.guidance[i18n.language as Language] ?? template.guidance.fi}
          initiallyOpen={entry.words === 0}
        />
      )}
      {(loaded.state === 'loading' || (loaded.state === 'ready' && !mayMount)) && (
        <div className="editor-loading" aria-busy="true">
          {t('editor.loading')}
        </div>
      )}
      {loaded.state === 'failed' && <p className="section-error">{loaded.message}</p>}
      {loadable && (
        <>
          {!loadable.readable && <p className="section-error">{t('editor.unreadable')}</p>}
          <SectionEditor
            sectionId={entry.id}
            initialContent={loadable.content}
            labelledBy={headingId}
          />
        </>
      )}
    </section>
  );
}
