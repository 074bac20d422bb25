import type { Language } from '../../../shared/domain/settings';

/**
 * Figures typed the Finnish way: a decimal comma (a point works too) and spaces, no-break spaces
 * or narrow no-break spaces between thousands. Empty is "not known" (null), which is not zero.
 */
export type Parsed = { ok: true; value: number | null } | { ok: false };

const thousands = /[\s\u00a0\u202f]/g;

/**
 * A typed decimal, non-negative unless `negative` allows a hyphen or the minus sign. Every
 * decimal is read; the core rounds what it does not keep.
 */
export function parseDecimal(text: string, { negative = false } = {}): Parsed {
  const compact = text.replace(thousands, '').replace('\u2212', '-').replace(',', '.');
  if (compact === '') return { ok: true, value: null };
  const sign = negative ? '-?' : '';
  if (!new RegExp(`^${sign}(\\d+(\\.\\d+)?|\\.\\d+)$`).test(compact)) return { ok: false };
  return { ok: true, value: Number(compact) };
}

/** A non-negative whole number. */
export function parseWhole(text: string): Parsed {
  const compact = text.replace(thousands, '');
  if (compact === '') return { ok: true, value: null };
  if (!/^\d+$/.test(compact)) return { ok: false };
  return { ok: true, value: Number(compact) };
}

/** A typed year: four digits. */
export function parseYear(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  return /^\d{4}$/.test(trimmed) ? { ok: true, value: Number(trimmed) } : { ok: false };
}

/** A figure as the language writes it: decimal comma in fi and sv, grouped thousands. */
export function formatFigure(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/**
 * A stored figure as a field shows it for editing: "" for not known, no grouping so that it reads
 * back as typed, at most `decimals` decimals.
 */
export function inputText(value: number | null, language: string, decimals = 2): string {
  if (value === null) return '';
  return new Intl.NumberFormat(language, {
    maximumFractionDigits: decimals,
    useGrouping: false,
  }).format(value);
}
