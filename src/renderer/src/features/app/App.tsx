import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openPathParam } from '../../../../shared/channels';
import type { OpenedPlan } from '../../../../shared/ipc';
import type { Result } from '../../../../shared/result';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SaveCoordinator } from '../autosave/saveCoordinator';
import { useMenuCommand } from '../commands/MenuCommands';
import { BackupsDialog } from '../backups/BackupsDialog';
import { useBackupsDialog } from '../backups/useBackupsDialog';
import { AboutDialog } from '../help/AboutDialog';
import { HelpDialog } from '../help/HelpDialog';
import { ImportPreviewDialog } from '../import/ImportPreviewDialog';
import { useDocxImport } from '../import/useDocxImport';
import { PlanView } from '../plan/PlanView';
import { PreferencesDialog } from '../prefs/PreferencesDialog';
import { NewPlanDialog } from '../start/NewPlanDialog';
import { StartScreen } from '../start/StartScreen';

/** The open plan with its autosave queue. */
interface Session {
  plan: OpenedPlan;
  saves: SaveCoordinator;
}

/** The path of the plan this window has open, so that a reload of the page reopens it. */
const OPEN_PLAN_KEY = 'suunta.openPlanPath';

/**
 * The plan to open at start: the one this window had open before a reload, else one named in the
 * window's URL (a path given on the command line or forwarded by a second app instance). The URL
 * parameter is used once and removed, so a later reload follows what she did since.
 */
function planToOpenAtStart(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(openPathParam);
  if (fromUrl !== null) {
    url.searchParams.delete(openPathParam);
    window.history.replaceState(null, '', url);
  }
  return sessionStorage.getItem(OPEN_PLAN_KEY) ?? fromUrl;
}

type DialogName = 'newPlan' | 'preferences' | 'help' | 'about';

function startSession(plan: OpenedPlan): Session {
  return {
    plan,
    saves: new SaveCoordinator(
      (sectionId, content) => api.section.save({ docId: plan.docId, sectionId, content }),
      (sectionId, content) => api.recovery.stash({ docId: plan.docId, sectionId, content }),
    ),
  };
}

