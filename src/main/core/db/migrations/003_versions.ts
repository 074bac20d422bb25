import type { Migration } from './types';

/**
 * The default decision process as it was when schema 3 was released, frozen here: a released
 * migration never changes, so a file made by Suunta 0.2 always gets these same milestones (the
 * process of new plans lives in src/shared/process and may move on). Each row: kind and the
 * decision body in fi, sv and en; titles stay null, so their labels follow the UI language.
 */
export const processAtSchema3: ReadonlyArray<
  readonly [kind: string, fi: string, sv: string, en: string]
> = [
  [
    'memberSurvey',
    'Alueellinen opiskeluhuollon yhteistyöryhmä',
    'Regionala samarbetsgruppen för elevhälsan',
    'Regional student welfare cooperation group',
  ],
  [
    'commentRound',
    'Alueellinen opiskeluhuollon yhteistyöryhmä',
    'Regionala samarbetsgruppen för elevhälsan',
    'Regional student welfare cooperation group',
  ],
  ['eveningSession', 'Aluehallitus', 'Regionstyrelsen', 'Regional board'],
  [
    'committee',
    'Palvelujen järjestämisen lautakunta',
    'Nämnden för ordnande av tjänster',
    'Service-organising committee',
  ],
  ['regionalBoard', 'Aluehallitus', 'Regionstyrelsen', 'Regional board'],
  ['regionalCouncil', 'Aluevaltuusto', 'Regionfullmäktige', 'Regional council'],
  ['enforcement', 'Aluehallitus', 'Regionstyrelsen', 'Regional board'],
  ['publication', 'Hyvinvointialue', 'Välfärdsområdet', 'Wellbeing services county'],
  [
    'nextPlan',
    'Alueellinen opiskeluhuollon yhteistyöryhmä',
    'Regionala samarbetsgruppen för elevhälsan',
    'Regional student welfare cooperation group',
  ],
];

const KINDS = `'memberSurvey', 'commentRound', 'eveningSession', 'committee', 'regionalBoard',
  'regionalCouncil', 'enforcement', 'publication', 'nextPlan', 'other'`;

/** A column holding an ISO calendar date (yyyy-mm-dd) or NULL. */
const isoDate = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

/**
 * Schema 3: versions and decision milestones. A version is a frozen snapshot of the whole plan
 * (the canonical JSON whose SHA-256 is its digest), numbered 1, 2, 3 …; a milestone is one step of
 * the decision process, in order, possibly linked to the version presented to it. Revision rows
 * learn which revision a restore brought back and when their coalescing window opened. A file of
 * an earlier schema gets the default process, in its plan language.
 */
export const versions: Migration = {
  version: 3,
  up(db) {
    db.exec(`
      CREATE TABLE versions (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
        label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        kind TEXT NOT NULL CHECK (kind IN ('named', 'decision', 'round')),
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        milestone_id TEXT REFERENCES milestones (id) ON DELETE SET NULL,
        digest TEXT NOT NULL CHECK (length(digest) = 64 AND digest NOT GLOB '*[^0-9a-f]*'),
        snapshot TEXT NOT NULL
      ) STRICT;

      CREATE TABLE milestones (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL CHECK (position >= 0),
        kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
        title TEXT CHECK (title IS NULL OR length(title) BETWEEN 1 AND 200),
        planned_date TEXT ${isoDate('planned_date')},
        planned_end_date TEXT ${isoDate('planned_end_date')},
        actual_date TEXT ${isoDate('actual_date')},
        status TEXT NOT NULL DEFAULT 'planned'
          CHECK (status IN ('planned', 'done', 'cancelled', 'postponed')),
        body TEXT NOT NULL DEFAULT '',
        meeting_date TEXT ${isoDate('meeting_date')},
        item_number TEXT NOT NULL DEFAULT '',
        decision_text TEXT NOT NULL DEFAULT '',
        minutes_url TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        version_id TEXT REFERENCES versions (id),
        CHECK (planned_end_date IS NULL
          OR (planned_date IS NOT NULL AND planned_end_date >= planned_date))
      ) STRICT;
      CREATE INDEX milestones_by_position ON milestones (position);
      CREATE INDEX milestones_by_version ON milestones (version_id);
      CREATE INDEX versions_by_milestone ON versions (milestone_id);

      ALTER TABLE revisions ADD COLUMN restored_from INTEGER CHECK (restored_from >= 1);
      ALTER TABLE revisions ADD COLUMN window_start TEXT;
    `);
    // A new file (no plan yet) gets its milestones from the app's current process when created.
    const meta = db.prepare('SELECT language FROM meta WHERE id = 1').get() as
      { language: 'fi' | 'sv' | 'en' } | undefined;
    if (!meta) return;
    const column = { fi: 1, sv: 2, en: 3 }[meta.language];
    const insert = db.prepare(
      `INSERT INTO milestones (id, position, kind, body) VALUES (?, ?, ?, ?)`,
    );
    processAtSchema3.forEach((row, position) => {
      insert.run(`m${position + 1}`, position, row[0], row[column]);
    });
  },
};
