import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { countWords, editorStatePlainText, parseEditorState } from '../../../shared/domain/lexical';
import { APPLICATION_ID } from './header';
import { migrations, SCHEMA_VERSION } from './migrations';
import { templateLinksAtSchema2 } from './migrations/002_checklist';
import { processAtSchema3 } from './migrations/003_versions';

/**
 * Files for tests (unit and e2e) of how plan files are opened and refused. One builder per schema
 * version makes a file exactly as that version of the app wrote it, so every migration path stays
 * testable after the schema moves on. Each file is left closed, in rollback-journal mode.
 */

export interface FixtureSection {
  id: string;
  parentId: string | null;
  title: string;
  /** The template section it was made from (null or absent: added by the user). */
  templateKey?: string | null;
  /** Schema 2+: the requirements it is linked to; absent: those of its template key. */
  requirements?: string[];
  /** Saved texts, oldest first (each becomes a revision row); none: never written in. */
  contents?: string[];
}

export interface FixturePlan {
  title: string;
  region: string;
  period: string | null;
  language: 'fi' | 'sv' | 'en';
  /** Schema 2+: the Helsinki variant (default false). */
  helsinki?: boolean;
  sections: FixtureSection[];
}

export const samplePlan: FixturePlan = {
  title: 'Alueellinen opiskeluhuoltosuunnitelma',
  region: 'Esimerkin hyvinvointialue',
  period: '2026–2029',
  language: 'fi',
  sections: [
    {
      id: 'intro',
      parentId: null,
      title: 'Johdanto',
      templateKey: 'intro',
      contents: [lexicalText('Ensimmäinen')],
    },
    {
      id: 'goals',
      parentId: null,
      title: 'Tavoitteet',
      templateKey: 'goals',
      contents: [lexicalText('Luonnos'), lexicalText('Tavoitteet ja periaatteet')],
    },
    { id: 'goals-a', parentId: 'goals', title: 'Periaatteet' },
  ],
};

/** A minimal serialized Lexical state with one paragraph of `text`. */
export function lexicalText(text: string): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', version: 1, text }],
        },
      ],
    },
  });
}

const plainOf = (content: string) => editorStatePlainText(parseEditorState(content)!);

