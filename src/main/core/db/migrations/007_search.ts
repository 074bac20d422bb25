import type { Database } from 'better-sqlite3';
import type { Migration } from './types';

/**
 * Schema 7: the full-text index of Haku (SQLite FTS5) and the record of replaces, so a replace
 * across the plan can be undone.
 *
 * `search_fts` holds a copy of every searchable text: the live sections' titles and text, each
 * frozen version's sections, and every comment's text, change proposal and response (vastine).
 * The tokenizer folds case and removes diacritics (the query side checks typed diacritics again);
 * prefix indexes make word-start queries ("opiskeluhuol*") fast. Its rowids are the ids of
 * `search_entries` (an INTEGER PRIMARY KEY, so VACUUM never renumbers them), which say what each
 * row is. Triggers keep the index in step with every write, whichever code makes it.
 */

/** The DDL of the index, also used to build a throw-away index for files older than schema 7. */
export const SEARCH_INDEX_DDL = `
  CREATE TABLE search_entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('section', 'version', 'comment')),
    -- The section, version or comment id.
    owner TEXT NOT NULL,
    -- For a version: the section of it; '' otherwise.
    part TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, owner, part)
  ) STRICT;

  CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, proposal, response,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
  );
`;

/** The triggers that keep `search_fts` in step with sections, versions and comments. */
const TRIGGERS = `
  CREATE TRIGGER search_section_insert AFTER INSERT ON sections
  WHEN NEW.deleted_at IS NULL
  BEGIN
    INSERT OR IGNORE INTO search_entries (kind, owner) VALUES ('section', NEW.id);
    INSERT INTO search_fts (rowid, title, body)
      SELECT id, NEW.title, NEW.plain_text FROM search_entries
      WHERE kind = 'section' AND owner = NEW.id AND part = '';
  END;

  CREATE TRIGGER search_section_update AFTER UPDATE OF title, plain_text, deleted_at ON sections
  WHEN OLD.title IS NOT NEW.title OR OLD.plain_text IS NOT NEW.plain_text
    OR OLD.deleted_at IS NOT NEW.deleted_at
  BEGIN
    DELETE FROM search_fts WHERE rowid =
      (SELECT id FROM search_entries WHERE kind = 'section' AND owner = OLD.id AND part = '');
    INSERT OR IGNORE INTO search_entries (kind, owner)
      SELECT 'section', NEW.id WHERE NEW.deleted_at IS NULL;
    INSERT INTO search_fts (rowid, title, body)
      SELECT id, NEW.title, NEW.plain_text FROM search_entries
      WHERE kind = 'section' AND owner = NEW.id AND part = '' AND NEW.deleted_at IS NULL;
  END;

  CREATE TRIGGER search_section_delete AFTER DELETE ON sections
  BEGIN
    DELETE FROM search_fts WHERE rowid =
      (SELECT id FROM search_entries WHERE kind = 'section' AND owner = OLD.id AND part = '');
    DELETE FROM search_entries WHERE kind = 'section' AND owner = OLD.id;
  END;

  CREATE TRIGGER search_version_insert AFTER INSERT ON versions
  WHEN json_valid(NEW.snapshot)
  BEGIN
    INSERT OR IGNORE INTO search_entries (kind, owner, part)
      SELECT 'version', NEW.id, json_extract(s.value, '$.id')
      FROM json_each(NEW.snapshot, '$.sections') AS s
      WHERE json_type(s.value, '$.id') = 'text';
    INSERT INTO search_fts (rowid, title, body)
      SELECT e.id,
        coalesce((SELECT json_extract(o.value, '$.title')
                  FROM json_each(NEW.snapshot, '$.outline') AS o
                  WHERE json_extract(o.value, '$.id') = e.part), ''),
        coalesce(json_extract(s.value, '$.plainText'), '')
      FROM json_each(NEW.snapshot, '$.sections') AS s
      JOIN search_entries AS e
        ON e.kind = 'version' AND e.owner = NEW.id AND e.part = json_extract(s.value, '$.id');
  END;

  CREATE TRIGGER search_version_delete AFTER DELETE ON versions
  BEGIN
    DELETE FROM search_fts WHERE rowid IN
      (SELECT id FROM search_entries WHERE kind = 'version' AND owner = OLD.id);
    DELETE FROM search_entries WHERE kind = 'version' AND owner = OLD.id;
  END;

  CREATE TRIGGER search_comment_insert AFTER INSERT ON comments
  BEGIN
    INSERT OR IGNORE INTO search_entries (kind, owner) VALUES ('comment', NEW.id);
    INSERT INTO search_fts (rowid, body, proposal, response)
      SELECT id, NEW.text, coalesce(NEW.proposal, ''), NEW.response FROM search_entries
      WHERE kind = 'comment' AND owner = NEW.id AND part = '';
  END;

  CREATE TRIGGER search_comment_update AFTER UPDATE OF text, proposal, response ON comments
  WHEN OLD.text IS NOT NEW.text OR OLD.proposal IS NOT NEW.proposal
    OR OLD.response IS NOT NEW.response
  BEGIN
    DELETE FROM search_fts WHERE rowid =
      (SELECT id FROM search_entries WHERE kind = 'comment' AND owner = OLD.id AND part = '');
    INSERT INTO search_fts (rowid, body, proposal, response)
      SELECT id, NEW.text, coalesce(NEW.proposal, ''), NEW.response FROM search_entries
      WHERE kind = 'comment' AND owner = NEW.id AND part = '';
  END;

  CREATE TRIGGER search_comment_delete AFTER DELETE ON comments
  BEGIN
    DELETE FROM search_fts WHERE rowid =
      (SELECT id FROM search_entries WHERE kind = 'comment' AND owner = OLD.id AND part = '');
    DELETE FROM search_entries WHERE kind = 'comment' AND owner = OLD.id;
  END;
`;

