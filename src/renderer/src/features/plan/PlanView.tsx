import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedPlan } from '../../../../shared/ipc';
import { api, errorText } from '../../api/client';
import { AlertBanner, useReportError } from '../../ui/AlertBanner';
import { IconButton } from '../../ui/IconButton';
import type { SaveCoordinator } from '../autosave/saveCoordinator';
import { SaveErrorBar, SaveStatus } from '../autosave/SaveStatus';
import { ChecklistPanel } from '../checklist/ChecklistPanel';
import { ChecklistStore } from '../checklist/checklistStore';
import { useMenuCommand } from '../commands/MenuCommands';
import { SectionBlock } from '../document/SectionBlock';
import { LinkDialog } from '../editor/LinkDialog';
import { EditorRegistry } from '../editor/registry';
import { TableDialog } from '../editor/TableDialog';
import { Toolbar } from '../editor/Toolbar';
import { OutlinePanel } from '../outline/OutlinePanel';
import { useOutlineActions } from '../outline/useOutlineActions';
import { PlanContext, type PlanServices } from './PlanContext';
import { PlanMetaDialog } from './PlanMetaDialog';
import type { PlanViewName } from './planViews';
import { PlanViewTabs } from './PlanViewTabs';
import { VersionsView } from '../versions/VersionsView';
import { useSaveVersion } from '../versions/useSaveVersion';
import { useVersionsScreen } from '../versions/useVersionsScreen';
import { SectionHistoryProvider, useSectionReloads } from '../history/SectionHistoryProvider';
import { TimelineView } from '../milestones/TimelineView';
import { MilestonesStore } from '../milestones/milestonesStore';
import { PlanProgress } from '../milestones/PlanProgress';
import { RoundsView } from '../rounds/RoundsView';
import { PlanDataStore } from '../plan-data/planDataStore';
import { LiveDataSource } from '../plan-data/DataSource';
import { PlanDataView } from '../plan-data/PlanDataView';
import { InsertDataBlockDialog } from '../data-blocks/InsertDataBlockDialog';
import { CommentsMargin } from '../review/CommentsMargin';
import { revealPassage } from '../review/passage';
import { ExportAction } from '../export/ExportAction';
import type { TextQuote } from '../../../../shared/domain/rounds';
import { RecoveryOffer } from '../recovery/RecoveryOffer';
import { FindBar } from '../find/FindBar';
import type { SearchGroup, SearchHit } from '../../../../shared/domain/search';
import { SearchPanel } from '../search/SearchPanel';
import { openHit } from '../search/openHit';
import { useSearchPanel } from '../search/useSearchPanel';

interface PlanViewProps {
  plan: OpenedPlan;
  saves: SaveCoordinator;
  onClose: () => void;
  onHelp: () => void;
  /** "Tallenna nimellä…": the plan to a new file (App owns the session it changes). */
  onSaveAs: () => void;
}

const checklistShownKey = 'suunta.checklistShown';
const commentsShownKey = 'suunta.commentsShown';

/** Whether the checklist panel was open in this session (it starts open). */
function initialChecklistShown(): boolean {
  return sessionStorage.getItem(checklistShownKey) !== 'false';
}

/** Moves the caret into a section's text and brings the section into view. */
function goToSection(editors: EditorRegistry, id: string) {
  document.getElementById(`section-${id}`)?.scrollIntoView({ block: 'start' });
  editors.focus(id);
}

