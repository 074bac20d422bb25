import { indicatorHandlers } from './indicators/handlers';
import { planDataHandlers } from './plan-data/handlers';
import { readPlanData } from './plan-data/read';
import { tableImportHandlers } from './table-import/handlers';
import { languageFromLocale } from '../../shared/i18n';
import { ok, type Result } from '../../shared/result';
import type { Core } from './core';
import { SCHEMA_VERSION } from './db/migrations';
import { CoreError, toFailure } from './errors';
import { checkExternalUrl } from './external-url';
import {
  addSection,
  getOutline,
  moveSection,
  removeSection,
  renameSection,
  restoreSection,
} from './outline/service';
import { confirm, getChecklist, link, unconfirm, unlink } from './checklist/service';
import { DocxImportService } from './docx-import/service';
import { DocRegistry } from './plans/registry';
import { PlansService } from './plans/service';
import { exposeRegistry } from './plans/test-seam';
import type { CoreDeps } from './ports';
import { createRouter } from './router';
import { getSection, saveSection } from './sections/service';
import { SettingsService } from './settings/service';
import { SettingsStore } from './settings/store';
import { ExportService } from './export/service';
import { findResourcesDir } from './export/fonts';
import { versioningHandlers } from './versioning-handlers';
import { checkVersions } from './versions/service';
import { readMeta } from './plans/repository';
import { roundsHandlers } from './rounds/handlers';
import { roundsComments } from './rounds/comments';
import { commentImportHandlers } from './comment-import/handlers';
import { roundOutputHandlers } from './round-output/handlers';
import type { FeatureDeps } from './feature-deps';
import { backupHandlers } from './backups/handlers';
import { BackupService } from './backups/service';
import { recoveryHandlers } from './recovery/handlers';
import { searchHandlers } from './search/handlers';
import { searchPlan } from './search/service';
import { SearchQueryTextSchema, SearchSourcesSchema } from '../../shared/domain/search';
import { RecoveryService } from './recovery/service';
import { join } from 'node:path';

export { CoreError } from './errors';
export type {
  Core,
  PlanComments,
  PlanDataSummary,
  PlanSummary,
  PlanVerification,
  WindowState,
} from './core';
export type { CallContext, Clock, CoreDeps, Dialogs, Printer, System } from './ports';

/**
 * A read of a plan file from outside the app (the CLI's `info`, `verify`, `comments`): the path
 * checked first, every failure a Result naming the file.
 */
function readOnlyCall<T>(path: string, read: () => T): Promise<Result<T>> {
  try {
    if (typeof path !== 'string' || path === '' || path.includes('\0')) {
      throw new CoreError('INVALID_INPUT', { issue: 'path: empty' });
    }
    return Promise.resolve(ok(read()));
  } catch (error) {
    return Promise.resolve(toFailure(error, path));
  }
}

