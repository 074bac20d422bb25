/**
 * Names of every IPC channel and event, and nothing else. Kept free of zod so that the sandboxed
 * preload, which needs only the names, stays tiny; `ipc.ts` gives each name its schemas, and the
 * type checker makes sure the two lists agree.
 */
export const channelNames = [
  'app.info',
  'app.flushed',
  'prefs.get',
  'prefs.update',
  'recent.list',
  'recent.remove',
  'dialog.chooseNewPlanPath',
  'dialog.chooseOpenPath',
  'dialog.chooseDocxPath',
  'dialog.chooseExportPath',
  'dialog.chooseCommentFiles',
  'dialog.chooseFolder',
  'dialog.chooseTableFile',
  'plan.create',
  'import.docxPreview',
  'import.docxCreate',
  'plan.open',
  'plan.close',
  'plan.updateMeta',
  'outline.get',
  'outline.add',
  'outline.rename',
  'outline.move',
  'outline.remove',
  'outline.restore',
  'section.get',
  'section.save',
  'checklist.get',
  'checklist.link',
  'checklist.unlink',
  'checklist.confirm',
  'checklist.unconfirm',
  'versions.list',
  'versions.create',
  'versions.get',
  'versions.compare',
  'history.list',
  'history.get',
  'history.restore',
  'milestones.list',
  'milestones.add',
  'milestones.update',
  'milestones.remove',
  'milestones.move',
  'milestones.markDone',
  'respondents.list',
  'respondents.save',
  'respondents.remove',
  'rounds.list',
  'rounds.get',
  'rounds.create',
  'rounds.update',
  'rounds.remove',
  'rounds.saveQuestion',
  'rounds.removeQuestion',
  'rounds.package',
  'comments.list',
  'comments.add',
  'comments.edit',
  'comments.remove',
  'comments.resolve',
  'comments.applyChange',
  'comments.undoChange',
  'comments.summary',
  'comments.exportSummary',
  'comments.importPreview',
  'comments.importCommit',
  'planData.get',
  'providers.save',
  'providers.remove',
  'staffing.save',
  'staffing.remove',
  'staffing.setRatioSet',
  'staffing.importPreview',
  'staffing.importCommit',
  'indicators.save',
  'indicators.remove',
  'indicators.addStarter',
  'indicators.setValues',
  'indicators.importPreview',
  'indicators.importCommit',
  'export.preview',
  'export.pdf',
  'export.docx',
  'system.openExternal',
  'system.openPath',
] as const;
export type ChannelName = (typeof channelNames)[number];

/** Events pushed from main to the renderer. */
export const eventNames = [
  'menuCommand',
  'flushRequest',
  'prefsChanged',
  'exportProgress',
] as const;
export type EventName = (typeof eventNames)[number];

/** The IPC channel an event travels on (kept apart from invoke channels). */
export const eventChannel = (name: EventName): string => `event.${name}`;

/**
 * Query parameter of the window URL naming a plan file the window opens at start (a path given on
 * the command line or forwarded by a second instance of the app); it survives a reload.
 */
export const openPathParam = 'open';
