import type { ExportFormat } from '../../../shared/domain/export';
import type { Language } from '../../../shared/domain/settings';
import type { Db } from '../db/plan-file';
import { newId } from '../ids';

/** The `exports` table (schema 4): every file exported from the plan, for the record. */
export interface ExportRow {
  format: ExportFormat;
  path: string;
  exportedAt: string;
  /** Digest of the exported content (the version's, or the current text's). */
  contentDigest: string;
  /** SHA-256 of the file's bytes as written. */
  fileDigest: string;
  versionId: string | null;
  final: boolean;
  language: Language;
}

export function recordExport(db: Db, row: ExportRow): void {
  db.prepare(
    `INSERT INTO exports (id, format, path, exported_at, content_digest, file_digest, version_id,
       final, language)
     VALUES (@id, @format, @path, @exportedAt, @contentDigest, @fileDigest, @versionId, @final,
       @language)`,
  ).run({ ...row, id: newId(), final: row.final ? 1 : 0 });
}

export interface ExportRecordRow extends ExportRow {
  id: string;
}

/** Every recorded export, newest first. */
export function readExports(db: Db): ExportRecordRow[] {
  const rows = db
    .prepare(
      `SELECT id, format, path, exported_at, content_digest, file_digest, version_id, final, language
       FROM exports ORDER BY exported_at DESC, rowid DESC`,
    )
    .all() as Array<{
    id: string;
    format: ExportFormat;
    path: string;
    exported_at: string;
    content_digest: string;
    file_digest: string;
    version_id: string | null;
    final: number;
    language: Language;
  }>;
  return rows.map((row) => ({
    id: row.id,
    format: row.format,
    path: row.path,
    exportedAt: row.exported_at,
    contentDigest: row.content_digest,
    fileDigest: row.file_digest,
    versionId: row.version_id,
    final: row.final === 1,
    language: row.language,
  }));
}
