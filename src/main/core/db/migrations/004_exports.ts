import type { Migration } from './types';

/**
 * Schema 4: the record of exports. Every PDF or Word file made from the plan leaves a row: its
 * format, where it was written, when, the digest of the content exported (a version's digest, or
 * the one the current text would have as a version), the digest of the file's bytes, the version
 * (null: the current text), draft or final, and the language of its fixed texts. Older files start
 * with no exports.
 */
export const exportsRecord: Migration = {
  version: 4,
  up(db) {
    db.exec(`
      CREATE TABLE exports (
        id TEXT PRIMARY KEY,
        format TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
        path TEXT NOT NULL CHECK (length(path) BETWEEN 1 AND 4096),
        exported_at TEXT NOT NULL,
        content_digest TEXT NOT NULL
          CHECK (length(content_digest) = 64 AND content_digest NOT GLOB '*[^0-9a-f]*'),
        file_digest TEXT NOT NULL
          CHECK (length(file_digest) = 64 AND file_digest NOT GLOB '*[^0-9a-f]*'),
        version_id TEXT REFERENCES versions (id) ON DELETE SET NULL,
        final INTEGER NOT NULL CHECK (final IN (0, 1)),
        language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en'))
      ) STRICT;
      CREATE INDEX exports_by_time ON exports (exported_at);
    `);
  },
};
