import { join } from 'node:path';
import { app, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Dialogs } from '../core/ports';
import {
  exportFileName,
  planExtension,
  planFileName,
  withExtension,
  withPlanExtension,
} from './files';
import type { MenuText } from './menu';
import { windowOfSender } from './windows';

/** An open dialog for one file, modal to the sender's window when it still has one. */
async function chooseFile(senderId: string, options: OpenDialogOptions): Promise<string | null> {
  const window = windowOfSender(senderId);
  const { canceled, filePaths } = window
    ? await dialog.showOpenDialog(window, { ...options, properties: ['openFile'] })
    : await dialog.showOpenDialog({ ...options, properties: ['openFile'] });
  return canceled ? null : (filePaths[0] ?? null);
}

/** A save dialog in the user's documents folder that asks before overwriting. */
async function chooseTarget(
  senderId: string,
  options: SaveDialogOptions & { fileName: string },
): Promise<string | null> {
  const { fileName, ...rest } = options;
  const full: SaveDialogOptions = {
    ...rest,
    defaultPath: join(app.getPath('documents'), fileName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const window = windowOfSender(senderId);
  const { canceled, filePath } = window
    ? await dialog.showSaveDialog(window, full)
    : await dialog.showSaveDialog(full);
  return canceled || !filePath ? null : filePath;
}

/** The core's Dialogs port: native file dialogs, attached to the asking window. */
export function createDialogs(text: () => MenuText): Dialogs {
  const planFilters = () => [
    { name: text().dialogs.planFiles, extensions: [planExtension.slice(1)] },
  ];

  return {
    async chooseNewPlanPath(senderId, suggestedName) {
      const path = await chooseTarget(senderId, {
        title: text().dialogs.newPlanTitle,
        fileName: planFileName(suggestedName, text().appName),
        filters: planFilters(),
      });
      return path === null ? null : withPlanExtension(path);
    },

    chooseOpenPath: (senderId) =>
      chooseFile(senderId, { title: text().dialogs.openTitle, filters: planFilters() }),

    async chooseExportPath(senderId, format, suggestedName) {
      const extension = `.${format}`;
      const names = {
        pdf: text().dialogs.pdfFiles,
        docx: text().dialogs.wordFiles,
        csv: text().dialogs.csvFiles,
        xlsx: text().dialogs.excelFiles,
      };
      const path = await chooseTarget(senderId, {
        title: text().dialogs.exportTitle,
        fileName: exportFileName(suggestedName, extension, text().appName),
        filters: [{ name: names[format], extensions: [format] }],
      });
      return path === null ? null : withExtension(path, extension);
    },

    async chooseCommentFiles(senderId) {
      const options: OpenDialogOptions = {
        title: text().dialogs.commentFilesTitle,
        filters: [{ name: text().dialogs.commentFiles, extensions: ['docx', 'csv', 'xlsx'] }],
        properties: ['openFile', 'multiSelections'],
      };
      const window = windowOfSender(senderId);
      const { canceled, filePaths } = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return canceled ? [] : filePaths;
    },

    async chooseFolder(senderId, suggestedName) {
      const options: OpenDialogOptions = {
        title: text().dialogs.folderTitle,
        defaultPath: join(app.getPath('documents'), suggestedName),
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      };
      const window = windowOfSender(senderId);
      const { canceled, filePaths } = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return canceled ? null : (filePaths[0] ?? null);
    },

    chooseTableFile: (senderId) =>
      chooseFile(senderId, {
        title: text().dialogs.tableFileTitle,
        filters: [{ name: text().dialogs.tableFiles, extensions: ['csv', 'xlsx'] }],
      }),

    chooseDocxPath: (senderId) =>
      chooseFile(senderId, {
        title: text().dialogs.importDocxTitle,
        filters: [{ name: text().dialogs.wordFiles, extensions: ['docx'] }],
      }),
  };
}
