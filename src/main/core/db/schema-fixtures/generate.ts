import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import canonicalize from 'canonicalize';
import { withRollbackHeader } from '../header';
import { lexicalText, writePlanAtVersion, type FixturePlan } from '../fixtures';
import { migrations, SCHEMA_VERSION } from '../migrations';
import { countWords } from '../../../../shared/domain/lexical';
import { writeText } from '../../sections/repository';
import { captureSnapshot, canonicalJson, digestOf } from '../../versions/snapshot';

/**
 * The committed plan files of every schema version (`schema-N.opsu`), each as that release of
 * Suunta wrote it, with what the version introduced in use: sections with revisions (1), checklist
 * links (2), a version and dated milestones (3), an export record (4), a comment round (5), the
 * plan's data with a second version (6) and a replace across the plan, undoable (7).
 * `schema-fixtures.test.ts` opens every one.
 *
 * Released files are frozen: this writes only the missing ones. When a schema step is added, give
 * `writePlanAtVersion` (../fixtures.ts) and `addFeatures` below the new version, then run
 *   npx tsx src/main/core/db/schema-fixtures/generate.ts
 * and commit the new file. The output is deterministic (fixed ids and times) for one SQLite build.
 */

export const FIXTURE_DIR = fileURLToPath(new URL('.', import.meta.url));
export const fixturePath = (version: number) => join(FIXTURE_DIR, `schema-${version}.opsu`);

export const fixturePlan: FixturePlan = {
  title: 'Keski-Uudenmaan alueellinen opiskeluhuoltosuunnitelma',
  region: 'Keski-Uudenmaan hyvinvointialue',
  period: '2026–2029',
  language: 'fi',
  sections: [
    {
      id: 'intro',
      parentId: null,
      title: 'Johdanto',
      templateKey: 'intro',
      contents: [
        lexicalText('Suunnitelma laaditaan yhdessä kuntien kanssa.'),
        lexicalText(
          'Suunnitelma laaditaan yhdessä alueen kuntien, oppilaitosten ja järjestöjen kanssa.',
        ),
      ],
    },
    {
      id: 'goals',
      parentId: null,
      title: 'Tavoitteet',
      templateKey: 'goals',
      contents: [
        lexicalText('Luonnos'),
        lexicalText('Hyvinvoinnin edistäminen'),
        lexicalText('Hyvinvoinnin edistäminen ja kiusaamisen ehkäisy ovat yhteisiä tavoitteita.'),
      ],
    },
    {
      id: 'goals-a',
      parentId: 'goals',
      title: 'Yhteisöllinen opiskeluhuolto',
      contents: [lexicalText('Yhteisöllinen työ tehdään koko oppilaitoksen voimin.')],
    },
    {
      id: 'own',
      parentId: null,
      title: 'Alueen omat painotukset – Öljymäen koulu',
      templateKey: null,
      contents: [lexicalText('Äidinkielen ja kaksikielisyyden huomioiminen.')],
    },
    { id: 'empty', parentId: null, title: 'Seuranta', templateKey: null },
  ],
};

const at = (day: string) => `2026-${day}T09:00:00.000Z`;

/** The plan as a version freezes it, read through a memory copy brought to today's schema. */
function snapshotText(db: Database.Database, format: 1 | 2): string {
  const copy = new Database(withRollbackHeader(db.serialize()));
  try {
    copy.transaction(() => {
      const from = copy.pragma('user_version', { simple: true }) as number;
      for (const step of migrations) if (step.version > from) step.up(copy);
    })();
    const snapshot = captureSnapshot(copy);
    if (format === 2) return canonicalJson(snapshot);
    // Versions frozen before schema 6 held no data (snapshot format 1).
    const old: Record<string, unknown> = { ...snapshot, format: 1 };
    delete old.data;
    return canonicalize(old)!;
  } finally {
    copy.close();
  }
}

function insertVersion(
  db: Database.Database,
  row: { id: string; number: number; label: string; createdAt: string; format: 1 | 2 },
): void {
  const snapshot = snapshotText(db, row.format);
  db.prepare(
    `INSERT INTO versions (id, number, label, kind, note, created_at, created_by, digest, snapshot)
     VALUES (?, ?, ?, 'named', '', ?, 'Testaaja', ?, ?)`,
  ).run(row.id, row.number, row.label, row.createdAt, digestOf(snapshot), snapshot);
}

/** Schema 3: a version, sent to the comment round milestone; the survey milestone done. */
function addVersionsAndMilestones(db: Database.Database): void {
  insertVersion(db, {
    id: 'v1',
    number: 1,
    label: 'Lausuntoversio',
    createdAt: at('02-01'),
    format: 1,
  });
  db.prepare(
    "UPDATE milestones SET status = 'done', actual_date = '2026-01-20' WHERE id = 'm1'",
  ).run();
  db.prepare(
    `UPDATE milestones SET planned_date = '2026-02-02', planned_end_date = '2026-03-01',
       version_id = 'v1' WHERE id = 'm2'`,
  ).run();
}

