import { formatFinnishDate } from '../dates';
import type { Language } from '../domain/settings';
import {
  levelGroupOf,
  professions,
  type DataBlock,
  type IndicatorValue,
  type Indicator,
  type LevelGroup,
  type PlanData,
  type ProfessionFigures,
  type Ratio,
  type StaffingReport,
  type StaffingTotal,
} from '../domain/plan-data';

/** A translator such as i18next's `t`, with the `planData` and `dataTables` namespaces loaded. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface DataCell {
  text: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** A header cell of its row (th scope=row). */
  rowHeader?: boolean;
  /** Marks a figure that misses its ratio or target (shown in bold and said in words). */
  short?: boolean;
  colSpan?: number;
  /** A header cell spanning header rows (the staffing table's two-row head). */
  rowSpan?: number;
}

/**
 * A live block as a table, rendered the same way by the editor's node, the print HTML (PDF) and the
 * Word export, so all three show the same figures in the same words.
 */
export interface DataTable {
  /** The table's caption, e.g. "Henkilöstömitoitus: esi- ja perusopetus". */
  caption: string;
  /** Header rows (th scope=col). */
  head: DataCell[][];
  body: DataCell[][];
  /** Totals rows. */
  foot: DataCell[][];
  /** Lines under the table: the ratio set and its sources, what an unknown figure means. */
  notes: string[];
}

/**
 * The table of a block (`null` for `indicatorChart`, which is a chart; see src/shared/charts), or
 * `{ missing }` when what it refers to is gone (an indicator removed) — the block then says so
 * rather than disappearing. Numbers in the language's format (decimal comma in fi and sv).
 */
export type DataBlockView = { table: DataTable } | { missing: string } | null;

/** An unknown figure ("ei tiedossa"), explained in the notes. */
export const UNKNOWN = '–';
/** The mark after a figure that misses its ratio, explained in the notes. */
export const SHORT_MARK = '*';

interface Formats {
  t: Translate;
  language: Language;
  whole(value: number | null): string;
  fte(value: number | null): string;
  decimal(value: number | null): string;
}

function formats(t: Translate, language: Language): Formats {
  const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const fte = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const or = (format: Intl.NumberFormat) => (value: number | null) =>
    value === null ? UNKNOWN : format.format(value);
  return { t, language, whole: or(whole), fte: or(fte), decimal: or(decimal) };
}

const header = (text: string, span: { colSpan?: number; rowSpan?: number } = {}): DataCell => ({
  text,
  ...span,
});
const rowHeader = (text: string, colSpan?: number): DataCell =>
  colSpan === undefined ? { text, rowHeader: true } : { text, rowHeader: true, colSpan };
const figure = (text: string, short = false): DataCell =>
  short ? { text: `${text} ${SHORT_MARK}`, numeric: true, short } : { text, numeric: true };

/**
 * The caption of a block in the given words: the table's caption, the chart's title, and what a
 * version comparison shows for the block ("Henkilöstömitoitus: koko alue"). `data` names the
 * indicator of a chart; without it (or when the indicator is gone) the chart is named generally.
 */
export function dataBlockCaption(block: DataBlock, data: PlanData | null, t: Translate): string {
  switch (block.kind) {
    case 'staffing':
      return t(`dataTables:staffing.caption.${block.levelGroup ?? 'all'}`);
    case 'shortfall':
      return t('dataTables:shortfall.caption');
    case 'providers':
      return t('dataTables:providers.caption');
    case 'indicators':
      return t('dataTables:indicators.caption');
    case 'indicatorChart': {
      const indicator = data?.indicators.find((entry) => entry.id === block.indicatorId);
      return indicator
        ? t('dataTables:chart.caption', { name: indicator.name })
        : t('dataTables:chart.captionUnnamed');
    }
  }
}

/** The groups a staffing block shows: its own, or every group that has rows. */
function groupsOf(report: StaffingReport, levelGroup: LevelGroup | null): LevelGroup[] {
  const present = report.totals
    .map((total) => total.levelGroup)
    .filter((group): group is LevelGroup => group !== null);
  return levelGroup === null ? present : [levelGroup];
}

/** A group's ratios in `professions` order. */
const ratiosOf = (report: StaffingReport, group: LevelGroup) =>
  professions.flatMap((profession) =>
    report.ratioSet.ratios.filter(
      (ratio) => ratio.levelGroup === group && ratio.profession === profession,
    ),
  );

const figuresOf = (figures: readonly ProfessionFigures[], profession: string) =>
  figures.find((entry) => entry.profession === profession);

function professionCells(figures: readonly ProfessionFigures[], f: Formats): DataCell[] {
  return professions.flatMap((profession) => {
    const entry = figuresOf(figures, profession);
    return [
      figure(f.fte(entry?.fte ?? null)),
      figure(f.whole(entry?.perFte ?? null), entry?.met === false),
    ];
  });
}

