import { describe, expect, it } from 'vitest';
import type { EducationLevel, Profession } from '../domain/plan-data';
import { computeStaffing, type StaffingRowWithId } from './compute';
import { findRatioSet } from './ratio-sets';

const ophl = findRatioSet('ophl-2023')!;

type Ftes = [number | null, number | null, number | null, number | null];
const row = (
  id: string,
  area: string,
  level: EducationLevel,
  pupils: number | null,
  [kuraattori, psykologi, terveydenhoitaja, laakari]: Ftes,
): StaffingRowWithId => ({
  id,
  area,
  providerId: null,
  level,
  pupils,
  fte: { kuraattori, psykologi, terveydenhoitaja, laakari },
  note: '',
});

const figure = <T extends { profession: Profession }>(figures: T[], profession: Profession) =>
  figures.find((f) => f.profession === profession)!;

describe('a row against the ratios', () => {
  it('rounds the required FTE up to hundredths and computes the shortfall', () => {
    const report = computeStaffing([row('a', 'Kerava', 'basic', 1000, [1.2, 0, 2.5, null])], ophl);
    const [computed] = report.rows;
    // 1000 / 670 = 1.4925… → 1.50; 1000 / 1.2 = 833.3 → 833; 1000 > 670 × 1.2 = 804.
    expect(figure(computed!.figures, 'kuraattori')).toEqual({
      profession: 'kuraattori',
      ratio: 670,
      ratioKind: 'statutory',
      fte: 1.2,
      perFte: 833,
      requiredFte: 1.5,
      shortfall: 0.3,
      met: false,
      overRatio: 163,
    });
    // Nobody employed: no pupils per FTE, the whole requirement (1000 / 780 = 1.282… → 1.29) short.
    expect(figure(computed!.figures, 'psykologi')).toEqual({
      profession: 'psykologi',
      ratio: 780,
      ratioKind: 'statutory',
      fte: 0,
      perFte: null,
      requiredFte: 1.29,
      shortfall: 1.29,
      met: false,
      overRatio: null,
    });
    // 1000 / 460 = 2.173… → 2.18 ≤ 2.5: met, 400 per FTE is 60 better than the recommendation.
    expect(figure(computed!.figures, 'terveydenhoitaja')).toMatchObject({
      ratioKind: 'recommendation',
      perFte: 400,
      requiredFte: 2.18,
      shortfall: 0,
      met: true,
      overRatio: -60,
    });
    expect(figure(computed!.figures, 'laakari')).toEqual({
      profession: 'laakari',
      ratio: 2100,
      ratioKind: 'recommendation',
      fte: null,
      perFte: null,
      requiredFte: null,
      shortfall: null,
      met: null,
      overRatio: null,
    });
  });

  it('meets a ratio exactly at the limit, and misses it one pupil over', () => {
    const report = computeStaffing(
      [row('a', 'A', 'basic', 670, [1, 1, 1, 1]), row('b', 'B', 'basic', 671, [1, 1, 1, 1])],
      ophl,
    );
    const [at, over] = report.rows.map((r) => figure(r.figures, 'kuraattori'));
    expect(at).toMatchObject({ requiredFte: 1, shortfall: 0, met: true, overRatio: 0 });
    // 671 / 670 = 1.0014… → 1.01.
    expect(over).toMatchObject({ requiredFte: 1.01, shortfall: 0.01, met: false, overRatio: 1 });
  });

  it('leaves every figure unknown without pupils, and zero pupils meet any ratio', () => {
    const report = computeStaffing(
      [row('a', 'A', 'tuva', null, [1, 1, 1, 1]), row('b', 'B', 'tuva', 0, [0, 0, 0, 0])],
      ophl,
    );
    expect(figure(report.rows[0]!.figures, 'psykologi')).toMatchObject({
      fte: 1,
      perFte: null,
      requiredFte: null,
      shortfall: null,
      met: null,
    });
    expect(figure(report.rows[1]!.figures, 'psykologi')).toMatchObject({
      perFte: null,
      requiredFte: 0,
      shortfall: 0,
      met: true,
    });
  });
});

describe('the order of rows', () => {
  it('sorts by area in Finnish collation, then by level', () => {
    const report = computeStaffing(
      [
        row('1', 'Ähtäri', 'preschool', 1, [1, 1, 1, 1]),
        row('2', 'Kerava', 'upperSecondary', 1, [1, 1, 1, 1]),
        row('3', 'Askola', 'vocational', 1, [1, 1, 1, 1]),
        row('4', 'Kerava', 'basic', 1, [1, 1, 1, 1]),
        row('5', 'Zagreb', 'basic', 1, [1, 1, 1, 1]),
      ],
      ophl,
    );
    expect(report.rows.map((r) => `${r.area} ${r.level}`)).toEqual([
      'Askola vocational',
      'Kerava basic',
      'Kerava upperSecondary',
      'Zagreb basic',
      'Ähtäri preschool',
    ]);
  });
});

