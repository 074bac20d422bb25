import type { Language } from '../domain/settings';

/** A message tree: nested objects whose leaves are i18next strings ({{placeholders}}, _one/_other). */
export type Messages = { [key: string]: string | Messages };

/** Widens a Finnish catalogue's literal strings to `string`, keeping its shape. */
export type ShapeOf<T> = { [K in keyof T]: T[K] extends string ? string : ShapeOf<T[K]> };

/**
 * Declares one namespace in all three languages. Finnish is the source; the Swedish and English
 * catalogues must have exactly its keys, so a missing translation fails the type check.
 */
export function defineMessages<const T extends Messages>(
  fi: T,
  sv: ShapeOf<T>,
  en: ShapeOf<T>,
): Record<Language, ShapeOf<T>> {
  return { fi: fi as ShapeOf<T>, sv, en };
}
