import type { ExportProgress, SaveFormat } from '../../shared/domain/export';

/**
 * What the core needs from the world, injected by each shell (Electron, CLI, e2e harness), so the
 * core itself stays plain Node and every outside effect can be replaced in tests.
 */

/** Time, injected so that dates and timestamps are testable. */
export interface Clock {
  now(): Date;
}

export interface PrintOptions {
  /** The document title and language written into the PDF's metadata. */
  title: string;
  language: string;
  /**
   * Reads each PDF printed and answers the texts to set in place (element id → text) before the
   * document, loaded and laid out once, is printed again; null: that PDF is the result. With it,
   * the first print is a layout pass read only for its pages and link destinations, printed
   * without the tags and the outline (about half of Chromium's printing time); later ones are
   * tagged. Without it, one tagged print.
   */
  revise?: (pdf: Uint8Array) => Promise<ReadonlyMap<string, string> | null>;
}

/** Turns print HTML into PDF bytes: Electron's printToPDF in the app, Chromium in tests and CLI. */
export interface Printer {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
}

/** Native file dialogs; `null` when the user cancels. */
export interface Dialogs {
  chooseNewPlanPath(senderId: string, suggestedName: string): Promise<string | null>;
  chooseOpenPath(senderId: string): Promise<string | null>;
  /** A Word file (.docx) to import. */
  chooseDocxPath(senderId: string): Promise<string | null>;
  /** Where to save an export or a table (a save dialog filtered to that kind of file). */
  chooseExportPath(
    senderId: string,
    format: SaveFormat,
    suggestedName: string,
  ): Promise<string | null>;
  /** Returned comments to import: Word files and survey exports (.docx, .csv, .xlsx), several. */
  chooseCommentFiles(senderId: string): Promise<string[]>;
  /** A folder to write into (may be created in the dialog). */
  chooseFolder(senderId: string, suggestedName: string): Promise<string | null>;
  /** One table of figures to import (.csv, .xlsx). */
  chooseTableFile(senderId: string): Promise<string | null>;
}

/** Effects outside the app that only a shell can perform. */
export interface System {
  /** Opens an already checked http(s) URL in the system browser. */
  openExternal(url: string): Promise<void>;
  /** Opens a file the core exported in its default program. */
  openPath(path: string): Promise<void>;
  /** The renderer of `senderId` says everything pending has been saved. */
  flushed(senderId: string): void;
  /** Tells the renderer of `senderId` how far its export has come (the `exportProgress` event). */
  exportProgress(senderId: string, progress: ExportProgress): void;
}

export interface CoreDeps {
  clock: Clock;
  printer: Printer;
  dialogs: Dialogs;
  system: System;
  /** Folder of the user's settings (preferences, recent plans, window state). */
  settingsDir: string;
  /**
   * The app's resources folder (holding fonts/ for exported PDFs); found by walking up from the
   * core's code when not given.
   */
  resourcesDir?: string;
  /**
   * Folder for the plans' rolling backups (on open, before a migration, now and then while
   * editing, pruned by the retention rule): see `backups/`.
   */
  backupDir: string;
  appVersion: string;
  /**
   * better-sqlite3's compiled addon to load instead of the one in node_modules: the Electron shell
   * passes an Electron-ABI build here, while tests and the CLI use the Node build.
   */
  nativeBinding?: string;
  /**
   * The OS locale (e.g. "sv-FI"), which picks the UI language until the user chooses one;
   * `Intl.DateTimeFormat().resolvedOptions().locale` when not given.
   */
  locale?: string;
}

/** Who is calling: one id per renderer (window); plans opened by it belong to it. */
export interface CallContext {
  senderId: string;
}
