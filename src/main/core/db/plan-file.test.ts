import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreError } from '../errors';
import { fileState } from '../testing/files';
import {
  lexicalText,
  samplePlan,
  writeForeignSqliteFile,
  writeNewerVersionPlan,
  writePlanAtVersion,
  writeRandomBytesFile,
} from './fixtures';
import { planBackupFolder } from '../backups/naming';
import { APPLICATION_ID } from './header';
import { migrations, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/types';
import {
  closePlanFile,
  createPlanFile,
  openPlanFile,
  probePlanFile,
  readPlanFile,
  type Db,
} from './plan-file';

let dir: string;
const backupDir = () => join(dir, 'backups');
const openOptions = (extra: Partial<Parameters<typeof openPlanFile>[1]> = {}) => ({
  backupDir: backupDir(),
  appVersion: '9.9.9',
  now: () => new Date('2026-05-04T10:00:00.000Z'),
  ...extra,
});

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(CoreError);
    return (error as CoreError).code;
  }
  throw new Error('expected a CoreError');
}

async function asyncCodeOf(action: () => Promise<unknown>): Promise<CoreError> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(CoreError);
    return error as CoreError;
  }
  throw new Error('expected a CoreError');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'suunta-db-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('refusing files that are not openable plans', () => {
  const cases: Array<[string, (path: string) => void, string]> = [
    ['random bytes', (path) => writeRandomBytesFile(path), 'NOT_A_PLAN'],
    ['an empty file', (path) => writeFileSync(path, ''), 'NOT_A_PLAN'],
    ['a short text file', (path) => writeFileSync(path, 'hello\n'), 'NOT_A_PLAN'],
    ['a foreign SQLite database (WAL)', writeForeignSqliteFile, 'NOT_A_PLAN'],
    ['a plan from a newer Suunta', (path) => writeNewerVersionPlan(path), 'NEWER_VERSION'],
    [
      'a file with our id but no schema version',
      (path) => {
        const db = new Database(path);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.close();
      },
      'CORRUPT',
    ],
  ];

  for (const [name, write, code] of cases) {
    it(`refuses ${name} with ${code}, leaving it byte-identical and alone`, async () => {
      const path = join(dir, 'file.opsu');
      write(path);
      const before = fileState(path);
      expect(codeOf(() => probePlanFile(path))).toBe(code);
      expect((await asyncCodeOf(() => openPlanFile(path, openOptions()))).code).toBe(code);
      expect(codeOf(() => readPlanFile(path, () => null))).toBe(code);
      expect(fileState(path)).toEqual(before);
    });
  }

  it('says which versions disagree when the file is newer', async () => {
    const path = join(dir, 'newer.opsu');
    writeNewerVersionPlan(path, SCHEMA_VERSION + 3);
    const error = await asyncCodeOf(() => openPlanFile(path, openOptions()));
    expect(error.details).toEqual({
      path,
      fileVersion: SCHEMA_VERSION + 3,
      appVersion: SCHEMA_VERSION,
    });
  });

  it('refuses a damaged plan with CORRUPT', async () => {
    const path = join(dir, 'damaged.opsu');
    writePlanAtVersion(path);
    const bytes = readFileSync(path);
    // Overwrite the sections table's pages past the header: the b-tree no longer adds up.
    for (let i = 4096 + 8; i < bytes.length; i++) bytes[i] = 0x5a;
    writeFileSync(path, bytes);
    const before = fileState(path);
    expect((await asyncCodeOf(() => openPlanFile(path, openOptions()))).code).toBe('CORRUPT');
    expect(fileState(path)).toEqual(before);
  });

  it('refuses a missing file and a folder', () => {
    expect(codeOf(() => probePlanFile(join(dir, 'missing.opsu')))).toBe('FILE_NOT_FOUND');
    mkdirSync(join(dir, 'folder.opsu'));
    expect(codeOf(() => probePlanFile(join(dir, 'folder.opsu')))).toBe('NOT_A_PLAN');
  });
});

describe('opening and closing', () => {
  it('opens a plan in WAL mode, locked against every other connection', async () => {
    const path = join(dir, 'plan.opsu');
    writePlanAtVersion(path);
    const db = await openPlanFile(path, openOptions());
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect((await asyncCodeOf(() => openPlanFile(path, openOptions()))).code).toBe('LOCKED');
      expect(codeOf(() => readPlanFile(path, () => null))).toBe('LOCKED');
    } finally {
      closePlanFile(db);
    }
  });

  it('closes to one self-contained file in rollback-journal mode', async () => {
    const path = join(dir, 'plan.opsu');
    writePlanAtVersion(path);
    const db = await openPlanFile(path, openOptions());
    db.prepare("UPDATE meta SET title = 'Uusi nimi'").run();
    closePlanFile(db);
    const bytes = readFileSync(path);
    expect([bytes[18], bytes[19]]).toEqual([1, 1]);
    expect(readdirSync(dir)).toEqual(['plan.opsu']);
    expect(readPlanFile(path, (reader) => reader.prepare('SELECT title FROM meta').get())).toEqual({
      title: 'Uusi nimi',
    });
  });

  it('reads a plan without changing a byte or leaving files beside it', () => {
    const path = join(dir, 'plan.opsu');
    writePlanAtVersion(path);
    const before = fileState(path);
    const count = readPlanFile(path, (db) =>
      db.prepare('SELECT count(*) AS n FROM sections').get(),
    );
    expect(count).toEqual({ n: samplePlan.sections.length });
    expect(fileState(path)).toEqual(before);
  });

  it('reads through the WAL a crash left behind', async () => {
    const path = join(dir, 'plan.opsu');
    writePlanAtVersion(path);
    const db = await openPlanFile(path, openOptions());
    db.prepare("UPDATE meta SET title = 'Ennen kaatumista'").run();
    // A crash: copy the file and its WAL while the plan is still open.
    const crashed = join(dir, 'crashed.opsu');
    writeFileSync(crashed, readFileSync(path));
    writeFileSync(`${crashed}-wal`, readFileSync(`${path}-wal`));
    closePlanFile(db);
    const bytes = readFileSync(crashed);
    expect(
      readPlanFile(crashed, (reader) => reader.prepare('SELECT title FROM meta').get()),
    ).toEqual({ title: 'Ennen kaatumista' });
    expect(readFileSync(crashed).equals(bytes)).toBe(true);
    const reopened = await openPlanFile(crashed, openOptions());
    expect(reopened.prepare('SELECT title FROM meta').get()).toEqual({ title: 'Ennen kaatumista' });
    closePlanFile(reopened);
  });
});