function totalRow(total: StaffingTotal, f: Formats): DataCell[] {
  return [
    rowHeader(f.t(`dataTables:staffing.total.${total.levelGroup ?? 'all'}`), 2),
    figure(f.whole(total.pupils)),
    ...professionCells(total.figures, f),
  ];
}

/**
 * One note per profession: its ratio with kind and source, or each group's where they differ
 * (THL recommends other figures for nurses and doctors in upper secondary).
 */
function ratioNotes(ratios: readonly Ratio[], f: Formats): string[] {
  const { t } = f;
  const lower = (text: string) => text.toLocaleLowerCase(f.language);
  const part = (ratio: Ratio) => ({
    perFte: f.whole(ratio.perFte),
    kind: lower(t(`planData:ratioKind.${ratio.kind}`)),
    source: ratio.source,
  });
  return professions.flatMap((profession) => {
    const own = ratios.filter((ratio) => ratio.profession === profession);
    if (own.length === 0) return [];
    const same = own.every(
      (ratio) =>
        ratio.perFte === own[0]!.perFte &&
        ratio.kind === own[0]!.kind &&
        ratio.source === own[0]!.source,
    );
    const parts = same
      ? [t('dataTables:staffing.ratioPart', part(own[0]!))]
      : own.map((ratio) =>
          t('dataTables:staffing.ratioGroupPart', {
            ...part(ratio),
            group: lower(t(`planData:levelGroup.${ratio.levelGroup}`)),
          }),
        );
    return [
      t('dataTables:staffing.ratio', {
        profession: t(`planData:profession.${profession}`),
        ratios: parts.join(t('dataTables:staffing.ratioJoin')),
      }),
    ];
  });
}

function staffingTable(
  report: StaffingReport,
  levelGroup: LevelGroup | null,
  caption: string,
  f: Formats,
): DataTable {
  const { t } = f;
  const groups = groupsOf(report, levelGroup);
  const head: DataCell[][] = [
    [
      header(t('dataTables:staffing.area'), { rowSpan: 2 }),
      header(t('dataTables:staffing.level'), { rowSpan: 2 }),
      header(t('dataTables:staffing.pupils'), { rowSpan: 2 }),
      ...professions.map((profession) =>
        header(t(`planData:professionPlural.${profession}`), { colSpan: 2 }),
      ),
    ],
    professions.flatMap(() => [
      header(t('dataTables:staffing.fte')),
      header(t('dataTables:staffing.perFte')),
    ]),
  ];
  const rows = report.rows.filter(
    (row) => levelGroup === null || levelGroupOf(row.level) === levelGroup,
  );
  const body = rows.map((row) => [
    rowHeader(row.area),
    { text: t(`planData:level.${row.level}`) },
    figure(f.whole(row.pupils)),
    ...professionCells(row.figures, f),
  ]);
  const totals = report.totals.filter((total) =>
    levelGroup === null ? true : total.levelGroup === levelGroup,
  );
  const ratios = groups.flatMap((group) => ratiosOf(report, group));
  const missing = totals.some((total) => total.figures.some((entry) => entry.missingRows > 0));
  return {
    caption,
    head,
    body:
      body.length > 0
        ? body
        : [[{ text: t('dataTables:staffing.empty'), colSpan: 3 + 2 * professions.length }]],
    foot: rows.length > 0 ? totals.map((total) => totalRow(total, f)) : [],
    notes: [
      t('dataTables:staffing.ratioSet', { name: report.ratioSet.name[f.language] }),
      ...ratioNotes(ratios, f),
      t('dataTables:staffing.short', { mark: SHORT_MARK }),
      ...(missing ? [t('dataTables:staffing.missingRows')] : []),
      t('dataTables:unknown', { mark: UNKNOWN }),
    ],
  };
}

