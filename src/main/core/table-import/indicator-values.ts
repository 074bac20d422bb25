import type {
  CellIssue,
  IndicatorColumns,
  IndicatorImportPreview,
  IndicatorValue,
} from '../../../shared/domain/plan-data';
import type { SurveyTable } from '../comment-import/survey-table';
import { foldText } from '../comment-import/section-ref';
import { readNumber } from './numbers';

/** An indicator of the plan, as the reading needs it. */
export interface KnownIndicator {
  id: string;
  name: string;
  area: string;
}

/** The values read for one indicator, year by year. */
export interface IndicatorFileValues {
  indicator: KnownIndicator;
  /** The name in the file (the chosen indicator's when the file has no indicator column). */
  name: string;
  values: Map<number, number>;
}

type Skipped = IndicatorImportPreview['skipped'][number];

/** THL's marks for a figure not given (suppressed, too few answers): no value, not an error. */
const NO_VALUE = new Set(['', '.', '..', '...', '-', '\u2013', '\u2014']);

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * The values of an indicator table, for `chosen` or for the indicators `byName` finds. Rows of
 * another area than the indicator's (when it has one) and rows naming no indicator are skipped;
 * a cell that cannot be read, or a year given twice for the same indicator, is an issue.
 */
export function indicatorFileValues(
  table: SurveyTable,
  columns: IndicatorColumns,
  target: { chosen: KnownIndicator } | { byName(name: string): KnownIndicator | null },
): { values: IndicatorFileValues[]; issues: CellIssue[]; skipped: Skipped[] } {
  const groups = new Map<string, IndicatorFileValues>();
  const issues: CellIssue[] = [];
  const skipped: Skipped[] = [];
  table.rows.forEach((cells, index) => {
    if (isBlank(cells)) return;
    const row = table.firstRow + index;
    const cellAt = (column: number) => cells[column] ?? '';
    const issue = (column: number, problem: CellIssue['problem']) =>
      issues.push({ row, column: table.headers[column] ?? '', value: cellAt(column), problem });

    let indicator: KnownIndicator;
    let name: string;
    if ('chosen' in target) {
      indicator = target.chosen;
      name = indicator.name;
    } else {
      const column = columns.indicator!;
      name = cellAt(column).replace(/\s+/g, ' ').trim();
      if (name === '') return void issue(column, 'empty');
      const found = target.byName(name);
      if (!found) return void skipped.push({ row, reason: 'unknownIndicator' });
      indicator = found;
    }
    if (
      columns.area !== null &&
      indicator.area.trim() !== '' &&
      foldText(cellAt(columns.area)) !== foldText(indicator.area)
    ) {
      return void skipped.push({ row, reason: 'otherArea' });
    }
    const group = groups.get(indicator.id) ?? { indicator, name, values: new Map() };
    groups.set(indicator.id, group);

    const add = (year: number, yearColumn: number, valueColumn: number) => {
      const cell = cellAt(valueColumn);
      if (NO_VALUE.has(cell.trim())) return;
      const value = readNumber(cell);
      if (!value.ok || value.value === null) return issue(valueColumn, 'notANumber');
      if (group.values.has(year)) return issue(yearColumn, 'duplicate');
      group.values.set(year, value.value);
    };

    if (columns.yearColumns.length > 0) {
      for (const { column, year } of columns.yearColumns) add(year, column, column);
      return;
    }
    const yearColumn = columns.year!;
    const year = readNumber(cellAt(yearColumn));
    if (!year.ok) return issue(yearColumn, year.problem);
    if (year.value === null) return issue(yearColumn, 'empty');
    if (!Number.isInteger(year.value)) return issue(yearColumn, 'notWhole');
    if (year.value < 1990 || year.value > 2100) return issue(yearColumn, 'notANumber');
    add(year.value, yearColumn, columns.value!);
  });
  return { values: [...groups.values()], issues, skipped };
}

/** The stored values with the file's years replacing theirs, oldest year first. */
export function mergeValues(
  stored: readonly IndicatorValue[],
  fromFile: ReadonlyMap<number, number>,
): IndicatorValue[] {
  const merged = new Map(stored.map(({ year, value }) => [year, value]));
  for (const [year, value] of fromFile) merged.set(year, value);
  return [...merged].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}
