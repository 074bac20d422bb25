import type {
  IndicatorColumns,
  IndicatorImportPreview,
  PlanData,
} from '../../../shared/domain/plan-data';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import type { FeatureDeps } from '../feature-deps';
import { readIndicators } from '../indicators/read';
import { findIndicatorByName, setIndicatorValues } from '../indicators/store';
import { readPlanData } from '../plan-data/read';
import {
  missingIndicatorColumn,
  recogniseIndicatorColumns,
  usedColumns,
} from './indicator-columns';
import { indicatorFileValues, mergeValues, type KnownIndicator } from './indicator-values';
import {
  checkGivenColumns,
  invalidData,
  previewFile,
  readTableFile,
  unplacedHeaders,
} from './table-file';

/**
 * Indicator follow-up values from a CSV or XLSX (THL's exports: semicolons, decimal commas, long
 * or wide). The years in the file replace those years' values; other years stay.
 */

interface Request {
  docId: string;
  path: string;
  indicatorId: string | null;
  columns?: IndicatorColumns | undefined;
}

async function readIndicatorFile(request: Request, digest?: string) {
  const file = await readTableFile(request.path, digest);
  const forIndicator = request.indicatorId !== null;
  if (!request.columns) {
    return { file, ...recogniseIndicatorColumns(file.table.headers, forIndicator) };
  }
  const used = usedColumns(request.columns);
  checkGivenColumns(file, used);
  return {
    file,
    columns: request.columns,
    missing: missingIndicatorColumn(request.columns, forIndicator),
    unplaced: unplacedHeaders(file.table.headers, used),
  };
}

type ReadIndicatorFile = Awaited<ReturnType<typeof readIndicatorFile>>;

/** The file's values per indicator, each with the stored values they would merge into. */
function plan(db: Db, request: Request, read: ReadIndicatorFile) {
  const indicators = readIndicators(db);
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  let chosen: KnownIndicator | null = null;
  if (request.indicatorId !== null) {
    chosen = byId.get(request.indicatorId) ?? null;
    if (!chosen) throw new CoreError('NOT_FOUND', { what: 'indicator' });
  }
  if (!read.columns) return { values: [], issues: [], skipped: [] };
  const target = chosen
    ? { chosen }
    : {
        byName: (name: string) => {
          const found = findIndicatorByName(db, name);
          return found ? (byId.get(found.id) ?? null) : null;
        },
      };
  const { values, issues, skipped } = indicatorFileValues(read.file.table, read.columns, target);
  const planned = values.map((group) => {
    const stored = byId.get(group.indicator.id)?.values ?? [];
    const before = new Map(stored.map(({ year, value }) => [year, value]));
    const fromFile = [...group.values];
    return {
      indicatorId: group.indicator.id,
      name: group.name,
      values: fromFile.map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year),
      changed: fromFile.filter(([year, value]) => before.get(year) !== value).length,
      added: fromFile.filter(([year]) => !before.has(year)).length,
      merged: mergeValues(stored, group.values),
    };
  });
  return { values: planned, issues, skipped };
}

export class IndicatorImportService {
  constructor(private readonly deps: FeatureDeps) {}

  async preview(senderId: string, request: Request): Promise<IndicatorImportPreview> {
    const { plans } = this.deps;
    plans.withDoc(senderId, request.docId, () => undefined);
    const read = await readIndicatorFile(request);
    return plans.withDoc(senderId, request.docId, (db) => {
      const { values, issues, skipped } = plan(db, request, read);
      return {
        file: previewFile(read.file, read.unplaced),
        columns: read.columns,
        values: values.map(({ indicatorId, name, values: fromFile, changed }) => ({
          indicatorId,
          name,
          values: fromFile,
          changed,
        })),
        issues,
        skipped,
      };
    });
  }

  async commit(
    senderId: string,
    request: Request & { digest: string; columns: IndicatorColumns },
  ): Promise<{ report: { added: number; updated: number; unplaced: string[] }; data: PlanData }> {
    const { plans } = this.deps;
    plans.withDoc(senderId, request.docId, () => undefined);
    const read = await readIndicatorFile(request, request.digest);
    if (read.missing !== null) throw new CoreError('MISSING_COLUMN', { column: read.missing });
    return plans.withDoc(senderId, request.docId, (db) =>
      db.transaction(() => {
        const { values, issues } = plan(db, request, read);
        if (issues.length > 0) throw invalidData(issues[0]!);
        for (const group of values) setIndicatorValues(db, group.indicatorId, group.merged);
        const added = values.reduce((sum, group) => sum + group.added, 0);
        const total = values.reduce((sum, group) => sum + group.values.length, 0);
        return {
          report: { added, updated: total - added, unplaced: read.unplaced },
          data: readPlanData(db),
        };
      })(),
    );
  }
}
