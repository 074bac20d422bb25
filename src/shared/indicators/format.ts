import type { Language } from '../domain/settings';

/** An indicator's figure as the language writes it: decimal comma in fi and sv, at most 2 decimals. */
export function formatIndicatorNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/**
 * A figure with its unit, kept on one line by a no-break space: "12,5 %" in fi and sv, "12.5%"
 * in English, "620 oppilasta / htv".
 */
export function formatIndicatorValue(value: number, unit: string, language: Language): string {
  const figure = formatIndicatorNumber(value, language);
  if (unit === '') return figure;
  if (unit === '%' && language === 'en') return `${figure}%`;
  return `${figure}\u00a0${unit}`;
}
