import { createHash } from 'node:crypto';
import type { ExportFormat, ExportOptions, ExportResult } from '../../../shared/domain/export';
import type { PlansService } from '../plans/service';
import type { Printer } from '../ports';
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
}

export interface ExportRequest extends ExportOptions {
  docId: string;
  path: string;
}

/**
 * Exports an open plan (or one of its versions): reads it in one transaction, renders it (PDF via
 * the Printer, DOCX with the docx package), writes the file atomically, records the export in the
 * plan file. Reading and recording are short; the rendering in between holds no transaction, so
 * the plan stays editable meanwhile.
 */
export class ExportService {
  constructor(private readonly deps: ExportDeps) {}

  async pdf(senderId: string, request: ExportRequest): Promise<ExportResult> {
    const { doc, target } = this.prepare(senderId, request);
    const fontCss = fontFaceCss(this.deps.resourcesDir());
    const printed = await exportPdf(this.deps.printer, doc, request, {
      fontCss,
      now: this.deps.now(),
    });
    await writeExport(target, printed.bytes);
    return this.finish(senderId, request, doc, target, 'pdf', printed.bytes, printed.pages);
  }

  // TEMPORARY (contract stage): the page preview is built with the export dialog.
  preview(
    _senderId: string,
    _request: ExportOptions & { docId: string },
  ): Promise<{ pdfBase64: string; pages: number }> {
    return Promise.reject(new CoreError('UNSUPPORTED'));
  }

  async docx(
    senderId: string,
    request: ExportRequest & { templatePath: string | null },
  ): Promise<ExportResult> {
    const { doc, target } = this.prepare(senderId, request);
    // A bad template fails here, before anything is written.
    const styles =
      request.templatePath === null ? null : await readTemplateStyles(request.templatePath);
    const bytes = await buildDocx(doc, request, { styles, now: this.deps.now() });
    await writeExport(target, bytes);
    return this.finish(senderId, request, doc, target, 'docx', bytes, null);
  }

  private prepare(senderId: string, request: ExportRequest) {
    return this.deps.plans.withDoc(senderId, request.docId, (db) => ({
      doc: readExportDocument(db, request.versionId),
      target: exportTarget(request.path, this.deps.pathOf(senderId, request.docId)),
    }));
  }

  private finish(
    senderId: string,
    request: ExportRequest,
    doc: ExportDocument,
    path: string,
    format: ExportFormat,
    bytes: Uint8Array,
    pages: number | null,
  ): ExportResult {
    const exportedAt = this.deps.now().toISOString();
    const result: ExportResult = {
      path,
      format,
      pages,
      bytes: bytes.byteLength,
      contentDigest: doc.digest,
      versionId: doc.version?.id ?? null,
      exportedAt,
    };
    this.deps.plans.withDoc(senderId, request.docId, (db) =>
      recordExport(db, {
        ...result,
        final: request.final,
        language: request.language ?? doc.meta.language,
        fileDigest: createHash('sha256').update(bytes).digest('hex'),
      }),
    );
    return result;
  }
}
