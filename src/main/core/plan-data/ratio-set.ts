import type { Ratio, RatioSet } from '../../../shared/domain/plan-data';
import { professions } from '../../../shared/domain/plan-data';
import { findRatioSet } from '../../../shared/staffing/ratio-sets';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';

/** The ratio set a plan computes against: its own copy in plan_ratio_set and plan_ratios. */

interface RatioRecord {
  profession: Ratio['profession'];
  level_group: Ratio['levelGroup'];
  per_fte: number;
  kind: Ratio['kind'];
  source: string;
  effective_from: string;
}

export function readPlanRatioSet(db: Db): RatioSet {
  const set = db.prepare('SELECT * FROM plan_ratio_set').get() as
    | { id: string; name_fi: string; name_sv: string; name_en: string; effective_from: string }
    | undefined;
  if (!set) throw new CoreError('CORRUPT', { reason: 'plan_ratio_set is empty' });
  const records = db
    .prepare('SELECT * FROM plan_ratios ORDER BY level_group')
    .all() as RatioRecord[];
  return {
    id: set.id,
    name: { fi: set.name_fi, sv: set.name_sv, en: set.name_en },
    effectiveFrom: set.effective_from,
    ratios: records
      .sort((a, b) => professions.indexOf(a.profession) - professions.indexOf(b.profession))
      .map((record) => ({
        profession: record.profession,
        levelGroup: record.level_group,
        perFte: record.per_fte,
        kind: record.kind,
        source: record.source,
        effectiveFrom: record.effective_from,
      })),
  };
}

/** Copies a set of the app's catalogue into the plan; an unknown id is NOT_FOUND. */
export function setRatioSet(db: Db, ratioSetId: string): void {
  const set = findRatioSet(ratioSetId);
  if (!set) throw new CoreError('NOT_FOUND', { what: 'ratioSet' });
  db.transaction(() => {
    db.prepare('DELETE FROM plan_ratios').run();
    db.prepare('DELETE FROM plan_ratio_set').run();
    db.prepare(
      'INSERT INTO plan_ratio_set (id, name_fi, name_sv, name_en, effective_from) VALUES (?, ?, ?, ?, ?)',
    ).run(set.id, set.name.fi, set.name.sv, set.name.en, set.effectiveFrom);
    const insert = db.prepare(
      `INSERT INTO plan_ratios (profession, level_group, per_fte, kind, source, effective_from)
       VALUES (@profession, @levelGroup, @perFte, @kind, @source, @effectiveFrom)`,
    );
    for (const ratio of set.ratios) insert.run(ratio);
  })();
}
