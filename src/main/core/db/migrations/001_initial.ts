import type { Migration } from './types';

/**
 * Schema 1: the plan's metadata, its sections (a tree, soft-deletable while the plan is open) and
 * every saved revision of each section's text.
 */
export const initial: Migration = {
  version: 1,
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL,
        region TEXT NOT NULL,
        period TEXT,
        language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
        created_at TEXT NOT NULL,
        template_version TEXT NOT NULL,
        app_version TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sections (
        id TEXT PRIMARY KEY,
        parent_id TEXT REFERENCES sections (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        template_key TEXT,
        content TEXT,
        plain_text TEXT NOT NULL DEFAULT '',
        words INTEGER NOT NULL DEFAULT 0 CHECK (words >= 0),
        revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK (parent_id IS NULL OR parent_id <> id)
      ) STRICT;
      CREATE INDEX sections_by_parent ON sections (parent_id, position);

      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        section_id TEXT NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        content TEXT NOT NULL,
        plain_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        author TEXT NOT NULL,
        UNIQUE (section_id, revision)
      ) STRICT;
    `);
  },
};
