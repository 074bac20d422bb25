import type { Respondent, RespondentKind } from '../../../shared/domain/rounds';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { insertRespondent, nameKey, type RespondentRow } from './store';

/** The register of respondent organisations, reused by every round of the plan. */

/** Every respondent by name, with the names imports remembered for it. */
export function listRespondents(db: Db): Respondent[] {
  const rows = db
    .prepare('SELECT id, name, kind, contact FROM respondents ORDER BY name_key, id')
    .all() as RespondentRow[];
  const aliases = db
    .prepare('SELECT alias, respondent_id FROM respondent_aliases ORDER BY alias_key')
    .all() as Array<{ alias: string; respondent_id: string }>;
  return rows.map((row) => ({
    ...row,
    aliases: aliases.filter((a) => a.respondent_id === row.id).map((a) => a.alias),
  }));
}

function respondentExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM respondents WHERE id = ?').get(id) !== undefined;
}

/** The respondent, or NOT_FOUND (details.what: respondent). */
export function requireRespondent(db: Db, id: string): void {
  if (!respondentExists(db, id)) throw new CoreError('NOT_FOUND', { what: 'respondent' });
}

/** Adds (no id) or changes a respondent; a name another one has is DUPLICATE_NAME. */
export function saveRespondent(
  db: Db,
  input: { id?: string | undefined; name: string; kind: RespondentKind; contact: string },
  now: string,
): Respondent[] {
  return db.transaction(() => {
    if (input.id === undefined) {
      insertRespondent(db, input, now);
      return listRespondents(db);
    }
    requireRespondent(db, input.id);
    const name = input.name.replace(/\s+/g, ' ').trim();
    const key = nameKey(name);
    const taken = db
      .prepare('SELECT 1 FROM respondents WHERE name_key = ? AND id <> ?')
      .get(key, input.id);
    if (taken) throw new CoreError('DUPLICATE_NAME', { name });
    db.prepare(
      'UPDATE respondents SET name = ?, name_key = ?, kind = ?, contact = ? WHERE id = ?',
    ).run(name, key, input.kind, input.contact, input.id);
    // Its own name needs no alias any more.
    db.prepare('DELETE FROM respondent_aliases WHERE alias_key = ? AND respondent_id = ?').run(
      key,
      input.id,
    );
    return listRespondents(db);
  })();
}

/** Removes a respondent without comments; one with comments is IN_USE. */
export function removeRespondent(db: Db, id: string): Respondent[] {
  return db.transaction(() => {
    requireRespondent(db, id);
    const { count } = db
      .prepare('SELECT count(*) AS count FROM comments WHERE respondent_id = ?')
      .get(id) as { count: number };
    if (count > 0) throw new CoreError('IN_USE', { what: 'respondent', count });
    db.prepare('DELETE FROM respondents WHERE id = ?').run(id);
    return listRespondents(db);
  })();
}
