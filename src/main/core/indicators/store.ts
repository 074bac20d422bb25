import type { IndicatorInput, IndicatorValue } from '../../../shared/domain/plan-data';
import type { Language } from '../../../shared/domain/settings';
import { starterIndicator, starterInput } from '../../../shared/indicators/starter-set';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { newId } from '../ids';
import { nameKey, tidyName } from '../plan-data/keys';

/**
 * The indicator set (mittaristo) as stored in schema 6. Every function expects to run inside the
 * caller's transaction, so a failure leaves nothing half-written.
 */

/** The indicator, or NOT_FOUND (details.what: indicator). */
function requireIndicator(db: Db, id: string): void {
  if (db.prepare('SELECT 1 FROM indicators WHERE id = ?').get(id) === undefined) {
    throw new CoreError('NOT_FOUND', { what: 'indicator' });
  }
}

/** DUPLICATE_NAME when another indicator (not `id`) has the name. */
function requireFreeName(db: Db, name: string, id: string | null): string {
  const key = nameKey(name);
  const taken = db
    .prepare('SELECT 1 FROM indicators WHERE name_key = ? AND id IS NOT ?')
    .get(key, id);
  if (taken !== undefined) throw new CoreError('DUPLICATE_NAME', { name });
  return key;
}

function nextPosition(db: Db): number {
  const { next } = db
    .prepare('SELECT coalesce(max(position) + 1, 0) AS next FROM indicators')
    .get() as { next: number };
  return next;
}

/** The columns from name to target value, in the order both the insert and the update list them. */
function describedBy(input: IndicatorInput, name: string, key: string) {
  return [
    name,
    key,
    input.source,
    input.unit,
    input.better,
    input.area,
    input.group,
    input.baseline?.year ?? null,
    input.baseline?.value ?? null,
    input.target?.year ?? null,
    input.target?.value ?? null,
  ];
}

function insertIndicator(db: Db, input: IndicatorInput, starterKey: string | null): string {
  const name = tidyName(input.name);
  const key = requireFreeName(db, name, null);
  const id = newId();
  db.prepare(
    `INSERT INTO indicators (id, name, name_key, source, unit, better, area, grp, baseline_year,
       baseline_value, target_year, target_value, starter_key, note, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, ...describedBy(input, name, key), starterKey, input.note, nextPosition(db));
  return id;
}

/** Adds (no id, at the end) or updates an indicator, not its values; returns its id. */
export function saveIndicator(db: Db, input: IndicatorInput): string {
  if (input.id === undefined) return insertIndicator(db, input, null);
  requireIndicator(db, input.id);
  const name = tidyName(input.name);
  const key = requireFreeName(db, name, input.id);
  db.prepare(
    `UPDATE indicators SET name = ?, name_key = ?, source = ?, unit = ?, better = ?, area = ?,
       grp = ?, baseline_year = ?, baseline_value = ?, target_year = ?, target_value = ?, note = ?
     WHERE id = ?`,
  ).run(...describedBy(input, name, key), input.note, input.id);
  return input.id;
}

/** Removes an indicator with its values; the rest keep their order without a gap. */
export function removeIndicator(db: Db, id: string): void {
  requireIndicator(db, id);
  db.prepare('DELETE FROM indicators WHERE id = ?').run(id);
  const ids = db
    .prepare('SELECT id FROM indicators ORDER BY position, id')
    .pluck()
    .all() as string[];
  const place = db.prepare('UPDATE indicators SET position = ? WHERE id = ?');
  ids.forEach((other, position) => place.run(position, other));
}

/**
 * Adds starter-set entries by key, named in `language`, in the order given. A key already added
 * (or given twice) is skipped; an unknown key is INVALID_INPUT; a name another indicator already
 * has is DUPLICATE_NAME. Returns the ids added.
 */
export function addStarterIndicators(
  db: Db,
  keys: readonly string[],
  language: Language,
): string[] {
  const entries = keys.map((key) => {
    const entry = starterIndicator(key);
    if (entry === undefined)
      throw new CoreError('INVALID_INPUT', { issue: `keys: unknown ${key}` });
    return entry;
  });
  const added = new Set(
    db.prepare('SELECT starter_key FROM indicators WHERE starter_key IS NOT NULL').pluck().all(),
  );
  const ids: string[] = [];
  for (const entry of entries) {
    if (added.has(entry.key)) continue;
    added.add(entry.key);
    ids.push(insertIndicator(db, starterInput(entry, language), entry.key));
  }
  return ids;
}

/** Replaces an indicator's follow-up values; a year twice is INVALID_INPUT. */
export function setIndicatorValues(db: Db, indicatorId: string, values: IndicatorValue[]): void {
  requireIndicator(db, indicatorId);
  const years = new Set<number>();
  for (const { year } of values) {
    if (years.has(year)) throw new CoreError('INVALID_INPUT', { issue: `values: ${year} twice` });
    years.add(year);
  }
  db.prepare('DELETE FROM indicator_values WHERE indicator_id = ?').run(indicatorId);
  const insert = db.prepare(
    'INSERT INTO indicator_values (indicator_id, year, value) VALUES (?, ?, ?)',
  );
  for (const { year, value } of values) insert.run(indicatorId, year, value);
}

/** The indicator of this name, compared as names are (case and spacing aside), or null. */
export function findIndicatorByName(db: Db, name: string): { id: string } | null {
  const id = db
    .prepare('SELECT id FROM indicators WHERE name_key = ?')
    .pluck()
    .get(nameKey(name)) as string | undefined;
  return id === undefined ? null : { id };
}
