/**
 * A name as compared: lower case, whitespace runs as one space, trimmed ("Keravan  kaupunki").
 * Providers, staffing areas, indicators and the respondents of comment rounds use the same key.
 */
export const nameKey = (name: string): string =>
  name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fi');

/** A name as stored: whitespace runs as one space, trimmed. */
export const tidyName = (name: string): string => name.replace(/\s+/g, ' ').trim();
