import {
  educationLevels,
  levelGroupOf,
  levelGroups,
  professions,
  type LevelGroup,
  type Profession,
  type ProfessionFigures,
  type Ratio,
  type RatioSet,
  type StaffingReport,
  type StaffingRow,
  type StaffingRowInput,
  type StaffingTotal,
  type TotalFigures,
} from '../domain/plan-data';

/**
 * The staffing figures of a plan against its ratio set, as the doc comments of
 * `ProfessionFiguresSchema` and `TotalFiguresSchema` define them. FTEs are worked in integer
 * hundredths so that sums and comparisons are exact; only the results are turned back into FTEs.
 */

export type StaffingRowWithId = StaffingRowInput & { id: string };

const collator = new Intl.Collator('fi');

/** FTEs as whole hundredths (the input has at most two decimals). */
const hundredths = (fte: number): number => Math.round(fte * 100);
const fromHundredths = (value: number): number => value / 100;

/** ⌈a / b⌉ of non-negative integers, without floating point. */
const ceilDiv = (a: number, b: number): number => Math.floor(a / b) + (a % b > 0 ? 1 : 0);

/** Pupils / ratio in hundredths of an FTE, rounded up (meeting it always meets the ratio). */
const requiredHundredths = (pupils: number, ratio: number): number => ceilDiv(pupils * 100, ratio);

/** Pupils per FTE, rounded to a whole number; null when nobody is employed. */
const perFteOf = (pupils: number, fte: number): number | null =>
  fte === 0 ? null : Math.round((pupils * 100) / fte);

function ratioOf(set: RatioSet, profession: Profession, group: LevelGroup): Ratio {
  const ratio = set.ratios.find((r) => r.profession === profession && r.levelGroup === group);
  if (!ratio) throw new Error(`ratio set ${set.id} has no ratio for ${profession} (${group})`);
  return ratio;
}

function rowFigures(row: StaffingRowInput, ratio: Ratio): ProfessionFigures {
  const entered = row.fte[ratio.profession];
  const base = { profession: ratio.profession, ratio: ratio.perFte, ratioKind: ratio.kind };
  if (row.pupils === null || entered === null) {
    return {
      ...base,
      fte: entered,
      perFte: null,
      requiredFte: null,
      shortfall: null,
      met: null,
      overRatio: null,
    };
  }
  const fte = hundredths(entered);
  const required = requiredHundredths(row.pupils, ratio.perFte);
  const perFte = perFteOf(row.pupils, fte);
  return {
    ...base,
    fte: fromHundredths(fte),
    perFte,
    requiredFte: fromHundredths(required),
    shortfall: fromHundredths(Math.max(0, required - fte)),
    met: row.pupils * 100 <= ratio.perFte * fte,
    overRatio: perFte === null ? null : perFte - ratio.perFte,
  };
}

/** One profession over rows that may span both level groups. */
function totalFigures(
  rows: readonly StaffingRowWithId[],
  set: RatioSet,
  profession: Profession,
): TotalFigures {
  const groups = levelGroups.filter((group) => rows.some((r) => levelGroupOf(r.level) === group));
  const headline = ratioOf(set, profession, groups.length === 1 ? groups[0]! : 'basic');
  const counted = rows.filter((r) => r.pupils !== null && r.fte[profession] !== null);
  const base = {
    profession,
    ratio: headline.perFte,
    ratioKind: headline.kind,
    missingRows: rows.length - counted.length,
  };
  if (counted.length === 0) {
    return {
      ...base,
      fte: null,
      perFte: null,
      requiredFte: null,
      shortfall: null,
      met: null,
      overRatio: null,
      rowShortfall: null,
    };
  }
  let pupils = 0;
  let fte = 0;
  let rowShortfall = 0;
  // met: Σ pupils_g / ratio_g ≤ fte, compared exactly as Σ pupils_g·100·Π(other ratios) ≤ fte·Π ratios.
  let need = 0n;
  let scale = 1n;
  for (const group of levelGroups) {
    const inGroup = counted.filter((r) => levelGroupOf(r.level) === group);
    if (inGroup.length === 0) continue;
    const ratio = ratioOf(set, profession, group).perFte;
    const groupPupils = inGroup.reduce((sum, r) => sum + r.pupils!, 0);
    const groupFte = inGroup.reduce((sum, r) => sum + hundredths(r.fte[profession]!), 0);
    pupils += groupPupils;
    fte += groupFte;
    for (const r of inGroup) {
      const own = requiredHundredths(r.pupils!, ratio) - hundredths(r.fte[profession]!);
      rowShortfall += Math.max(0, own);
    }
    need = need * BigInt(ratio) + BigInt(groupPupils) * 100n * scale;
    scale *= BigInt(ratio);
  }
  // Rounded up once, from the exact sum, so `met` and a zero shortfall always agree.
  const required = Number((need + scale - 1n) / scale);
  const perFte = perFteOf(pupils, fte);
  return {
    ...base,
    fte: fromHundredths(fte),
    perFte,
    requiredFte: fromHundredths(required),
    shortfall: fromHundredths(Math.max(0, required - fte)),
    met: required <= fte,
    overRatio: perFte === null ? null : perFte - headline.perFte,
    rowShortfall: fromHundredths(rowShortfall),
  };
}

function total(
  rows: readonly StaffingRowWithId[],
  set: RatioSet,
  levelGroup: LevelGroup | null,
): StaffingTotal {
  return {
    levelGroup,
    pupils: rows.reduce((sum, r) => sum + (r.pupils ?? 0), 0),
    rows: rows.length,
    figures: professions.map((profession) => totalFigures(rows, set, profession)),
  };
}

/** Every row's figures and the totals of each level group with rows and of the region. */
export function computeStaffing(
  rows: readonly StaffingRowWithId[],
  ratioSet: RatioSet,
): StaffingReport {
  const sorted = [...rows].sort(
    (a, b) =>
      collator.compare(a.area, b.area) ||
      educationLevels.indexOf(a.level) - educationLevels.indexOf(b.level) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const computed: StaffingRow[] = sorted.map((row) => ({
    ...row,
    figures: professions.map((profession) =>
      rowFigures(row, ratioOf(ratioSet, profession, levelGroupOf(row.level))),
    ),
  }));
  const groupTotals = levelGroups
    .map((group) => sorted.filter((r) => levelGroupOf(r.level) === group))
    .filter((inGroup) => inGroup.length > 0)
    .map((inGroup) => total(inGroup, ratioSet, levelGroupOf(inGroup[0]!.level)));
  return {
    ratioSet,
    rows: computed,
    totals: [...groupTotals, total(sorted, ratioSet, null)],
  };
}
