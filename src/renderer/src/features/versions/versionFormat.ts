import type { Language } from '../../../../shared/domain/settings';

/** Times are shown as in Helsinki, wherever the computer is set: decisions are made there. */
const timeZone = 'Europe/Helsinki';

/** The Finnish and Swedish of Finland write 28.11.2026 13.40; English gets 28/11/2026 13:40. */
const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function localeOf(language: string): string {
  return locales[language as Language] ?? locales.fi;
}

/** "28.11.2026" in the UI language. */
export function formatDate(instant: Date, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone,
  }).format(instant);
}

/** "28.11.2026 13.40" of an ISO instant, in the UI language. */
export function formatDateTime(iso: string, language: string): string {
  const instant = new Date(iso);
  const time = new Intl.DateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(instant);
  return `${formatDate(instant, language)} ${time}`;
}

/** "1 234" in the UI language. */
export function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language)).format(count);
}

/** The start of a digest, enough to tell versions apart when reading it aloud or comparing. */
export function shortDigest(digest: string): string {
  return digest.slice(0, 12);
}