/** Builds the core every shell drives: plain Node, with the world reached only through `deps`. */
export function createCore(deps: CoreDeps): Core {
  const locale = deps.locale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const settings = new SettingsService(
    new SettingsStore(deps.settingsDir, languageFromLocale(locale)),
  );
  const registry = new DocRegistry();
  const backups = new BackupService({
    backupDir: deps.backupDir,
    now: () => deps.clock.now(),
    nativeBinding: deps.nativeBinding,
  });
  const plans = new PlansService({
    registry,
    settings,
    now: () => deps.clock.now(),
    backupDir: deps.backupDir,
    backups,
    appVersion: deps.appVersion,
    nativeBinding: deps.nativeBinding,
  });
  const now = () => deps.clock.now().toISOString();
  const docxImport = new DocxImportService(plans, () => settings.prefs().name);
  const exports = new ExportService({
    plans,
    pathOf: (senderId, docId) => registry.owned(docId, senderId).path,
    printer: deps.printer,
    now: () => deps.clock.now(),
    resourcesDir: () => deps.resourcesDir ?? findResourcesDir(),
    progress: (senderId, progress) => deps.system.exportProgress(senderId, progress),
  });

  const recovery = new RecoveryService(join(deps.settingsDir, 'recovery'), () => deps.clock.now());
  const pathOf = (senderId: string, docId: string) => registry.owned(docId, senderId).path;

  const feature: FeatureDeps = { plans, clock: deps.clock, author: () => settings.prefs().name };

  const handle = createRouter({
    'app.info': () => ({ version: deps.appVersion, schemaVersion: SCHEMA_VERSION }),
    'app.flushed': (_input, ctx) => {
      deps.system.flushed(ctx.senderId);
      return null;
    },
    'prefs.get': () => settings.prefs(),
    'prefs.update': (patch) => settings.updatePrefs(patch),
    'recent.list': () => settings.recent(),
    'recent.remove': ({ path }) => settings.forget(path),
    'dialog.chooseNewPlanPath': async ({ suggestedName }, ctx) => ({
      path: await deps.dialogs.chooseNewPlanPath(ctx.senderId, suggestedName),
    }),
    'dialog.chooseOpenPath': async (_input, ctx) => ({
      path: await deps.dialogs.chooseOpenPath(ctx.senderId),
    }),
    'dialog.chooseDocxPath': async (_input, ctx) => ({
      path: await deps.dialogs.chooseDocxPath(ctx.senderId),
    }),
    'dialog.chooseExportPath': async ({ format, suggestedName }, ctx) => ({
      path: await deps.dialogs.chooseExportPath(ctx.senderId, format, suggestedName),
    }),
    'dialog.chooseCommentFiles': async (_input, ctx) => ({
      paths: await deps.dialogs.chooseCommentFiles(ctx.senderId),
    }),
    'dialog.chooseFolder': async ({ suggestedName }, ctx) => ({
      path: await deps.dialogs.chooseFolder(ctx.senderId, suggestedName),
    }),
    'dialog.chooseTableFile': async (_input, ctx) => ({
      path: await deps.dialogs.chooseTableFile(ctx.senderId),
    }),
    'plan.create': (input, ctx) => plans.create(ctx.senderId, input),
    'import.docxPreview': ({ source }) => docxImport.preview(source),
    'import.docxCreate': (input, ctx) => docxImport.create(ctx.senderId, input),
    'plan.open': ({ path }, ctx) => plans.open(ctx.senderId, path),
    'plan.close': ({ docId }, ctx) => {
      plans.close(ctx.senderId, docId);
      return null;
    },
    'plan.updateMeta': ({ docId, ...patch }, ctx) => plans.updateMeta(ctx.senderId, docId, patch),
    'plan.saveAs': async ({ docId, path }, ctx) => {
      const from = pathOf(ctx.senderId, docId);
      const opened = await plans.saveAs(ctx.senderId, docId, path);
      // Drafts are kept by file: after a crash they must be offered for the file now edited.
      recovery.moved(from, opened.path);
      return opened;
    },
    ...backupHandlers({ plans, backups, registry }),
    ...recoveryHandlers({ plans, recovery, pathOf }),
    ...searchHandlers(feature),
    'outline.get': ({ docId }, ctx) => plans.withDoc(ctx.senderId, docId, getOutline),
    'outline.add': ({ docId, ...input }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => addSection(db, input, now())),
    'outline.rename': ({ docId, sectionId, title }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => renameSection(db, sectionId, title)),
    'outline.move': ({ docId, ...input }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => moveSection(db, input)),
    'outline.remove': ({ docId, sectionId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => removeSection(db, sectionId, now())),
    'outline.restore': ({ docId, sectionId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => restoreSection(db, sectionId)),
    'section.get': ({ docId, sectionId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => getSection(db, sectionId)),
    'section.save': async ({ docId, ...input }, ctx) => {
      const saved = plans.withDoc(ctx.senderId, docId, (db) =>
        saveSection(db, input, now(), settings.prefs().name),
      );
      recovery.saved(pathOf(ctx.senderId, docId), input.sectionId, saved.revision);
      // Saves are what editing is made of, so they also pace the backups made while editing.
      await backups.maybeBackupWhileEditing(registry.owned(docId, ctx.senderId));
      return saved;
    },
    'checklist.get': ({ docId }, ctx) => plans.withDoc(ctx.senderId, docId, getChecklist),
    'checklist.link': ({ docId, ...input }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => link(db, input)),
    'checklist.unlink': ({ docId, ...input }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => unlink(db, input)),
    'checklist.confirm': ({ docId, requirementId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        confirm(db, requirementId, settings.prefs().name, now()),
      ),
    'checklist.unconfirm': ({ docId, requirementId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => unconfirm(db, requirementId)),
    ...versioningHandlers(feature),
    ...roundsHandlers(feature),
    ...planDataHandlers(feature),
    ...indicatorHandlers(feature),
    ...tableImportHandlers(feature),
    ...commentImportHandlers(feature),
    ...roundOutputHandlers({
      ...feature,
      exports,
      pathOf: (senderId, docId) => registry.owned(docId, senderId).path,
    }),
    'export.preview': (input, ctx) => exports.preview(ctx.senderId, input),
    'export.pdf': (input, ctx) => exports.pdf(ctx.senderId, input),
    'export.docx': (input, ctx) => exports.docx(ctx.senderId, input),
    'system.openExternal': async ({ url }) => {
      await deps.system.openExternal(checkExternalUrl(url));
      return null;
    },
    'system.openPath': async ({ path }) => {
      await deps.system.openPath(exports.openable(path));
      return null;
    },
  });

  const core: Core = {
    handle,
    releaseSender: (senderId) => plans.closeAll(senderId),
    ownerOf: (path) => plans.ownerOf(path),
    planOf: (senderId) => registry.ofSender(senderId)[0]?.path ?? null,
    windowState: {
      get: () => settings.windowState(),
      set: (state) => settings.setWindowState(state),
    },
    close: () => plans.closeAll(),
    inspectPlan: (path) => readOnlyCall(path, () => plans.inspect(path)),
    verifyPlan: (path) =>
      readOnlyCall(path, () =>
        plans.readOnly(path, (db, real) => ({
          path: real,
          title: readMeta(db).title,
          versions: checkVersions(db),
        })),
      ),
    inspectComments: (path, roundTitle) =>
      readOnlyCall(path, () =>
        plans.readOnly(path, (db, real) => ({
          path: real,
          rounds: roundsComments(db, roundTitle),
        })),
      ),
    inspectData: (path) =>
      readOnlyCall(path, () =>
        plans.readOnly(path, (db, real) => ({
          path: real,
          title: readMeta(db).title,
          data: readPlanData(db),
        })),
      ),
    searchFile: (path, query, sources) =>
      readOnlyCall(path, () => {
        const text = SearchQueryTextSchema.safeParse(query);
        if (!text.success) throw new CoreError('INVALID_INPUT', { issue: 'query: 1–200 chars' });
        const input = { query: text.data, sources: SearchSourcesSchema.parse(sources) };
        return plans.readOnly(path, (db) => searchPlan(db, input));
      }),
  };
  // Tests reach an open plan's connection through plans/test-seam.ts, never through IPC.
  return exposeRegistry(core, registry);
}