describe('totals', () => {
  const rows = [
    row('a', 'Järvenpää', 'basic', 3000, [4, 3, 6, 1]),
    row('b', 'Kerava', 'upperSecondary', 1200, [1, 2, 2, null]),
    row('c', 'Kerava', 'basic', 2000, [3.5, 2, 5, 1]),
    row('d', 'Ähtäri', 'preschool', 400, [0.5, 0.5, 1, 0.2]),
    row('e', 'Tuusula', 'basic', null, [2, 2, 2, 1]),
  ];
  const report = computeStaffing(rows, ophl);
  const [basic, secondary, region] = report.totals;

  it('totals each level group with rows, then the region', () => {
    expect(report.totals.map((t) => [t.levelGroup, t.pupils, t.rows])).toEqual([
      ['basic', 5400, 4],
      ['secondary', 1200, 1],
      [null, 6600, 5],
    ]);
  });

  it('counts only rows with both pupils and FTE, and says how many were left out', () => {
    // Järvenpää, Kerava and Ähtäri: 5 400 pupils, 8.0 FTE; 540 000 / 670 = 805.97 → 8.06.
    expect(figure(basic!.figures, 'kuraattori')).toEqual({
      profession: 'kuraattori',
      ratio: 670,
      ratioKind: 'statutory',
      fte: 8,
      perFte: 675,
      requiredFte: 8.06,
      shortfall: 0.06,
      met: false,
      overRatio: 5,
      missingRows: 1,
      // Järvenpää 4.48 − 4 = 0.48, Kerava 2.99 − 3.5 → 0, Ähtäri 0.60 − 0.5 = 0.10.
      rowShortfall: 0.58,
    });
    expect(figure(secondary!.figures, 'kuraattori')).toMatchObject({
      fte: 1,
      requiredFte: 1.8,
      shortfall: 0.8,
      rowShortfall: 0.8,
      missingRows: 0,
    });
    expect(figure(region!.figures, 'kuraattori')).toEqual({
      profession: 'kuraattori',
      ratio: 670,
      ratioKind: 'statutory',
      fte: 9,
      perFte: 733,
      requiredFte: 9.86,
      shortfall: 0.86,
      met: false,
      overRatio: 63,
      missingRows: 1,
      rowShortfall: 1.38,
    });
  });

  it('sums the requirement of each level group at its own ratio', () => {
    // Basic 5 400 / 460 = 11.739 → 11.74; secondary 1 200 / 570 = 2.105 → 2.11; together 13.85
    // ≤ 14: met, though Järvenpää (6.53 − 6) and Kerava's lukio (2.11 − 2) fall short on their own.
    expect(figure(region!.figures, 'terveydenhoitaja')).toEqual({
      profession: 'terveydenhoitaja',
      ratio: 460,
      ratioKind: 'recommendation',
      fte: 14,
      perFte: 471,
      requiredFte: 13.85,
      shortfall: 0,
      met: true,
      overRatio: 11,
      missingRows: 1,
      rowShortfall: 0.64,
    });
  });

  it('rounds the sum of the groups up once, so a met ratio never shows a shortfall', () => {
    // 3 400 / 460 = 7.3913… and 1 200 / 570 = 2.1052…: 9.4966… → 9.50 (not 7.40 + 2.11 = 9.51).
    const mixed = computeStaffing(
      [
        row('a', 'Kerava', 'basic', 3400, [null, null, 7.5, null]),
        row('b', 'Kerava', 'upperSecondary', 1200, [null, null, 2, null]),
      ],
      ophl,
    );
    expect(figure(mixed.totals[2]!.figures, 'terveydenhoitaja')).toMatchObject({
      fte: 9.5,
      requiredFte: 9.5,
      shortfall: 0,
      met: true,
      rowShortfall: 0.11,
    });
  });

  it('leaves a profession unknown where no row has its figures', () => {
    expect(figure(secondary!.figures, 'laakari')).toEqual({
      profession: 'laakari',
      ratio: 1800,
      ratioKind: 'recommendation',
      fte: null,
      perFte: null,
      requiredFte: null,
      shortfall: null,
      met: null,
      overRatio: null,
      missingRows: 1,
      rowShortfall: null,
    });
    // Only basic rows count: 5 400 / 2 100 = 2.571… → 2.58 against 2.2 FTE.
    expect(figure(region!.figures, 'laakari')).toMatchObject({
      ratio: 2100,
      fte: 2.2,
      perFte: 2455,
      requiredFte: 2.58,
      shortfall: 0.38,
      met: false,
      missingRows: 2,
      rowShortfall: 0.43,
    });
  });

  it("takes a one-group region's ratio from that group, and totals an empty table", () => {
    const only = computeStaffing([row('a', 'Kerava', 'vocational', 570, [1, 1, 1, 1])], ophl);
    expect(only.totals.map((t) => t.levelGroup)).toEqual(['secondary', null]);
    expect(figure(only.totals[1]!.figures, 'terveydenhoitaja')).toMatchObject({
      ratio: 570,
      met: true,
      overRatio: 0,
    });
    const empty = computeStaffing([], ophl);
    expect(empty.rows).toEqual([]);
    expect(empty.totals).toMatchObject([{ levelGroup: null, pupils: 0, rows: 0 }]);
    expect(figure(empty.totals[0]!.figures, 'kuraattori')).toMatchObject({
      fte: null,
      met: null,
      missingRows: 0,
      rowShortfall: null,
    });
  });
});
