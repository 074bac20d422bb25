import type { IndicatorColumns } from '../../../shared/domain/plan-data';
import { placeColumns, type Keywords } from '../comment-import/header-words';
import { unplacedHeaders } from './table-file';

/**
 * The columns of an indicator table, as THL's statistics services export them: long
 * (`Indikaattori;Alue;Vuosi;Arvo`) or wide (`Alue;2019;2021;2023`, one column per year), with
 * Finnish, Swedish or English headers.
 */

type Role = 'indicator' | 'area' | 'year' | 'value';

const keywords: Keywords<Role> = {
  indicator: [
    'indikaattori*',
    'indikator*',
    'indicator*',
    'mittari*',
    'muuttuja*',
    'tunnusluku*',
    'nyckeltal*',
    'variabel*',
    'variable*',
  ],
  area: [
    'alue*',
    'hyvinvointialue*',
    'kunta*',
    'maakunta*',
    'omrade*',
    'valfardsomrade*',
    'kommun*',
    'landskap*',
    'area*',
    'region*',
    'municipalit*',
  ],
  year: ['vuosi*', 'vuodet', 'tilastovuosi', 'ajankohta', 'aika', 'ar', 'artal', 'year*', 'time'],
  value: [
    'arvo*',
    'osuus*',
    'prosentti*',
    'luku',
    'maara',
    'lkm',
    'varde*',
    'andel*',
    'antal',
    'value*',
    'share',
    'percent*',
    'count',
  ],
};

const roles: readonly Role[] = ['indicator', 'area', 'year', 'value'];

/** A header that is a year (1990–2100) is one year's column of a wide table. */
function headerYear(header: string): number | null {
  const match = /^(\d{4})$/.exec(header.trim());
  const year = match ? Number(match[1]) : NaN;
  return year >= 1990 && year <= 2100 ? year : null;
}

export type IndicatorColumnMissing = 'indicator' | 'year' | 'value';

/**
 * Whether the columns are enough: an indicator column unless the values are for one chosen
 * indicator, and a year and value column (long) or year columns (wide).
 */
export function missingIndicatorColumn(
  columns: IndicatorColumns,
  forIndicator: boolean,
): IndicatorColumnMissing | null {
  if (!forIndicator && columns.indicator === null) return 'indicator';
  if (columns.yearColumns.length > 0) return null;
  if (columns.year === null) return 'year';
  if (columns.value === null) return 'value';
  return null;
}

export const usedColumns = (columns: IndicatorColumns): Array<number | null> => [
  columns.indicator,
  columns.area,
  columns.year,
  columns.value,
  ...columns.yearColumns.map(({ column }) => column),
];

/**
 * With `forIndicator` (the values are for one chosen indicator) an indicator column is not
 * placed: THL's wording of an indicator seldom is the plan's.
 */
export function recogniseIndicatorColumns(
  headers: readonly string[],
  forIndicator: boolean,
): {
  columns: IndicatorColumns | null;
  missing: IndicatorColumnMissing | null;
  unplaced: string[];
} {
  const yearColumns = headers.flatMap((header, column) => {
    const year = headerYear(header);
    return year === null ? [] : [{ column, year }];
  });
  const yearHeaders = new Set(yearColumns.map(({ column }) => column));
  const named = headers.map((header, column) => (yearHeaders.has(column) ? '' : header));
  const placed = placeColumns(
    named,
    keywords,
    forIndicator ? roles.filter((role) => role !== 'indicator') : roles,
  );
  const wide = yearColumns.length > 0;
  const columns: IndicatorColumns = {
    indicator: placed.get('indicator') ?? null,
    area: placed.get('area') ?? null,
    year: wide ? null : (placed.get('year') ?? null),
    value: wide ? null : (placed.get('value') ?? null),
    yearColumns,
  };
  const missing = missingIndicatorColumn(columns, forIndicator);
  return {
    columns: missing === null ? columns : null,
    missing,
    unplaced: unplacedHeaders(headers, usedColumns(columns)),
  };
}
