import type { Migration } from './types';

/** A column holding an ISO calendar date (yyyy-mm-dd) or NULL. */
const isoDate = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

const hex64 = (column: string) =>
  `CHECK (length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*')`;

/**
 * Schema 5: comment rounds (kommenttikierros). The register of respondent organisations, with the
 * names they have appeared under in imports (aliases, so a Word author maps the same way next time);
 * rounds, each on one frozen version, with the respondents asked and targeted questions; the record
 * of imported files (to warn on a second import); and the comments with their quoted passage
 * (TextQuoteSelector: exact, prefix, suffix), kind, resolution and response (vastine).
 *
 * A comment's section_id is the section as in the round's version, deliberately not a foreign key:
 * a section removed from the plan later leaves its comments, shown as about a removed section.
 * `name_key` columns hold the name lower-cased and with whitespace collapsed (set by the core), so
 * "Keravan kaupunki" and "keravan  kaupunki" are the same respondent.
 */
export const rounds: Migration = {
  version: 5,
  up(db) {
    db.exec(`
      CREATE TABLE respondents (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        name_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN
          ('municipality', 'provider', 'county', 'guardians', 'students', 'other')),
        contact TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 500),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE respondent_aliases (
        alias_key TEXT PRIMARY KEY,
        alias TEXT NOT NULL CHECK (length(alias) BETWEEN 1 AND 200),
        respondent_id TEXT NOT NULL REFERENCES respondents (id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX aliases_by_respondent ON respondent_aliases (respondent_id);

      CREATE TABLE rounds (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        title_key TEXT NOT NULL UNIQUE,
        version_id TEXT NOT NULL REFERENCES versions (id),
        opens_on TEXT ${isoDate('opens_on')},
        closes_on TEXT ${isoDate('closes_on')},
        instructions TEXT NOT NULL DEFAULT '' CHECK (length(instructions) <= 5000),
        status TEXT NOT NULL DEFAULT 'preparation'
          CHECK (status IN ('preparation', 'open', 'closed', 'reviewed')),
        created_at TEXT NOT NULL,
        CHECK (closes_on IS NULL OR opens_on IS NULL OR closes_on >= opens_on)
      ) STRICT;
      CREATE INDEX rounds_by_version ON rounds (version_id);

      CREATE TABLE round_invitees (
        round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        respondent_id TEXT NOT NULL REFERENCES respondents (id) ON DELETE CASCADE,
        PRIMARY KEY (round_id, respondent_id)
      ) STRICT;

      CREATE TABLE questions (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        section_id TEXT,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000)
      ) STRICT;
      CREATE INDEX questions_by_round ON questions (round_id, position);

      CREATE TABLE comment_imports (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 4096),
        file_digest TEXT NOT NULL ${hex64('file_digest')},
        kind TEXT NOT NULL CHECK (kind IN ('docx', 'csv', 'xlsx')),
        imported_at TEXT NOT NULL,
        comments INTEGER NOT NULL CHECK (comments >= 0)
      ) STRICT;
      CREATE INDEX imports_by_digest ON comment_imports (round_id, file_digest);

      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        respondent_id TEXT NOT NULL REFERENCES respondents (id),
        section_id TEXT,
        question_id TEXT REFERENCES questions (id) ON DELETE SET NULL,
        parent_id TEXT REFERENCES comments (id) ON DELETE CASCADE,
        quote_exact TEXT CHECK (quote_exact IS NULL OR length(quote_exact) BETWEEN 1 AND 2000),
        quote_prefix TEXT NOT NULL DEFAULT '' CHECK (length(quote_prefix) <= 64),
        quote_suffix TEXT NOT NULL DEFAULT '' CHECK (length(quote_suffix) <= 64),
        text TEXT NOT NULL CHECK (length(text) <= 20000),
        kind TEXT NOT NULL CHECK (kind IN ('comment', 'change')),
        proposal TEXT CHECK (proposal IS NULL OR length(proposal) <= 4000),
        source TEXT NOT NULL CHECK (source IN ('manual', 'docx', 'survey')),
        import_id TEXT REFERENCES comment_imports (id) ON DELETE SET NULL,
        source_file TEXT,
        source_author TEXT,
        source_ref TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        resolution TEXT NOT NULL DEFAULT 'open'
          CHECK (resolution IN ('open', 'accepted', 'partial', 'rejected', 'noted')),
        response TEXT NOT NULL DEFAULT '' CHECK (length(response) <= 20000),
        resolved_by TEXT NOT NULL DEFAULT '',
        resolved_at TEXT,
        applied_revision INTEGER CHECK (applied_revision IS NULL OR applied_revision >= 1),
        applied_from_revision INTEGER
          CHECK (applied_from_revision IS NULL OR applied_from_revision >= 1),
        UNIQUE (round_id, number),
        CHECK (resolution = 'open' OR length(trim(response)) > 0),
        CHECK (kind = 'comment' OR (proposal IS NOT NULL AND quote_exact IS NOT NULL)),
        CHECK (kind = 'change' OR length(trim(text)) > 0),
        CHECK (parent_id IS NULL OR resolution = 'open')
      ) STRICT;
      CREATE INDEX comments_by_round ON comments (round_id, number);
      CREATE INDEX comments_by_respondent ON comments (respondent_id);
      CREATE INDEX comments_by_parent ON comments (parent_id);
    `);
  },
};
