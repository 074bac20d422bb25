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

/** The core's Dialogs port: native file dialogs, attached to the asking window. */
export function createDialogs(text: () => MenuText): Dialogs {
  const filters = () => [{ name: text().dialogs.planFiles, extensions: [planExtension.slice(1)] }];

  return {
    async chooseNewPlanPath(senderId, suggestedName) {
      const options: SaveDialogOptions = {
        title: text().dialogs.newPlanTitle,
        defaultPath: join(app.getPath('documents'), planFileName(suggestedName, text().appName)),
        filters: filters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = windowOfSender(senderId);
      const { canceled, filePath } = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return canceled || !filePath ? null : withPlanExtension(filePath);
    },

    async chooseOpenPath(senderId) {
      const options: OpenDialogOptions = {
        title: text().dialogs.openTitle,
        filters: filters(),
        properties: ['openFile'],
      };
      const window = windowOfSender(senderId);
      const { canceled, filePaths } = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return canceled ? null : (filePaths[0] ?? null);
    },

    async chooseExportPath(senderId, format, suggestedName) {
      const extension = format === 'pdf' ? '.pdf' : '.docx';
      const options: SaveDialogOptions = {
        title: text().dialogs.exportTitle,
        defaultPath: join(
          app.getPath('documents'),
          exportFileName(suggestedName, extension, text().appName),
        ),
        filters: [
          format === 'pdf'
            ? { name: text().dialogs.pdfFiles, extensions: ['pdf'] }
            : { name: text().dialogs.wordFiles, extensions: ['docx'] },
        ],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = windowOfSender(senderId);
      const { canceled, filePath } = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return canceled || !filePath ? null : withExtension(filePath, extension);
    },

    async chooseDocxPath(senderId) {
      const options: OpenDialogOptions = {
        title: text().dialogs.importDocxTitle,
        filters: [{ name: text().dialogs.wordFiles, extensions: ['docx'] }],
        properties: ['openFile'],
      };
      const window = windowOfSender(senderId);
      const { canceled, filePaths } = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return canceled ? null : (filePaths[0] ?? null);
    },
  };
}
