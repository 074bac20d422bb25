import type { Language } from '../domain/settings';
import type { DataBlock, PlanData } from '../domain/plan-data';

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

// TEMPORARY contract stub: implemented by the export helper (issue 7).
export function dataBlockTable(
  _block: DataBlock,
  _data: PlanData,
  _t: Translate,
  _language: Language,
): DataBlockView {
  return null;
}