/**
 * Fills the index from what a file already holds. Rows the triggers of later writes would skip are
 * skipped here too: deleted sections, and versions whose snapshot is not JSON (a damaged file; its
 * digest check reports it).
 */
export function fillSearchIndex(db: Database): void {
  db.exec(`
    INSERT INTO search_entries (kind, owner)
      SELECT 'section', id FROM sections WHERE deleted_at IS NULL;
    INSERT INTO search_fts (rowid, title, body)
      SELECT e.id, s.title, s.plain_text FROM sections AS s
      JOIN search_entries AS e ON e.kind = 'section' AND e.owner = s.id;

    INSERT OR IGNORE INTO search_entries (kind, owner, part)
      SELECT 'version', v.id, json_extract(s.value, '$.id')
      FROM versions AS v, json_each(v.snapshot, '$.sections') AS s
      WHERE json_valid(v.snapshot) AND json_type(s.value, '$.id') = 'text';
    INSERT INTO search_fts (rowid, title, body)
      SELECT e.id,
        coalesce((SELECT json_extract(o.value, '$.title')
                  FROM json_each(v.snapshot, '$.outline') AS o
                  WHERE json_extract(o.value, '$.id') = e.part), ''),
        coalesce(json_extract(s.value, '$.plainText'), '')
      FROM versions AS v, json_each(v.snapshot, '$.sections') AS s
      JOIN search_entries AS e
        ON e.kind = 'version' AND e.owner = v.id AND e.part = json_extract(s.value, '$.id')
      WHERE json_valid(v.snapshot);

    INSERT INTO search_entries (kind, owner) SELECT 'comment', id FROM comments;
    INSERT INTO search_fts (rowid, body, proposal, response)
      SELECT e.id, c.text, coalesce(c.proposal, ''), c.response FROM comments AS c
      JOIN search_entries AS e ON e.kind = 'comment' AND e.owner = c.id;
  `);
}

export const search: Migration = {
  version: 7,
  up(db) {
    db.exec(SEARCH_INDEX_DDL);
    fillSearchIndex(db);
    db.exec(TRIGGERS);
    db.exec(`
      -- A replace across the plan ("Korvaa kaikki"), kept so that it can be undone.
      CREATE TABLE replacements (
        id TEXT PRIMARY KEY,
        find TEXT NOT NULL CHECK (length(find) BETWEEN 1 AND 200),
        replacement TEXT NOT NULL CHECK (length(replacement) <= 200),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        undone_at TEXT
      ) STRICT;

      -- Each section a replace changed: the revisions before and after, and its title before and
      -- after (equal when only its text changed).
      CREATE TABLE replacement_sections (
        replacement_id TEXT NOT NULL REFERENCES replacements (id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 1),
        from_revision INTEGER NOT NULL CHECK (from_revision >= 0),
        to_revision INTEGER NOT NULL CHECK (to_revision >= 0),
        from_title TEXT NOT NULL,
        to_title TEXT NOT NULL,
        PRIMARY KEY (replacement_id, section_id)
      ) STRICT;
    `);
  },
};