describe('creating', () => {
  it('creates a complete plan and refuses to overwrite', () => {
    const path = join(dir, 'new.opsu');
    createPlanFile(path, (db) =>
      db
        .prepare(
          `INSERT INTO meta (id, title, region, period, language, created_at, template_version,
             app_version) VALUES (1, 'T', 'R', NULL, 'fi', '2026-01-01T00:00:00.000Z', 't', 'a')`,
        )
        .run(),
    );
    expect(probePlanFile(path)).toBe(SCHEMA_VERSION);
    expect(readdirSync(dir)).toEqual(['new.opsu']);
    const before = fileState(path);
    expect(codeOf(() => createPlanFile(path, () => undefined))).toBe('FILE_EXISTS');
    expect(fileState(path)).toEqual(before);
  });

  it('leaves nothing behind when filling fails', () => {
    const path = join(dir, 'new.opsu');
    expect(() =>
      createPlanFile(path, () => {
        throw new Error('template broken');
      }),
    ).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder that does not exist', () => {
    expect(codeOf(() => createPlanFile(join(dir, 'nope', 'new.opsu'), () => undefined))).toBe(
      'FILE_NOT_FOUND',
    );
  });
});

describe('migrations', () => {
  /** A next schema step, as a later release would add one. */
  const next = SCHEMA_VERSION + 1;
  const addNotes: Migration = {
    version: next,
    up(db) {
      db.exec('ALTER TABLE sections ADD COLUMN note TEXT');
      db.exec("UPDATE sections SET note = 'migrated'");
    },
  };
  const failing: Migration = {
    version: next,
    up(db) {
      db.exec('ALTER TABLE sections ADD COLUMN note TEXT');
      throw new Error('the next step failed');
    },
  };

  it('backs the file up, then migrates it in one transaction', async () => {
    const path = join(dir, 'old.opsu');
    writePlanAtVersion(path, samplePlan, 1);
    const original = readFileSync(path);
    const db = await openPlanFile(path, openOptions({ migrations: [...migrations, addNotes] }));
    let migrated: unknown;
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(next);
      migrated = db.prepare("SELECT count(*) AS n FROM sections WHERE note = 'migrated'").get();
      expect(db.prepare('SELECT app_version FROM meta').get()).toEqual({ app_version: '9.9.9' });
    } finally {
      closePlanFile(db);
    }
    expect(migrated).toEqual({ n: samplePlan.sections.length });
    const folder = planBackupFolder(backupDir(), path);
    const backups = readdirSync(folder);
    expect(backups).toEqual(['2026-05-04T10-00-00-000Z.migration.opsu']);
    const backup = join(folder, backups[0]!);
    expect(probePlanFile(backup)).toBe(1);
    const copy = readPlanFile(backup, (reader: Db) =>
      reader.prepare('SELECT id, content FROM sections ORDER BY id').all(),
    );
    const source = new Database(original);
    expect(copy).toEqual(source.prepare('SELECT id, content FROM sections ORDER BY id').all());
    source.close();
  });

  it('leaves the file at its old version when a step fails', async () => {
    const path = join(dir, 'old.opsu');
    writePlanAtVersion(path, samplePlan, 1);
    const error = await asyncCodeOf(() =>
      openPlanFile(path, openOptions({ migrations: [...migrations, failing] })),
    );
    expect(error.code).toBe('INTERNAL');
    expect(probePlanFile(path)).toBe(1);
    const columns = readPlanFile(path, (db) =>
      (db.pragma('table_info(sections)') as Array<{ name: string }>).map((c) => c.name),
    );
    expect(columns).not.toContain('note');
  });

  it('reads an older file through a migrated memory copy, writing nothing', () => {
    const path = join(dir, 'old.opsu');
    writePlanAtVersion(path, samplePlan, 1);
    const before = fileState(path);
    const notes = readPlanFile(
      path,
      (db) => db.prepare('SELECT DISTINCT note FROM sections').all(),
      { migrations: [...migrations, addNotes] },
    );
    expect(notes).toEqual([{ note: 'migrated' }]);
    expect(fileState(path)).toEqual(before);
  });

  it('keeps a fixture builder for every schema version', () => {
    for (const step of migrations) {
      const path = join(dir, `v${step.version}.opsu`);
      writePlanAtVersion(path, samplePlan, step.version);
      expect(probePlanFile(path)).toBe(step.version);
    }
    const path = join(dir, `v${SCHEMA_VERSION}.opsu`);
    const texts = readPlanFile(path, (db) =>
      db
        .prepare("SELECT content FROM revisions WHERE section_id = 'goals' ORDER BY revision")
        .all(),
    );
    expect(texts).toEqual([
      { content: lexicalText('Luonnos') },
      { content: lexicalText('Tavoitteet ja periaatteet') },
    ]);
  });
});