function shortfallTable(report: StaffingReport, caption: string, f: Formats): DataTable {
  const { t } = f;
  const region = report.totals.find((total) => total.levelGroup === null);
  const groups = groupsOf(report, null);
  const yesNo = (met: boolean | null) =>
    met === null ? UNKNOWN : t(met ? 'dataTables:shortfall.yes' : 'dataTables:shortfall.no');
  let byGroup = false;
  const body = professions.map((profession) => {
    const entry = region?.figures.find((figures) => figures.profession === profession);
    // The ratios of the groups that have rows (terveydenhoitaja and lääkäri differ by group).
    const ratios = (groups.length === 0 ? (['basic'] as const) : groups).flatMap((group) =>
      ratiosOf(report, group).filter((ratio) => ratio.profession === profession),
    );
    const distinct = [...new Set(ratios.map((ratio) => ratio.perFte))];
    const kinds = [...new Set(ratios.map((ratio) => ratio.kind))];
    if (distinct.length > 1) byGroup = true;
    return [
      rowHeader(t(`planData:professionPlural.${profession}`)),
      figure(f.fte(entry?.fte ?? null)),
      figure(f.fte(entry?.requiredFte ?? null)),
      figure(f.fte(entry?.shortfall ?? null), entry?.met === false),
      { text: yesNo(entry?.met ?? null) },
      figure(distinct.map((value) => f.whole(value)).join(' / ') || UNKNOWN),
      { text: kinds.map((kind) => t(`planData:ratioKind.${kind}`)).join(', ') || UNKNOWN },
    ];
  });
  const hidden = (region?.figures ?? []).filter(
    (entry) =>
      entry.rowShortfall !== null &&
      entry.shortfall !== null &&
      entry.rowShortfall > entry.shortfall,
  );
  return {
    caption,
    head: [
      [
        header(t('dataTables:shortfall.profession')),
        header(t('dataTables:shortfall.fte')),
        header(t('dataTables:shortfall.required')),
        header(t('dataTables:shortfall.shortfall')),
        header(t('dataTables:shortfall.met')),
        header(t('dataTables:shortfall.ratio')),
        header(t('dataTables:shortfall.kind')),
      ],
    ],
    body,
    foot: [],
    notes: [
      t('dataTables:shortfall.pupils', { pupils: f.whole(region?.pupils ?? 0) }),
      t('dataTables:staffing.ratioSet', { name: report.ratioSet.name[f.language] }),
      ...(byGroup ? [t('dataTables:shortfall.byGroup')] : []),
      ...hidden.map((entry) =>
        t('dataTables:shortfall.hidden', {
          profession: t(`planData:professionPlural.${entry.profession}`),
          fte: f.fte(entry.rowShortfall),
        }),
      ),
      t('dataTables:staffing.short', { mark: SHORT_MARK }),
      t('dataTables:unknown', { mark: UNKNOWN }),
    ],
  };
}

function providersTable(data: PlanData, caption: string, f: Formats): DataTable {
  const { t } = f;
  const columns = ['name', 'kind', 'levels', 'language', 'status', 'adoptedOn', 'reference'];
  const body = data.providers.map((provider) => [
    rowHeader(provider.name),
    { text: t(`planData:providerKind.${provider.kind}`) },
    { text: provider.levels.map((level) => t(`planData:level.${level}`)).join(', ') },
    { text: t(`planData:providerLanguage.${provider.language}`) },
    { text: t(`planData:planStatus.${provider.planStatus}`) },
    { text: provider.adoptedOn === null ? '' : formatFinnishDate(provider.adoptedOn) },
    { text: provider.planReference },
  ]);
  const adopted = data.providers.filter((provider) => provider.planStatus === 'adopted').length;
  return {
    caption,
    head: [columns.map((column) => header(t(`dataTables:providers.${column}`)))],
    body:
      body.length > 0
        ? body
        : [[{ text: t('dataTables:providers.empty'), colSpan: columns.length }]],
    foot: [],
    notes:
      data.providers.length > 0
        ? [t('dataTables:providers.adopted', { adopted, total: data.providers.length })]
        : [],
  };
}

function indicatorsTable(data: PlanData, caption: string, f: Formats): DataTable {
  const { t } = f;
  const columns = ['name', 'source', 'group', 'baseline', 'target', 'latest', 'status'];
  const value = (indicator: Indicator, entry: IndicatorValue | null) =>
    entry === null
      ? UNKNOWN
      : t('dataTables:indicators.value', {
          value: [f.decimal(entry.value), indicator.unit].filter(Boolean).join(' '),
          year: entry.year,
        });
  const body = data.indicators.map((indicator) => [
    rowHeader(indicator.name),
    { text: t(`planData:indicatorSource.${indicator.source}`) },
    { text: indicator.group },
    figure(value(indicator, indicator.baseline)),
    figure(value(indicator, indicator.target)),
    figure(value(indicator, indicator.latest)),
    {
      text: t(`planData:indicatorStatus.${indicator.status}`),
      short: indicator.status === 'worsening' || undefined,
    },
  ]);
  return {
    caption,
    head: [columns.map((column) => header(t(`dataTables:indicators.${column}`)))],
    body:
      body.length > 0
        ? body
        : [[{ text: t('dataTables:indicators.empty'), colSpan: columns.length }]],
    foot: [],
    notes: body.length > 0 ? [t('dataTables:unknown', { mark: UNKNOWN })] : [],
  };
}

/** The table a block shows from `data`, in the language of `t` and `language`. */
export function dataBlockTable(
  block: DataBlock,
  data: PlanData,
  t: Translate,
  language: Language,
): DataBlockView {
  const f = formats(t, language);
  const caption = dataBlockCaption(block, data, t);
  switch (block.kind) {
    case 'staffing':
      return { table: staffingTable(data.staffing, block.levelGroup, caption, f) };
    case 'shortfall':
      return { table: shortfallTable(data.staffing, caption, f) };
    case 'providers':
      return { table: providersTable(data, caption, f) };
    case 'indicators':
      return { table: indicatorsTable(data, caption, f) };
    case 'indicatorChart':
      return data.indicators.some((indicator) => indicator.id === block.indicatorId)
        ? null
        : { missing: t('dataTables:chart.missing') };
  }
}
