import type { Indicator, IndicatorValue } from '../../../shared/domain/plan-data';
import { indicatorStatus } from '../../../shared/indicators/status';
import type { Db } from '../db/plan-file';

interface IndicatorRow {
  id: string;
  name: string;
  source: Indicator['source'];
  unit: string;
  better: Indicator['better'];
  area: string;
  grp: string;
  baseline_year: number | null;
  baseline_value: number | null;
  target_year: number | null;
  target_value: number | null;
  starter_key: string | null;
  note: string;
  position: number;
}

const yearValue = (year: number | null, value: number | null): IndicatorValue | null =>
  year === null || value === null ? null : { year, value };

/** Every indicator in position order, with its follow-up values (oldest first), latest and status. */
export function readIndicators(db: Db): Indicator[] {
  const rows = db.prepare('SELECT * FROM indicators ORDER BY position, id').all() as IndicatorRow[];
  const values = db
    .prepare('SELECT indicator_id, year, value FROM indicator_values ORDER BY year')
    .all() as Array<IndicatorValue & { indicator_id: string }>;
  const valuesOf = new Map<string, IndicatorValue[]>(rows.map((row) => [row.id, []]));
  for (const { indicator_id, year, value } of values)
    valuesOf.get(indicator_id)?.push({ year, value });
  return rows.map((row) => {
    const own = valuesOf.get(row.id) ?? [];
    const setup = {
      better: row.better,
      baseline: yearValue(row.baseline_year, row.baseline_value),
      target: yearValue(row.target_year, row.target_value),
    };
    return {
      id: row.id,
      name: row.name,
      source: row.source,
      unit: row.unit,
      area: row.area,
      group: row.grp,
      ...setup,
      note: row.note,
      starterKey: row.starter_key,
      position: row.position,
      values: own,
      ...indicatorStatus(setup, own),
    };
  });
}