/** Schema 5: a comment round on version 1 with two respondents, a question and two comments. */
function addCommentRound(db: Database.Database): void {
  db.exec(`
    INSERT INTO respondents (id, name, name_key, kind, created_at) VALUES
      ('r1', 'Keravan kaupunki', 'keravan kaupunki', 'municipality', '${at('02-02')}'),
      ('r2', 'Tuusulan lukio', 'tuusulan lukio', 'provider', '${at('02-02')}');
    INSERT INTO respondent_aliases (alias_key, alias, respondent_id)
      VALUES ('kerava', 'Kerava', 'r1');
    INSERT INTO rounds (id, title, title_key, version_id, opens_on, closes_on, status, created_at)
      VALUES ('k1', 'Lausuntokierros kevät 2026', 'lausuntokierros kevät 2026', 'v1',
        '2026-02-02', '2026-03-01', 'open', '${at('02-02')}');
    INSERT INTO round_invitees (round_id, respondent_id) VALUES ('k1', 'r1'), ('k1', 'r2');
    INSERT INTO questions (id, round_id, position, section_id, text)
      VALUES ('q1', 'k1', 0, 'goals', 'Ovatko tavoitteet riittävän konkreettisia?');
    INSERT INTO comments (id, round_id, number, respondent_id, section_id, question_id,
        quote_exact, text, kind, source, created_at, created_by)
      VALUES ('c1', 'k1', 1, 'r1', 'goals', 'q1', 'kiusaamisen ehkäisy',
        'Kiusaamisen ehkäisyyn tarvitaan mittarit.', 'comment', 'manual', '${at('02-10')}',
        'Testaaja');
    INSERT INTO comments (id, round_id, number, respondent_id, section_id, quote_exact, proposal,
        text, kind, source, created_at, created_by, resolution, response, resolved_by, resolved_at)
      VALUES ('c2', 'k1', 2, 'r2', 'intro', 'oppilaitosten', 'oppilaitosten ja huoltajien', '',
        'change', 'manual', '${at('02-11')}', 'Testaaja', 'noted',
        'Huoltajat mainitaan seuraavassa versiossa.', 'Testaaja', '${at('02-20')}');
  `);
}

/** Schema 6: a provider, a staffing row, an indicator with values, and a version holding them. */
function addPlanData(db: Database.Database): void {
  db.exec(`
    INSERT INTO providers (id, name, name_key, kind, language, plan_status, adopted_on, created_at)
      VALUES ('p1', 'Keravan kaupunki', 'keravan kaupunki', 'municipality', 'fi', 'adopted',
        '2025-12-10', '${at('03-01')}');
    INSERT INTO provider_levels (provider_id, level) VALUES ('p1', 'preschool'), ('p1', 'basic');
    INSERT INTO staffing_rows (id, area, area_key, provider_id, level, pupils, fte_kuraattori,
        fte_psykologi, fte_terveydenhoitaja, fte_laakari, note)
      VALUES ('s1', 'Kerava', 'kerava', 'p1', 'basic', 1340, 150, 100, 300, 20,
        'Lukuvuosi 2025–2026');
    INSERT INTO indicators (id, name, name_key, source, unit, better, area, grp, baseline_year,
        baseline_value, target_year, target_value, position)
      VALUES ('i1', 'Koulukiusatuksi joutuneet', 'koulukiusatuksi joutuneet', 'kouluterveyskysely',
        '%', 'lower', 'Kerava', '8. ja 9. luokka', 2023, 7.1, 2029, 5.0, 0);
    INSERT INTO indicator_values (indicator_id, year, value) VALUES ('i1', 2023, 7.1), ('i1', 2025, 6.4);
  `);
  insertVersion(db, {
    id: 'v2',
    number: 2,
    label: 'Hallituksen käsittelyyn',
    createdAt: at('03-02'),
    format: 2,
  });
}

/** The replace of schema 7's file: one word of section `own`, its revision 1 → 2. */
export const fixtureReplacement = {
  id: 'x1',
  sectionId: 'own',
  find: 'kaksikielisyyden',
  replacement: 'monikielisyyden',
  text: 'Äidinkielen ja monikielisyyden huomioiminen.',
};

/** Schema 7: a replace across the plan ("Korvaa kaikki"), recorded so that it can be undone. */
function addReplacement(db: Database.Database): void {
  const { id, sectionId, find, replacement, text } = fixtureReplacement;
  const title = fixturePlan.sections.find((section) => section.id === sectionId)!.title;
  writeText(db, {
    id: sectionId,
    content: lexicalText(text),
    plainText: text,
    words: countWords(text),
    revision: 2,
    updatedAt: at('03-05'),
    author: 'Testaaja',
  });
  db.prepare(
    `INSERT INTO replacements (id, find, replacement, created_at, created_by)
     VALUES (?, ?, ?, ?, 'Testaaja')`,
  ).run(id, find, replacement, at('03-05'));
  db.prepare(
    `INSERT INTO replacement_sections (replacement_id, section_id, count, from_revision,
       to_revision, from_title, to_title)
     VALUES (?, ?, 1, 1, 2, ?, ?)`,
  ).run(id, sectionId, title, title);
}

/** What each schema version added to the plans written with it (4's export: writePlanAtVersion). */
const features: Record<number, (db: Database.Database) => void> = {
  3: addVersionsAndMilestones,
  5: addCommentRound,
  6: addPlanData,
  7: addReplacement,
};

export function writeSchemaFixture(path: string, version: number): void {
  writePlanAtVersion(path, fixturePlan, version);
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      for (let step = 1; step <= version; step += 1) features[step]?.(db);
    })();
  } finally {
    db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (let version = 1; version <= SCHEMA_VERSION; version += 1) {
    const path = fixturePath(version);
    if (existsSync(path)) continue;
    writeSchemaFixture(path, version);
    console.log(`wrote ${path}`);
  }
}
