import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import type { i18n as I18n } from 'i18next';
import type { CellIssue, StaffingImportPreview } from '../../shared/domain/plan-data';
import { errorMessage } from '../../shared/i18n';
import type { OpenedPlan } from '../../shared/ipc';
import { toFailure } from '../core/errors';
import { missingColumn } from '../core/table-import/staffing-import';
import { recogniseStaffingColumns } from '../core/table-import/staffing-columns';
import { failureText, type ImportCommandDeps } from './format';

/**
 * `suunta import-staffing FILE.opsu DATA.csv|.xlsx`: imports staffing counts and FTEs into the
 * plan's staffing table, its columns recognised from Finnish, Swedish or English headers, and
 * names every header it could not place. A file with a cell it cannot read is listed cell by cell
 * and nothing is written.
 */

const EXIT_OK = 0;
const EXIT_FAILED = 1;

interface Report {
  added: number;
  updated: number;
  unplaced: string[];
}

/** A failed step with the lines to print (on stderr, or stdout with --json). */
class StepFailed extends Error {
  constructor(
    readonly lines: string[],
    readonly json: unknown = null,
  ) {
    super(lines.join('\n'));
  }
}

function issueLine(i18n: I18n, issue: CellIssue): string {
  const problem = i18n.t(`tableImport:problems.${issue.problem}`, { value: issue.value });
  return i18n.t('tableImport:issue', { row: issue.row, column: issue.column, problem });
}

const unplacedLines = (i18n: I18n, headers: readonly string[]) =>
  headers.map((header) => i18n.t('tableImport:unplaced', { header }));

/** Preview, then commit what the preview recognised: every refusal as the lines to print. */
async function importTable(
  deps: ImportCommandDeps,
  call: <T>(channel: string, input: unknown) => Promise<T>,
  docId: string,
  path: string,
): Promise<Report> {
  const { i18n } = deps;
  const name = basename(path);
  const preview = await call<StaffingImportPreview>('staffing.importPreview', { docId, path });
  const { unplaced } = preview.file;
  if (preview.columns === null) {
    const missing = recogniseStaffingColumns(preview.file.headers).missing ?? 'area';
    const error = toFailure(missingColumn(missing)).error;
    throw new StepFailed([errorMessage(i18n, error), ...unplacedLines(i18n, unplaced)], {
      error: error.code,
      column: missing,
      unplaced,
    });
  }
  if (preview.issues.length > 0) {
    throw new StepFailed(
      [
        i18n.t('tableImport:cli.issues', { name, count: preview.issues.length }),
        ...preview.issues.map((issue) => `  ${issueLine(i18n, issue)}`),
        ...unplacedLines(i18n, unplaced),
      ],
      { error: 'INVALID_DATA', issues: preview.issues, unplaced },
    );
  }
  const { report } = await call<{ report: Report }>('staffing.importCommit', {
    docId,
    path,
    digest: preview.file.digest,
    columns: preview.columns,
  });
  return report;
}

export function addImportStaffingCommand(program: Command, deps: ImportCommandDeps): void {
  const { i18n } = deps;
  const t = (key: string) => i18n.t(key);

  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await deps.core().handle(channel, input, { senderId: deps.senderId });
    if (!result.ok) throw new StepFailed([failureText(i18n, result.error)]);
    return result.value as T;
  };

  program
    .command('import-staffing')
    .description(t('tableImport:cli.description'))
    .usage(
      `[${t('cli:syntax.options')}] <${t('cli:syntax.file')}> <${t('tableImport:cli.syntaxTable')}>`,
    )
    .argument(`<${t('cli:syntax.file')}>`, t('tableImport:cli.file'))
    .argument(`<${t('tableImport:cli.syntaxTable')}>`, t('tableImport:cli.table'))
    .option('--json', t('tableImport:cli.json'))
    .action(async (file: string, table: string, options: { json?: boolean }) => {
      const path = resolve(deps.cwd, table);
      let docId: string | null = null;
      try {
        docId = (await call<OpenedPlan>('plan.open', { path: resolve(deps.cwd, file) })).docId;
        const report = await importTable(deps, call, docId, path);
        await call('plan.close', { docId });
        docId = null;
        deps.stdout.write(
          options.json
            ? `${JSON.stringify(report, null, 2)}\n`
            : [
                i18n.t('tableImport:cli.done', { name: basename(path), ...report }),
                ...unplacedLines(i18n, report.unplaced),
                '',
              ].join('\n'),
        );
        deps.done(EXIT_OK);
      } catch (error) {
        if (!(error instanceof StepFailed)) throw error;
        if (options.json && error.json !== null) {
          deps.stdout.write(`${JSON.stringify(error.json, null, 2)}\n`);
        } else {
          deps.stderr.write(`suunta: ${error.lines.join('\n')}\n`);
        }
        deps.done(EXIT_FAILED);
      } finally {
        if (docId !== null) {
          await deps.core().handle('plan.close', { docId }, { senderId: deps.senderId });
        }
      }
    });
}
