import type { Migration } from './types';

/** A column holding an ISO calendar date (yyyy-mm-dd) or NULL. */
const isoDate = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

const levels = `('preschool', 'basic', 'upperSecondary', 'vocational', 'tuva')`;
const professions = `('kuraattori', 'psykologi', 'terveydenhoitaja', 'laakari')`;

/**
 * The ratio set every plan starts with, frozen here as it was when this step was released (the
 * app's catalogue, src/shared/staffing/ratio-sets.ts, may gain newer sets; a plan keeps the copy
 * it uses, so its figures never change under it).
 */
const defaultSet = {
  id: 'ophl-2023',
  fi: 'OpHL:n mitoitus (1.8.2023) ja THL:n suositukset',
  sv: 'Dimensioneringen i lagen om elev- och studerandevård (1.8.2023) och THL:s rekommendationer',
  en: 'Statutory ratios (1 Aug 2023) and THL recommendations',
  effectiveFrom: '2023-08-01',
};
const statutory = 'OpHL, muutos HE 165/2021 vp (EV 180/2021)';
const defaultRatios: Array<[string, string, number, string, string, string]> = [
  ['kuraattori', 'basic', 670, 'statutory', statutory, '2022-08-01'],
  ['kuraattori', 'secondary', 670, 'statutory', statutory, '2022-08-01'],
  ['psykologi', 'basic', 780, 'statutory', statutory, '2023-08-01'],
  ['psykologi', 'secondary', 780, 'statutory', statutory, '2023-08-01'],
  ['terveydenhoitaja', 'basic', 460, 'recommendation', 'THL 2023', '2023-04-01'],
  [
    'terveydenhoitaja',
    'secondary',
    570,
    'recommendation',
    'STM, Opiskeluterveydenhuollon opas 2020–21',
    '2021-04-16',
  ],
  ['laakari', 'basic', 2100, 'recommendation', 'STM/THL 2004 (ennallaan 2023)', '2004-01-01'],
  [
    'laakari',
    'secondary',
    1800,
    'recommendation',
    'STM, Opiskeluterveydenhuollon opas 2020–21',
    '2021-04-16',
  ],
];

/**
 * Schema 6: the plan's numbers (issue 7). The register of education providers with their own plans
 * (OpHL 13 §) and the levels they provide; the ratio set the plan computes against, copied into the
 * file (`plan_ratio_set` has one row, `plan_ratios` its figures); the staffing table, FTEs kept in
 * hundredths (INTEGER) so sums and comparisons are exact; and the indicator set (mittaristo) with
 * its follow-up values by year. `name_key`/`area_key` hold the name lower-cased with whitespace
 * collapsed (set by the core), as in schema 5.
 */
export const planData: Migration = {
  version: 6,
  up(db) {
    db.exec(`
      CREATE TABLE providers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        name_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('municipality', 'jointAuthority', 'private', 'state')),
        language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'both')),
        plan_status TEXT NOT NULL CHECK (plan_status IN ('notStarted', 'inPreparation', 'adopted')),
        adopted_on TEXT ${isoDate('adopted_on')},
        plan_reference TEXT NOT NULL DEFAULT '' CHECK (length(plan_reference) <= 1000),
        need_text TEXT NOT NULL DEFAULT '' CHECK (length(need_text) <= 5000),
        need_figures TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(need_figures)),
        created_at TEXT NOT NULL,
        CHECK (adopted_on IS NULL OR plan_status = 'adopted')
      ) STRICT;

      CREATE TABLE provider_levels (
        provider_id TEXT NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ${levels}),
        PRIMARY KEY (provider_id, level)
      ) STRICT;

      CREATE TABLE plan_ratio_set (
        id TEXT PRIMARY KEY,
        name_fi TEXT NOT NULL,
        name_sv TEXT NOT NULL,
        name_en TEXT NOT NULL,
        effective_from TEXT NOT NULL ${isoDate('effective_from')}
      ) STRICT;

      CREATE TABLE plan_ratios (
        profession TEXT NOT NULL CHECK (profession IN ${professions}),
        level_group TEXT NOT NULL CHECK (level_group IN ('basic', 'secondary')),
        per_fte INTEGER NOT NULL CHECK (per_fte BETWEEN 1 AND 100000),
        kind TEXT NOT NULL CHECK (kind IN ('statutory', 'recommendation')),
        source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
        effective_from TEXT NOT NULL ${isoDate('effective_from')},
        PRIMARY KEY (profession, level_group)
      ) STRICT;

      CREATE TABLE staffing_rows (
        id TEXT PRIMARY KEY,
        area TEXT NOT NULL CHECK (length(area) BETWEEN 1 AND 200),
        area_key TEXT NOT NULL,
        provider_id TEXT REFERENCES providers (id) ON DELETE SET NULL,
        level TEXT NOT NULL CHECK (level IN ${levels}),
        pupils INTEGER CHECK (pupils IS NULL OR pupils >= 0),
        fte_kuraattori INTEGER CHECK (fte_kuraattori IS NULL OR fte_kuraattori >= 0),
        fte_psykologi INTEGER CHECK (fte_psykologi IS NULL OR fte_psykologi >= 0),
        fte_terveydenhoitaja INTEGER
          CHECK (fte_terveydenhoitaja IS NULL OR fte_terveydenhoitaja >= 0),
        fte_laakari INTEGER CHECK (fte_laakari IS NULL OR fte_laakari >= 0),
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
        UNIQUE (area_key, level)
      ) STRICT;
      CREATE INDEX staffing_by_provider ON staffing_rows (provider_id);

      CREATE TABLE indicators (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        name_key TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL
          CHECK (source IN ('kouluterveyskysely', 'teaviisari', 'avohilmo', 'own')),
        unit TEXT NOT NULL DEFAULT '' CHECK (length(unit) <= 60),
        better TEXT NOT NULL CHECK (better IN ('higher', 'lower')),
        area TEXT NOT NULL DEFAULT '' CHECK (length(area) <= 200),
        grp TEXT NOT NULL DEFAULT '' CHECK (length(grp) <= 200),
        baseline_year INTEGER CHECK (baseline_year IS NULL OR baseline_year BETWEEN 1990 AND 2100),
        baseline_value REAL,
        target_year INTEGER CHECK (target_year IS NULL OR target_year BETWEEN 1990 AND 2100),
        target_value REAL,
        starter_key TEXT UNIQUE,
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
        position INTEGER NOT NULL,
        CHECK ((baseline_year IS NULL) = (baseline_value IS NULL)),
        CHECK ((target_year IS NULL) = (target_value IS NULL))
      ) STRICT;

      CREATE TABLE indicator_values (
        indicator_id TEXT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        value REAL NOT NULL,
        PRIMARY KEY (indicator_id, year)
      ) STRICT;
    `);
    db.prepare(
      'INSERT INTO plan_ratio_set (id, name_fi, name_sv, name_en, effective_from) VALUES (?, ?, ?, ?, ?)',
    ).run(defaultSet.id, defaultSet.fi, defaultSet.sv, defaultSet.en, defaultSet.effectiveFrom);
    const insertRatio = db.prepare(
      'INSERT INTO plan_ratios (profession, level_group, per_fte, kind, source, effective_from) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const ratio of defaultRatios) insertRatio.run(...ratio);
  },
};