/** The window: the start screen or the open plan, the dialogs over them, and the menu commands. */
export function App() {
  const { t, i18n } = useTranslation();
  const report = useReportError();
  const [session, setSession] = useState<Session | null>(null);
  const [startPath] = useState(planToOpenAtStart);
  const [reopening, setReopening] = useState(startPath !== null);
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [unsavedOnClose, setUnsavedOnClose] = useState(false);
  const docxImport = useDocxImport();
  const backups = useBackupsDialog(session ? session.plan : null);
  const { offerIfDamaged } = backups;

  const enter = useCallback(
    (plan: OpenedPlan) => {
      sessionStorage.setItem(OPEN_PLAN_KEY, plan.path);
      report(null);
      setSession(startSession(plan));
    },
    [report],
  );

  useEffect(() => {
    if (startPath === null) return;
    void api.plan.open({ path: startPath }).then((result) => {
      setReopening(false);
      if (result.ok) enter(result.value);
      else {
        sessionStorage.removeItem(OPEN_PLAN_KEY);
        report(errorText(i18n, result.error));
        offerIfDamaged(result.error);
      }
    });
  }, [startPath, enter, i18n, report, offerIfDamaged]);

  /**
   * Saves what is pending and closes the plan. When saving fails she is asked first; `force` is
   * her answer "close anyway".
   */
  const leave = async (force = false) => {
    if (!session) return;
    if (!(await session.saves.flushAll()) && !force) {
      setUnsavedOnClose(true);
      return;
    }
    await api.plan.close({ docId: session.plan.docId });
    sessionStorage.removeItem(OPEN_PLAN_KEY);
    setSession(null);
  };

  /** Saves the open plan's pending typing before another plan is opened or created. */
  const saveBeforeSwitch = async (): Promise<boolean> => {
    if (!session || (await session.saves.flushAll())) return true;
    setUnsavedOnClose(true);
    return false;
  };

  /** Switches to another plan: the current one is saved first and closed once the new one opened. */
  const switchTo = async (open: () => Promise<Result<OpenedPlan>>) => {
    if (!(await saveBeforeSwitch())) return;
    const result = await open();
    if (!result.ok) {
      report(errorText(i18n, result.error));
      offerIfDamaged(result.error);
      return;
    }
    if (session && session.plan.docId !== result.value.docId) {
      await api.plan.close({ docId: session.plan.docId });
    }
    enter(result.value);
  };

  /** Opens a plan just created (from the template or a Word file) in place of the current one. */
  const enterCreated = (plan: OpenedPlan) =>
    void switchTo(() => Promise.resolve({ ok: true, value: plan }));

  /**
   * "Tallenna nimellä…": the plan as saved so far goes to a new file and editing goes on there;
   * then what could not be saved (e.g. the old file was gone) is saved into it.
   */
  const saveAs = async () => {
    if (!session) return;
    const { plan, saves } = session;
    await saves.flushAll();
    const chosen = await api.dialog.chooseNewPlanPath({ suggestedName: plan.meta.title });
    if (!chosen.ok) report(errorText(i18n, chosen.error));
    if (!chosen.ok || chosen.value.path === null) return;
    const saved = await api.plan.saveAs({ docId: plan.docId, path: chosen.value.path });
    if (!saved.ok) {
      report(errorText(i18n, saved.error));
      return;
    }
    sessionStorage.setItem(OPEN_PLAN_KEY, saved.value.path);
    report(null);
    setSession({ plan: saved.value, saves });
    await saves.flushAll();
  };

  const openPath = (path: string) => {
    if (path !== session?.plan.path) void switchTo(() => api.plan.open({ path }));
  };

  const chooseAndOpen = async () => {
    const chosen = await api.dialog.chooseOpenPath({});
    if (!chosen.ok) report(errorText(i18n, chosen.error));
    else if (chosen.value.path !== null) openPath(chosen.value.path);
  };

  // Main asks before the window closes or the app quits; it is told once everything is saved.
  useEffect(
    () =>
      api.events.flushRequest(() => {
        void (session ? session.saves.flushAll() : Promise.resolve(true)).then((saved) => {
          if (saved) void api.app.flushed({});
        });
      }),
    [session],
  );

  useMenuCommand('newPlan', () => setDialog('newPlan'));
  useMenuCommand('openPlan', () => void chooseAndOpen());
  useMenuCommand('closePlan', () => void leave());
  useMenuCommand('savePlanAs', () => void saveAs());
  useMenuCommand('importDocx', () => void docxImport.choose());
  useMenuCommand('preferences', () => setDialog('preferences'));
  useMenuCommand('userGuide', () => setDialog('help'));
  useMenuCommand('about', () => setDialog('about'));

  const closeDialog = () => setDialog(null);

  return (
    <>
      {session ? (
        <PlanView
          key={session.plan.docId}
          plan={session.plan}
          saves={session.saves}
          onClose={() => void leave()}
          onHelp={() => setDialog('help')}
          onSaveAs={() => void saveAs()}
        />
      ) : reopening ? (
        <div className="app-loading" aria-busy="true">
          {t('plan.reopening')}
        </div>
      ) : (
        <StartScreen
          onNewPlan={() => setDialog('newPlan')}
          onOpen={() => void chooseAndOpen()}
          onOpenPath={openPath}
          onImportDocx={() => void docxImport.choose()}
          importing={docxImport.reading}
          onPreferences={() => setDialog('preferences')}
          onHelp={() => setDialog('help')}
        />
      )}
      {dialog === 'newPlan' && (
        <NewPlanDialog
          onClose={closeDialog}
          beforeCreate={saveBeforeSwitch}
          onCreated={(plan) => {
            closeDialog();
            enterCreated(plan);
          }}
        />
      )}
      {docxImport.read && (
        <ImportPreviewDialog
          key={docxImport.read.preview.sourceDigest}
          {...docxImport.read}
          onClose={docxImport.close}
          beforeCreate={saveBeforeSwitch}
          onCreated={(plan) => {
            docxImport.close();
            enterCreated(plan);
          }}
        />
      )}
      {backups.source && (
        <BackupsDialog
          source={backups.source}
          onClose={backups.close}
          beforeRestore={saveBeforeSwitch}
          onRestored={(plan) => {
            backups.close();
            enterCreated(plan);
          }}
        />
      )}
      {dialog === 'preferences' && <PreferencesDialog onClose={closeDialog} />}
      {dialog === 'help' && <HelpDialog onClose={closeDialog} />}
      {dialog === 'about' && <AboutDialog onClose={closeDialog} />}
      <ConfirmDialog
        open={unsavedOnClose}
        onOpenChange={setUnsavedOnClose}
        title={t('save.unsavedTitle')}
        description={t('save.unsavedQuestion')}
        confirmLabel={t('save.closeAnyway')}
        cancelLabel={t('save.stay')}
        destructive
        onConfirm={() => void leave(true)}
      />
    </>
  );
}
