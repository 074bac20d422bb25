/**
 * Figures typed the Finnish way: a decimal comma (a point works too) and spaces, no-break spaces
 * or narrow no-break spaces between thousands. Empty is "not known" (null), which is not zero.
 */
export type Parsed = { ok: true; value: number | null } | { ok: false };

const thousands = /[\s\u00a0\u202f]/g;

/** A non-negative decimal with at most two decimals kept (the core rounds more away). */
export function parseDecimal(text: string): Parsed {
  const compact = text.replace(thousands, '').replace(',', '.');
  if (compact === '') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(compact)) return { ok: false };
  return { ok: true, value: Number(compact) };
}

/** A non-negative whole number. */
export function parseWhole(text: string): Parsed {
  const compact = text.replace(thousands, '');
  if (compact === '') return { ok: true, value: null };
  if (!/^\d+$/.test(compact)) return { ok: false };
  return { ok: true, value: Number(compact) };
}

/** A stored figure as a field shows it for editing ("" for not known, a comma in Finnish). */
export function inputText(value: number | null, language: string): string {
  if (value === null) return '';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2, useGrouping: false }).format(
    value,
  );
}
