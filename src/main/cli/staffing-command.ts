import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { i18n as I18n } from 'i18next';
import {
  levelGroups,
  professions,
  type ProfessionFigures,
  type StaffingReport,
} from '../../shared/domain/plan-data';
import { LanguageSchema } from '../../shared/domain/settings';
import type { PlanDataSummary } from '../core/index';
import { planCommand, type ReadCommandDeps } from './format';
import { columns } from './timeline-format';

/**
 * `suunta staffing FILE.opsu [--json]`: the staffing table with every row's computed figures and the
 * totals, read read-only as `info` does, so nothing is ever written.
 */

/** The computed figures without what the row or total already says. */
const figuresJson = (figures: readonly ProfessionFigures[]) =>
  figures.map(({ profession, ...rest }) => ({ profession, ...rest }));

/** `--json`: these keys are a contract for scripts; later versions only add keys. */
export function staffingJson(report: StaffingReport): string {
  const value = {
    ratioSet: report.ratioSet,
    rows: report.rows.map((row) => ({
      area: row.area,
      level: row.level,
      pupils: row.pupils,
      fte: row.fte,
      figures: figuresJson(row.figures),
      note: row.note,
    })),
    totals: report.totals.map((total) => ({
      levelGroup: total.levelGroup,
      pupils: total.pupils,
      rows: total.rows,
      figures: figuresJson(total.figures),
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The readable table in the UI language: rows, then totals, then the ratios and the gaps. */
export function staffingTable(summary: PlanDataSummary, i18n: I18n): string {
  const parsed = LanguageSchema.safeParse(i18n.language);
  const language = parsed.success ? parsed.data : 'fi';
  const t = (key: string, values?: Record<string, unknown>) =>
    i18n.t(`cli:commands.staffing.${key}`, values);
  const word = (key: string) => i18n.t(`planData:${key}`);
  const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const fte = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const report = summary.data.staffing;
  const cell = (figures: ProfessionFigures) => {
    if (figures.fte === null) return word('unknown');
    const base =
      figures.perFte === null
        ? t('cellNoOne', { fte: fte.format(figures.fte) })
        : t('cell', { fte: fte.format(figures.fte), perFte: whole.format(figures.perFte) });
    return figures.shortfall !== null && figures.shortfall > 0
      ? `${base}, ${t('shortfall', { shortfall: fte.format(figures.shortfall) })}`
      : base;
  };
  const lines = [
    t('heading', { title: summary.title }),
    t('ratioSet', { name: report.ratioSet.name[language] }),
    ...professions.map((profession) => {
      const ratios = report.ratioSet.ratios.filter((r) => r.profession === profession);
      return t('ratio', {
        profession: word(`profession.${profession}`),
        ratios:
          new Set(ratios.map((r) => r.perFte)).size === 1
            ? whole.format(ratios[0]!.perFte)
            : levelGroups
                .map((group) => ratios.find((r) => r.levelGroup === group))
                .filter((r) => r !== undefined)
                .map((r) => `${whole.format(r.perFte)} (${word(`levelGroup.${r.levelGroup}`)})`)
                .join(', '),
        kind: word(`ratioKind.${ratios[0]?.kind ?? 'statutory'}`),
      });
    }),
    '',
  ];
  if (report.rows.length === 0) return `${[...lines, t('noRows')].join('\n')}\n`;
  const header = [
    t('area'),
    t('level'),
    t('pupils'),
    ...professions.map((p) => word(`profession.${p}`)),
  ];
  const pupils = (value: number | null) => (value === null ? word('unknown') : whole.format(value));
  const rows = report.rows.map((row) => [
    row.area,
    word(`level.${row.level}`),
    pupils(row.pupils),
    ...row.figures.map(cell),
  ]);
  const totals = report.totals.map((total) => [
    t('total', { group: word(`levelGroup.${total.levelGroup ?? 'all'}`) }),
    '',
    pupils(total.pupils),
    ...total.figures.map(cell),
  ]);
  const region = report.totals[report.totals.length - 1]!;
  const missing = region.figures
    .filter((figures) => figures.missingRows > 0)
    .map((figures) =>
      t('missingRows', {
        profession: word(`profession.${figures.profession}`),
        count: figures.missingRows,
      }),
    );
  lines.push(...columns([header, ...rows, ...totals]));
  if (missing.length > 0) lines.push('', ...missing);
  return `${lines.join('\n')}\n`;
}

export function addStaffingCommand(program: Command, deps: ReadCommandDeps): void {
  planCommand(program, deps.i18n, 'staffing')
    .option('--json', deps.i18n.t('cli:commands.staffing.json'))
    .action(async (file: string, options: { json?: boolean }) => {
      const read = await deps.core().inspectData(resolve(deps.cwd, file));
      if (!read.ok) return deps.fail(read.error);
      deps.stdout.write(
        options.json
          ? staffingJson(read.value.data.staffing)
          : staffingTable(read.value, deps.i18n),
      );
      deps.done(0);
    });
}
