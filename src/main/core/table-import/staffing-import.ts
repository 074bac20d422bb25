import {
  professions,
  StaffingRowInputSchema,
  type CellIssue,
  type PlanData,
  type Provider,
  type StaffingColumns,
  type StaffingImportPreview,
  type StaffingRowInput,
} from '../../../shared/domain/plan-data';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import type { FeatureDeps } from '../feature-deps';
import { nameKey } from '../plan-data/keys';
import { readPlanData } from '../plan-data/read';
import { listProviders } from '../plan-data/providers';
import { findStaffingRow, readStaffingRows, saveStaffingRow } from '../plan-data/staffing';
import { recogniseStaffingColumns } from './staffing-columns';
import { staffingFileRows, type StaffingFileRow } from './staffing-rows';
import {
  checkGivenColumns,
  invalidData,
  previewFile,
  readTableFile,
  unplacedHeaders,
  type TableFile,
} from './table-file';

/**
 * Staffing counts and FTEs from a CSV or XLSX (issue 7). The file is read outside the plan (slow),
 * then the plan is read (preview) or written in one transaction (commit): a row of an area and
 * level the table has is updated, keeping the figures of columns the file lacks; others are added.
 */

type PlannedRow = StaffingImportPreview['rows'][number];

interface ReadStaffing {
  file: TableFile;
  columns: StaffingColumns | null;
  unplaced: string[];
}

async function readStaffingFile(
  path: string,
  given: StaffingColumns | undefined,
  digest?: string,
): Promise<ReadStaffing> {
  const file = await readTableFile(path, digest);
  if (!given) {
    const { columns, unplaced } = recogniseStaffingColumns(file.table.headers);
    return { file, columns, unplaced };
  }
  const used = Object.values(given);
  checkGivenColumns(file, used);
  return {
    file,
    columns: given,
    unplaced: unplacedHeaders(file.table.headers, used),
  };
}

interface Stored {
  rows: ReadonlyMap<string, StaffingRowInput>;
  providers: readonly Provider[];
}

/** The row as it will be stored: the file's figures over the stored row's, if there is one. */
function plannedRow(db: Db, known: Stored, read: StaffingFileRow): PlannedRow {
  const found = findStaffingRow(db, read.area, read.level);
  const stored = found ? known.rows.get(found.id) : undefined;
  const figure = <T>(fromFile: T | undefined, before: T | null | undefined) =>
    fromFile === undefined ? (before ?? null) : fromFile;
  const fte = Object.fromEntries(
    professions.map((profession) => [
      profession,
      figure(read.fte[profession], stored?.fte[profession]),
    ]),
  ) as StaffingRowInput['fte'];
  if (stored && found) {
    const { area, providerId, level, note } = stored;
    const id = found.id;
    return {
      row: read.row,
      action: 'update',
      input: { id, area, providerId, level, note, pupils: figure(read.pupils, stored.pupils), fte },
    };
  }
  // A new row about a provider of the register is linked to it by name.
  const provider = known.providers.find((entry) => nameKey(entry.name) === nameKey(read.area));
  return {
    row: read.row,
    action: 'add',
    input: {
      area: read.area,
      providerId: provider?.id ?? null,
      level: read.level,
      pupils: read.pupils ?? null,
      fte,
      note: '',
    },
  };
}

function plan(db: Db, read: ReadStaffing) {
  const stored: Stored = {
    rows: new Map(readStaffingRows(db).map((row) => [row.id, row])),
    providers: listProviders(db),
  };
  const { rows, issues } = read.columns
    ? staffingFileRows(read.file.table, read.columns)
    : { rows: [], issues: [] as CellIssue[] };
  return {
    rows: rows.map((row) => {
      const planned = plannedRow(db, stored, row);
      return { ...planned, input: checkedRow(planned) };
    }),
    issues,
  };
}

/** A row the store would refuse (an area name over 200 characters) fails the whole request. */
function checkedRow({ row, input }: PlannedRow): StaffingRowInput {
  const parsed = StaffingRowInputSchema.safeParse(input);
  if (!parsed.success) throw new CoreError('INVALID_INPUT', { issue: `row ${row}` });
  return parsed.data;
}

export class StaffingImportService {
  constructor(private readonly deps: FeatureDeps) {}

  async preview(
    senderId: string,
    input: { docId: string; path: string; columns?: StaffingColumns | undefined },
  ): Promise<StaffingImportPreview> {
    const { plans } = this.deps;
    // A closed plan is refused before the file is read.
    plans.withDoc(senderId, input.docId, () => undefined);
    const read = await readStaffingFile(input.path, input.columns);
    return plans.withDoc(senderId, input.docId, (db) => ({
      file: previewFile(read.file, read.unplaced),
      columns: read.columns,
      ...plan(db, read),
    }));
  }

  async commit(
    senderId: string,
    input: { docId: string; path: string; digest: string; columns: StaffingColumns },
  ): Promise<{ report: { added: number; updated: number; unplaced: string[] }; data: PlanData }> {
    const { plans } = this.deps;
    plans.withDoc(senderId, input.docId, () => undefined);
    const read = await readStaffingFile(input.path, input.columns, input.digest);
    return plans.withDoc(senderId, input.docId, (db) =>
      db.transaction(() => {
        const { rows, issues } = plan(db, read);
        if (issues.length > 0) throw invalidData(issues[0]!);
        for (const row of rows) saveStaffingRow(db, row.input);
        const added = rows.filter((row) => row.action === 'add').length;
        return {
          report: { added, updated: rows.length - added, unplaced: read.unplaced },
          data: readPlanData(db),
        };
      })(),
    );
  }
}

/** For callers that found no area or level column: what the commit would refuse with. */
export const missingColumn = (column: 'area' | 'level') =>
  new CoreError('MISSING_COLUMN', { column });
