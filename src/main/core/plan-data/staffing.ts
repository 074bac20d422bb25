import {
  professions,
  type EducationLevel,
  type StaffingRowInput,
} from '../../../shared/domain/plan-data';
import type { StaffingRowWithId } from '../../../shared/staffing/compute';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { newId } from '../ids';
import { nameKey, tidyName } from './keys';
import { requireProvider } from './providers';

/** The staffing table: one row per area and level; FTEs stored as whole hundredths. */

interface StaffingRecord {
  id: string;
  area: string;
  provider_id: string | null;
  level: EducationLevel;
  pupils: number | null;
  fte_kuraattori: number | null;
  fte_psykologi: number | null;
  fte_terveydenhoitaja: number | null;
  fte_laakari: number | null;
  note: string;
}

/**
 * An FTE in hundredths, rounded half up (1.005 → 1.01: the product is taken to 12 significant
 * digits first, so binary noise such as 100.49999999999999 does not round down).
 */
export const fteHundredths = (fte: number): number =>
  Math.round(Number((fte * 100).toPrecision(12)));

const fromHundredths = (value: number | null): number | null =>
  value === null ? null : value / 100;

/** Every row of the table, as stored (the computation orders them). */
export function readStaffingRows(db: Db): StaffingRowWithId[] {
  const records = db.prepare('SELECT * FROM staffing_rows').all() as StaffingRecord[];
  return records.map((record) => ({
    id: record.id,
    area: record.area,
    providerId: record.provider_id,
    level: record.level,
    pupils: record.pupils,
    fte: {
      kuraattori: fromHundredths(record.fte_kuraattori),
      psykologi: fromHundredths(record.fte_psykologi),
      terveydenhoitaja: fromHundredths(record.fte_terveydenhoitaja),
      laakari: fromHundredths(record.fte_laakari),
    },
    note: record.note,
  }));
}

/** The row of this area (compared by its key) and level, if any. */
export function findStaffingRow(
  db: Db,
  area: string,
  level: EducationLevel,
): { id: string } | null {
  const found = db
    .prepare('SELECT id FROM staffing_rows WHERE area_key = ? AND level = ?')
    .get(nameKey(area), level) as { id: string } | undefined;
  return found ?? null;
}

function requireRow(db: Db, id: string): void {
  if (db.prepare('SELECT 1 FROM staffing_rows WHERE id = ?').get(id) === undefined) {
    throw new CoreError('NOT_FOUND', { what: 'staffingRow' });
  }
}

/**
 * Adds (no id) or changes a row and returns its id. The same area and level as another row is
 * DUPLICATE_NAME; a provider or row that does not exist is NOT_FOUND.
 */
export function saveStaffingRow(db: Db, input: StaffingRowInput): string {
  const id = input.id ?? newId();
  if (input.id !== undefined) requireRow(db, input.id);
  if (input.providerId !== null) requireProvider(db, input.providerId);
  const area = tidyName(input.area);
  const clash = findStaffingRow(db, area, input.level);
  if (clash && clash.id !== id) throw new CoreError('DUPLICATE_NAME', { name: area });
  const fte = Object.fromEntries(
    professions.map((profession) => {
      const value = input.fte[profession];
      return [profession, value === null ? null : fteHundredths(value)];
    }),
  );
  const fields = {
    id,
    area,
    key: nameKey(area),
    providerId: input.providerId,
    level: input.level,
    pupils: input.pupils,
    ...fte,
    note: input.note,
  };
  db.prepare(
    `INSERT INTO staffing_rows (id, area, area_key, provider_id, level, pupils, fte_kuraattori,
       fte_psykologi, fte_terveydenhoitaja, fte_laakari, note)
     VALUES (@id, @area, @key, @providerId, @level, @pupils, @kuraattori, @psykologi,
       @terveydenhoitaja, @laakari, @note)
     ON CONFLICT (id) DO UPDATE SET area = excluded.area, area_key = excluded.area_key,
       provider_id = excluded.provider_id, level = excluded.level, pupils = excluded.pupils,
       fte_kuraattori = excluded.fte_kuraattori, fte_psykologi = excluded.fte_psykologi,
       fte_terveydenhoitaja = excluded.fte_terveydenhoitaja, fte_laakari = excluded.fte_laakari,
       note = excluded.note`,
  ).run(fields);
  return id;
}

export function removeStaffingRow(db: Db, id: string): void {
  requireRow(db, id);
  db.prepare('DELETE FROM staffing_rows WHERE id = ?').run(id);
}