/** The open plan: header, outline sidebar, formatting toolbar and the document. */
export function PlanView({ plan, saves, onClose, onHelp, onSaveAs }: PlanViewProps) {
  const { t, i18n } = useTranslation();
  const reportError = useReportError();
  const [meta, setMeta] = useState(plan.meta);
  const [outline, setOutline] = useState(plan.outline);
  const [currentId, setCurrentId] = useState<string | null>(plan.outline[0]?.id ?? null);
  const [outlineShown, setOutlineShown] = useState(true);
  const [metaOpen, setMetaOpen] = useState(false);
  const [view, setView] = useState<PlanViewName>('text');
  const [linkEditor, setLinkEditor] = useState<LexicalEditor | null>(null);
  const [tableEditor, setTableEditor] = useState<LexicalEditor | null>(null);
  const [editors] = useState(() => new EditorRegistry());
  const actions = useOutlineActions({ docId: plan.docId, outline, setOutline, saves });
  const [checklistShown, setChecklistShown] = useState(initialChecklistShown);
  // The comments margin starts hidden; once shown it stays so for the session.
  const [commentsShown, setCommentsShown] = useState(
    () => sessionStorage.getItem(commentsShownKey) === 'true',
  );
  /** The review to open in the rounds view (from a comment in the margin). */
  const [reviewTarget, setReviewTarget] = useState<{ roundId: string; commentId: string } | null>(
    null,
  );
  const [importRequested, setImportRequested] = useState(false);
  const sectionReloads = useSectionReloads(editors);
  const [checklist] = useState(
    () => new ChecklistStore(plan.docId, (error) => reportError(errorText(i18n, error))),
  );
  const [planData] = useState(
    () => new PlanDataStore(plan.docId, (error) => reportError(errorText(i18n, error))),
  );
  const [dataBlockEditor, setDataBlockEditor] = useState<LexicalEditor | null>(null);
  // Evidence in the checklist (providers' plans, staffing, indicators) follows the data.
  useEffect(() => planData.subscribe(() => checklist.refreshSoon()), [planData, checklist]);
  // Shared by the header's "where we are now" and the timeline view, so both show the same.
  const [milestones] = useState(
    () => new MilestonesStore(plan.docId, (error) => reportError(errorText(i18n, error))),
  );

  const toggleChecklist = () => {
    const shown = !checklistShown;
    setChecklistShown(shown);
    sessionStorage.setItem(checklistShownKey, String(shown));
  };

  // The checklist follows the text: after saves finish, and whenever the outline changes.
  const toggleComments = () => {
    const shown = !commentsShown;
    setCommentsShown(shown);
    sessionStorage.setItem(commentsShownKey, String(shown));
  };

  useEffect(() => checklist.followSaves(saves), [checklist, saves]);
  useEffect(() => {
    void checklist.refresh();
  }, [checklist, outline]);

  useEffect(() => {
    document.title = `${meta.title} – ${t('appName')}`;
  }, [meta.title, t]);

  // A plan opens with the caret at the start of its first section, ready for writing.
  const [firstId] = useState(plan.outline[0]?.id);
  useEffect(() => {
    if (firstId) editors.focus(firstId);
  }, [editors, firstId]);

  // Best effort when the page goes away without the main side asking first (reload, crash).
  useEffect(() => {
    const flush = () => void saves.flushAll();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
    };
  }, [saves]);

  const services = useMemo<PlanServices>(
    () => ({
      docId: plan.docId,
      planLanguage: meta.language,
      saves,
      editors,
      openLinkDialog: setLinkEditor,
      openTableDialog: setTableEditor,
      onSectionFocus: setCurrentId,
      checklist,
      planData,
      openDataBlockDialog: setDataBlockEditor,
    }),
    [plan.docId, meta.language, saves, editors, checklist, planData],
  );

  const activate = useCallback((id: string) => goToSection(editors, id), [editors]);

  /**
   * Another view of the plan. What is typed is saved first, so versions and the timeline see the
   * text as it stands; the text view stays mounted (hidden) and keeps its undo history.
   */
  const showView = (next: PlanViewName) => {
    if (next === view) return;
    void saves.flushAll();
    setView(next);
  };

  /** Into the text of the section selected in the outline (the one written in last). */
  const focusEditor = () => {
    const target = currentId ?? outline[0]?.id;
    if (target) goToSection(editors, target);
  };

  useMenuCommand('toggleOutline', () => setOutlineShown((shown) => !shown));
  useMenuCommand('toggleChecklist', toggleChecklist);
  useMenuCommand('focusEditor', focusEditor);
  useMenuCommand('showVersions', () => showView('versions'));
  useMenuCommand('showTimeline', () => showView('timeline'));
  useMenuCommand('showRounds', () => showView('rounds'));
  // While the rounds view is shown it takes the command itself (the newest handler wins).
  useMenuCommand('importComments', () => {
    setImportRequested(true);
    showView('rounds');
  });
  useMenuCommand('toggleComments', toggleComments);

  /** From a comment to its passage: the text view, the section, the passage selected. */
  const showPassage = (sectionId: string, quote: TextQuote | null) => {
    setView('text');
    // The text view is shown first, so the editor can take the selection and focus.
    requestAnimationFrame(() => revealPassage(editors, sectionId, quote));
  };
  const saveVersion = useSaveVersion(plan.docId, saves);
  const [versionsScreen, setVersionsScreen] = useVersionsScreen(() => showView('versions'));
  const search = useSearchPanel(() => showView('text'));
  const openSearchHit = (group: SearchGroup, hit: SearchHit) =>
    openHit(group, hit, {
      showPassage,
      showSection: (sectionId) => {
        showView('text');
        setCurrentId(sectionId);
        requestAnimationFrame(() => goToSection(editors, sectionId));
      },
      showVersion: (versionId, passage) => {
        setVersionsScreen(
          passage ? { name: 'version', versionId, passage } : { name: 'version', versionId },
        );
        showView('versions');
      },
      showComment: (roundId, commentId) => {
        setReviewTarget({ roundId, commentId });
        showView('rounds');
      },
    });
  /** A replace (or its undo) changed stored texts and maybe titles: editors and outline follow. */
  const sectionsReplaced = (sectionIds: string[]) => {
    for (const id of sectionIds) sectionReloads.reload(id, false);
    void api.outline.get({ docId: plan.docId }).then((result) => {
      if (result.ok) setOutline(result.value);
      else reportError(errorText(i18n, result.error));
    });
  };

  const details = [meta.region, meta.period].filter(Boolean).join(' · ');

  return (
    <PlanContext.Provider value={services}>
      <div className={`plan-view${outlineShown ? '' : ' outline-hidden'}`}>
        <a
          className="skip-link"
          href="#document"
          onClick={(event) => {
            event.preventDefault();
            focusEditor();
          }}
        >
          {t('plan.skipToDocument')}
        </a>
        <header className="plan-header">
          <div className="plan-identity">
            <span className="app-mark" aria-hidden="true">
              {t('appName')}
            </span>
            <div className="plan-titles">
              <h1 className="plan-title" title={meta.title}>
                {meta.title}
              </h1>
              {details && <p className="plan-details">{details}</p>}
            </div>
          </div>
          <SaveStatus saves={saves} />
          <div className="plan-actions">
            <IconButton
              icon="sidebar"
              label={t('plan.showOutline')}
              pressed={outlineShown}
              onClick={() => setOutlineShown(!outlineShown)}
            />
            <IconButton
              icon="listCheck"
              label={t('checklist.show')}
              pressed={checklistShown}
              onClick={toggleChecklist}
            />
            <IconButton
              icon="comment"
              label={t('review:margin.show')}
              pressed={commentsShown}
              onClick={toggleComments}
            />
            <IconButton
              icon="search"
              label={t('search:panel.heading')}
              pressed={search.request !== null}
              onClick={() => (search.request ? search.close() : search.open(''))}
            />
            <ExportAction docId={plan.docId} meta={meta} />
            <button type="button" className="btn btn-quiet" onClick={() => setMetaOpen(true)}>
              {t('plan.details')}
            </button>
            <IconButton icon="help" label={t('help.open')} onClick={onHelp} />
            <button type="button" className="btn" onClick={onClose}>
              {t('plan.close')}
            </button>
          </div>
          {/* A row of its own, so a long plan title keeps the first row's width. */}
          <div className="plan-subbar">
            <PlanViewTabs current={view} onChange={showView} />
            <PlanProgress store={milestones} onOpen={() => showView('timeline')} />
          </div>
        </header>
        <AlertBanner />
        <SaveErrorBar saves={saves} onSaveAs={onSaveAs} />
        {view === 'versions' && (
          <VersionsView
            docId={plan.docId}
            planLanguage={meta.language}
            screen={versionsScreen}
            onNavigate={setVersionsScreen}
            onSaveVersion={saveVersion.open}
            savedCount={saveVersion.savedCount}
          />
        )}
        {view === 'timeline' && <TimelineView store={milestones} />}
        {view === 'data' && <PlanDataView store={planData} />}
        {view === 'rounds' && (
          <RoundsView
            docId={plan.docId}
            outline={outline}
            onShowPassage={showPassage}
            review={reviewTarget}
            onReviewShown={() => setReviewTarget(null)}
            onSectionReplaced={(sectionId) => sectionReloads.reload(sectionId, false)}
            importRequested={importRequested}
            onImportTaken={() => setImportRequested(false)}
          />
        )}
        <div className="plan-body" hidden={view !== 'text'}>
          {outlineShown && (
            <OutlinePanel
              outline={outline}
              currentId={currentId}
              onSelect={setCurrentId}
              onActivate={activate}
              actions={actions}
            />
          )}
          <main
            className="document-pane"
            id="document"
            tabIndex={-1}
            aria-label={t('plan.document')}
          >
            <Toolbar />
            <FindBar
              editors={editors}
              openPlanSearch={search.open}
              onOpen={() => showView('text')}
            />
            <div className="document-scroll">
              <SectionHistoryProvider
                outline={outline}
                currentId={currentId}
                reloads={sectionReloads.reloads}
                onReload={sectionReloads.reload}
              >
                <LiveDataSource store={planData}>
                  <article className="document" lang={meta.language}>
                    {outline.length === 0 ? (
                      <p className="document-empty">{t('plan.empty')}</p>
                    ) : (
                      outline.map((entry) => <SectionBlock key={entry.id} entry={entry} />)
                    )}
                  </article>
                </LiveDataSource>
              </SectionHistoryProvider>
            </div>
          </main>
          {commentsShown && (
            <CommentsMargin
              docId={plan.docId}
              outline={outline}
              currentId={currentId}
              onOpenReview={(roundId, commentId) => {
                setReviewTarget({ roundId, commentId });
                showView('rounds');
              }}
            />
          )}
          {search.request ? (
            <SearchPanel
              request={search.request}
              onOpenHit={openSearchHit}
              onReplaced={(sections) =>
                sectionsReplaced(sections.map((section) => section.sectionId))
              }
              onClose={() => {
                search.close();
                focusEditor();
              }}
            />
          ) : (
            checklistShown && <ChecklistPanel outline={outline} onGoToSection={activate} />
          )}
        </div>
      </div>
      {metaOpen && (
        <PlanMetaDialog
          docId={plan.docId}
          meta={meta}
          onSaved={(saved) => {
            setMeta(saved);
            void checklist.refresh();
          }}
          onClose={() => setMetaOpen(false)}
        />
      )}
      {linkEditor && <LinkDialog editor={linkEditor} onClose={() => setLinkEditor(null)} />}
      {tableEditor && <TableDialog editor={tableEditor} onClose={() => setTableEditor(null)} />}
      {dataBlockEditor && (
        <InsertDataBlockDialog
          editor={dataBlockEditor}
          store={planData}
          onClose={() => setDataBlockEditor(null)}
        />
      )}
      {saveVersion.dialog}
      <RecoveryOffer docId={plan.docId} outline={outline} editors={editors} saves={saves} />
    </PlanContext.Provider>
  );
}
