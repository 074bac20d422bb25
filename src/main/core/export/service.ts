import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import type {
  ExportFormat,
  ExportOptions,
  ExportProgress,
  ExportResult,
} from '../../../shared/domain/export';
import type { Db } from '../db/plan-file';
import type { PlansService } from '../plans/service';
import type { Printer } from '../ports';
import { commentSummary } from '../rounds/summary';
import { readExportDocument, type ExportDocument } from './document';
import { buildDocx } from './docx/build';
import { readTemplateStyles } from './docx/template';
import { fontFaceCss } from './fonts';
import { exportPdf } from './pdf';
import { recordExport } from './repository';
import { CoreError } from '../errors';
import { exportTarget, writeExport } from './write';

export interface ExportDeps {
  plans: PlansService;
  /** The real path of an open plan (the export may not overwrite it). */
  pathOf(senderId: string, docId: string): string;
  printer: Printer;
  now(): Date;
  /** The folder holding fonts/ (resources of the app), looked up at the first export. */
  resourcesDir(): string;
  /** Tells the window of `senderId` how far its export has come. */
  progress(senderId: string, progress: ExportProgress): void;
}

export type PreviewRequest = ExportOptions & { docId: string };

export interface ExportRequest extends PreviewRequest {
  path: string;
}

type Stage = ExportProgress['stage'];

/**
 * Exports an open plan (or one of its versions): reads it in one transaction, renders it (PDF via
 * the Printer, DOCX with the docx package), writes the file atomically, records the export in the
 * plan file. Reading and recording are short; the rendering in between holds no transaction, so
 * the plan stays editable meanwhile. Each step is reported to the window as `exportProgress`.
 */
export type DocxRequest = PreviewRequest & { templatePath: string | null };

/** An export made in memory: its content and bytes, not yet written anywhere. */
export interface RenderedExport {
  doc: ExportDocument;
  format: ExportFormat;
  bytes: Uint8Array;
  /** Pages of a PDF; null for DOCX. */
  pages: number | null;
}

export class ExportService {
  /** Files written by exports in this session: the only ones `openable` lets a shell open. */
  private readonly written = new Set<string>();

  constructor(private readonly deps: ExportDeps) {}

  async pdf(senderId: string, request: ExportRequest): Promise<ExportResult> {
    const target = this.target(senderId, request);
    const rendered = await this.renderPdf(senderId, request);
    return this.save(senderId, request, rendered, target);
  }

  async docx(senderId: string, request: ExportRequest & DocxRequest): Promise<ExportResult> {
    const target = this.target(senderId, request);
    const rendered = await this.renderDocx(senderId, request);
    return this.save(senderId, request, rendered, target);
  }

  /** The PDF `pdf` would write, as base64 for the page preview: neither written nor recorded. */
  async preview(
    senderId: string,
    request: PreviewRequest,
  ): Promise<{ pdfBase64: string; pages: number }> {
    const rendered = await this.renderPdf(senderId, request);
    this.reporter(senderId, request.docId)('print', 1);
    return {
      pdfBase64: Buffer.from(rendered.bytes).toString('base64'),
      pages: rendered.pages ?? 1,
    };
  }

  /** The PDF of the plan or a version in memory (a preview, or a file someone else writes). */
  async renderPdf(senderId: string, request: PreviewRequest): Promise<RenderedExport> {
    const report = this.reporter(senderId, request.docId);
    report('collect', 0);
    const doc = this.deps.plans.withDoc(senderId, request.docId, (db) => this.read(db, request));
    const printed = await exportPdf(
      this.deps.printer,
      doc,
      request,
      { fontCss: fontFaceCss(this.deps.resourcesDir()), now: this.deps.now() },
      report,
    );
    return { doc, format: 'pdf', bytes: printed.bytes, pages: printed.pages };
  }

  /** The Word copy in memory; a bad template fails here, before anything is written. */
  async renderDocx(senderId: string, request: DocxRequest): Promise<RenderedExport> {
    const report = this.reporter(senderId, request.docId);
    report('collect', 0);
    const doc = this.deps.plans.withDoc(senderId, request.docId, (db) => this.read(db, request));
    const styles =
      request.templatePath === null ? null : await readTemplateStyles(request.templatePath);
    report('layout', 0.3);
    const bytes = await buildDocx(doc, request, {
      styles,
      now: this.deps.now(),
      resourcesDir: this.deps.resourcesDir(),
    });
    return { doc, format: 'docx', bytes, pages: null };
  }

  /**
   * Records a rendered export written at `path` (by this service or by a package that placed it),
   * and lets the shell open it.
   */
  record(
    senderId: string,
    request: PreviewRequest,
    rendered: RenderedExport,
    path: string,
  ): ExportResult {
    this.written.add(path);
    const result: ExportResult = {
      path,
      format: rendered.format,
      pages: rendered.pages,
      bytes: rendered.bytes.byteLength,
      contentDigest: rendered.doc.digest,
      versionId: rendered.doc.version?.id ?? null,
      exportedAt: this.deps.now().toISOString(),
    };
    this.deps.plans.withDoc(senderId, request.docId, (db) =>
      recordExport(db, {
        ...result,
        final: request.final,
        language: request.language ?? rendered.doc.meta.language,
        fileDigest: createHash('sha256').update(rendered.bytes).digest('hex'),
      }),
    );
    return result;
  }

  /** Where an export goes: checked before any rendering (never over the open plan). */
  private target(senderId: string, request: ExportRequest): string {
    return exportTarget(request.path, this.deps.pathOf(senderId, request.docId));
  }

  private async save(
    senderId: string,
    request: ExportRequest,
    rendered: RenderedExport,
    target: string,
  ): Promise<ExportResult> {
    const report = this.reporter(senderId, request.docId);
    report('write', 0.95);
    await writeExport(target, rendered.bytes);
    const result = this.record(senderId, request, rendered, target);
    report('write', 1);
    return result;
  }

  /**
   * The real path of a file this session exported, for a shell to open; anything else is refused,
   * so the renderer cannot have arbitrary files opened.
   */
  openable(path: string): string {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = path;
    }
    if (!this.written.has(real)) {
      throw new CoreError('INVALID_INPUT', { issue: 'path: not exported in this session' });
    }
    if (!existsSync(real)) throw new CoreError('FILE_NOT_FOUND', { path });
    return real;
  }

  private reporter(senderId: string, docId: string) {
    return (stage: Stage, fraction: number) =>
      this.deps.progress(senderId, { docId, stage, fraction });
  }

  private read(db: Db, request: ExportOptions): ExportDocument {
    const doc = readExportDocument(db, request.versionId);
    // The round's summary (NOT_FOUND {what: 'round'} when the plan has none): before printing.
    if (request.annexes.includes('comments')) doc.comments = commentSummary(db, request.roundId);
    return doc;
  }
}