/** Schema 1, as Suunta 0.1 writes it. */
function fillVersion1(db: Database.Database, plan: FixturePlan): void {
  const at = '2026-01-15T08:00:00.000Z';
  db.prepare(
    `INSERT INTO meta (id, title, region, period, language, created_at, template_version, app_version)
     VALUES (1, ?, ?, ?, ?, ?, '2026-11-28', '0.1.0')`,
  ).run(plan.title, plan.region, plan.period, plan.language, at);
  const positions = new Map<string | null, number>();
  for (const section of plan.sections) {
    const position = positions.get(section.parentId) ?? 0;
    positions.set(section.parentId, position + 1);
    const contents = section.contents ?? [];
    const last = contents[contents.length - 1] ?? null;
    db.prepare(
      `INSERT INTO sections (id, parent_id, position, title, template_key, content, plain_text,
         words, revision, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      section.id,
      section.parentId,
      position,
      section.title,
      section.templateKey ?? null,
      last,
      last === null ? '' : plainOf(last),
      last === null ? 0 : countWords(plainOf(last)),
      contents.length,
      at,
    );
    contents.forEach((content, index) => {
      db.prepare(
        `INSERT INTO revisions (section_id, revision, content, plain_text, created_at, author)
         VALUES (?, ?, ?, ?, ?, 'Testaaja')`,
      ).run(section.id, index + 1, content, plainOf(content), at);
    });
  }
}

/** Schema 2, as Suunta 0.2 writes it: schema 1's content plus checklist links and settings. */
function fillVersion2(db: Database.Database, plan: FixturePlan): void {
  fillVersion1(db, plan);
  db.prepare('UPDATE meta SET helsinki = ?, app_version = ? WHERE id = 1').run(
    plan.helsinki ? 1 : 0,
    '0.2.0',
  );
  const link = db.prepare(
    'INSERT INTO section_requirements (section_id, requirement_id) VALUES (?, ?)',
  );
  for (const section of plan.sections) {
    const key = section.templateKey ?? null;
    const requirements =
      section.requirements ?? (key === null ? [] : (templateLinksAtSchema2[key] ?? []));
    for (const requirement of requirements) link.run(section.id, requirement);
  }
}

/**
 * Schema 3, as Suunta 0.3 writes it: schema 2's content plus the default decision process (no
 * dates, titles null, bodies in the plan's language) and no versions yet.
 */
function fillVersion3(db: Database.Database, plan: FixturePlan): void {
  fillVersion2(db, plan);
  db.prepare('UPDATE meta SET app_version = ? WHERE id = 1').run('0.3.0');
  const column = { fi: 1, sv: 2, en: 3 }[plan.language];
  const insert = db.prepare(
    'INSERT INTO milestones (id, position, kind, body) VALUES (?, ?, ?, ?)',
  );
  processAtSchema3.forEach((row, position) => {
    insert.run(`m${position + 1}`, position, row[0], row[column]);
  });
}

/**
 * Schema 4, as Suunta 0.4 writes it: schema 3's content plus one recorded export (a draft PDF of
 * the current text).
 */
function fillVersion4(db: Database.Database, plan: FixturePlan): void {
  fillVersion3(db, plan);
  db.prepare('UPDATE meta SET app_version = ? WHERE id = 1').run('0.4.0');
  db.prepare(
    `INSERT INTO exports (id, format, path, exported_at, content_digest, file_digest, version_id,
       final, language)
     VALUES ('e1', 'pdf', '/tmp/suunnitelma.pdf', '2026-01-16T08:00:00.000Z', ?, ?, NULL, 0, ?)`,
  ).run('a'.repeat(64), 'b'.repeat(64), plan.language);
}

/** Schema 5, as Suunta 0.5 writes it: schema 4's content and no comment rounds yet. */
function fillVersion5(db: Database.Database, plan: FixturePlan): void {
  fillVersion4(db, plan);
  db.prepare('UPDATE meta SET app_version = ? WHERE id = 1').run('0.5.0');
}

/** Schema 6, as Suunta 0.6 writes it: schema 5's content, the default ratio set and no data yet. */
function fillVersion6(db: Database.Database, plan: FixturePlan): void {
  fillVersion5(db, plan);
  db.prepare('UPDATE meta SET app_version = ? WHERE id = 1').run('0.6.0');
}

/**
 * Schema 7, as Suunta 0.7 writes it: schema 6's content, its search index filled by the triggers
 * as it was written, and no replaces yet.
 */
function fillVersion7(db: Database.Database, plan: FixturePlan): void {
  fillVersion6(db, plan);
  db.prepare('UPDATE meta SET app_version = ? WHERE id = 1').run('0.7.0');
}

const fillers: Record<number, (db: Database.Database, plan: FixturePlan) => void> = {
  1: fillVersion1,
  2: fillVersion2,
  3: fillVersion3,
  4: fillVersion4,
  5: fillVersion5,
  6: fillVersion6,
  7: fillVersion7,
};

/** Writes a plan file of schema `version` (default: the current one) holding `plan`. */
export function writePlanAtVersion(
  path: string,
  plan: FixturePlan = samplePlan,
  version: number = SCHEMA_VERSION,
): void {
  const fill = fillers[version];
  if (!fill) throw new Error(`no fixture builder for schema ${version}`);
  const db = new Database(path);
  try {
    db.transaction(() => {
      for (const step of migrations) if (step.version <= version) step.up(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${version}`);
      fill(db, plan);
    })();
  } finally {
    db.close();
  }
}

/** A plan as a later Suunta (schema `version`) might write it: refused with NEWER_VERSION. */
export function writeNewerVersionPlan(path: string, version = SCHEMA_VERSION + 1): void {
  writePlanAtVersion(path);
  const db = new Database(path);
  try {
    db.exec('CREATE TABLE annotations (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
    db.pragma(`user_version = ${version}`);
  } finally {
    db.close();
  }
}

/** Somebody else's SQLite database (no application id of ours), in WAL mode like many are. */
export function writeForeignSqliteFile(path: string): void {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello')",
    );
  } finally {
    db.close();
  }
}

/** Bytes that are no database at all. */
export function writeRandomBytesFile(path: string, size = 8192): void {
  writeFileSync(path, randomBytes(size));
}

/** Rows of a query on a closed plan file, read-only: what a migration or a write left there. */
export function readRows<T>(path: string, sql: string): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
