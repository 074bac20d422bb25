import {
  professions,
  type CellIssue,
  type EducationLevel,
  type Profession,
  type StaffingColumns,
} from '../../../shared/domain/plan-data';
import { foldText } from '../comment-import/section-ref';
import type { SurveyTable } from '../comment-import/survey-table';
import { nameKey } from '../plan-data/keys';
import { readCount, readFte, type Figure } from './numbers';
import { levelOfCell } from './staffing-columns';

/**
 * One row of a staffing file as read. A figure is `undefined` when the file has no column for it
 * (the stored figure stays), null when its cell is empty (not known).
 */
export interface StaffingFileRow {
  row: number;
  area: string;
  level: EducationLevel;
  pupils: number | null | undefined;
  fte: Record<Profession, number | null | undefined>;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** A sheet's sum row ("Yhteensä") is not an area: the totals are computed. */
const totalWords = new Set([
  'yhteensa',
  'yht',
  'kaikki',
  'summa',
  'totalt',
  'sammanlagt',
  'total',
  'sum',
]);

/**
 * The rows of a staffing table and every cell that cannot be read. Empty and sum rows are passed over;
 * the same area (any case or spacing) and level twice is a duplicate on the later row.
 */
export function staffingFileRows(
  table: SurveyTable,
  columns: StaffingColumns,
): { rows: StaffingFileRow[]; issues: CellIssue[] } {
  const rows: StaffingFileRow[] = [];
  const issues: CellIssue[] = [];
  const seen = new Set<string>();
  table.rows.forEach((cells, index) => {
    if (isBlank(cells) || totalWords.has(foldText(cells[columns.area] ?? ''))) return;
    const row = table.firstRow + index;
    const cellAt = (column: number) => cells[column] ?? '';
    const issue = (column: number, problem: CellIssue['problem']) =>
      issues.push({ row, column: table.headers[column] ?? '', value: cellAt(column), problem });
    const figure = (column: number | null, read: (cell: string) => Figure) => {
      if (column === null) return undefined;
      const result = read(cellAt(column));
      if (result.ok) return result.value;
      issue(column, result.problem);
      return null;
    };
    const area = cellAt(columns.area).replace(/\s+/g, ' ').trim();
    if (area === '') issue(columns.area, 'empty');
    const levelCell = cellAt(columns.level);
    const level = levelOfCell(levelCell);
    if (level === null) issue(columns.level, levelCell.trim() === '' ? 'empty' : 'unknownLevel');
    const pupils = figure(columns.pupils, readCount);
    const fte = Object.fromEntries(
      professions.map((profession) => [profession, figure(columns[profession], readFte)]),
    ) as StaffingFileRow['fte'];
    if (area === '' || level === null) return;
    const key = `${nameKey(area)}\u0000${level}`;
    if (seen.has(key)) {
      issue(columns.area, 'duplicate');
      return;
    }
    seen.add(key);
    rows.push({ row, area, level, pupils, fte });
  });
  return { rows, issues };
}
