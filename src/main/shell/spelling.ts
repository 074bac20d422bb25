import type { Language } from '../../shared/domain/settings';

/**
 * The spell checker's dictionaries among those available: the language the user writes in
 * (Swedish with a Swedish UI, otherwise Finnish) must be there, because a checker for another
 * language alone would mark nearly every word; the other of Finnish and Swedish joins it when
 * available. Chromium's own dictionaries include Swedish but not Finnish, so on Linux Finnish
 * writers get no checking there; the system checkers of Windows and macOS usually have both.
 */
export function spellCheckerLanguages(
  available: readonly string[],
  uiLanguage: Language,
): string[] {
  const writing = uiLanguage === 'sv' ? 'sv' : 'fi';
  const pick = (language: string) =>
    available.find((code) => code === language || code.startsWith(`${language}-`));
  const main = pick(writing);
  if (main === undefined) return [];
  const other = pick(writing === 'fi' ? 'sv' : 'fi');
  return other === undefined ? [main] : [main, other];
}
