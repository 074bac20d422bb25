import type { Language } from '../../../../shared/domain/settings';

/** A figure as the language writes it: decimal comma in fi and sv, grouped thousands. */
export function formatFigure(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** A figure for an input box: no grouping, so that it reads back as typed. */
export function figureInput(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 6, useGrouping: false }).format(
    value,
  );
}

/**
 * A typed decimal: a comma or a point as the decimal mark, spaces (also no-break) as thousand
 * separators, a hyphen or the minus sign. Empty text is null; anything else unreadable is NaN.
 */
export function parseFigure(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-');
  if (compact === '') return null;
  if (!/^-?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return Number.NaN;
  return Number(compact.replace(',', '.'));
}

/** A typed year: four digits, else NaN; empty is null. */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
