import { format, isValid, parse } from 'date-fns';

/**
 * Dates as Finnish users write them: d.m.yyyy ("8.12.2022", also "08.12.2022"); stored and sent as
 * ISO "yyyy-mm-dd". Calendar dates only, so no time zone enters here; "today" comes from the core's
 * clock in Europe/Helsinki (`helsinkiDate`).
 */
const FINNISH = 'd.M.yyyy';

/** ISO date of a d.m.yyyy text; null when it is not a real date (31.2.2024, 1.13.2024, text). */
export function parseFinnishDate(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(trimmed)) return null;
  const date = parse(trimmed, FINNISH, new Date(2000, 0, 1));
  return isValid(date) ? format(date, 'yyyy-MM-dd') : null;
}

/** d.m.yyyy of an ISO date ("2022-12-08" → "8.12.2022"). */
export function formatFinnishDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}.${month}.${year}`;
}

/** The calendar date in Helsinki at an instant, as ISO. */
export function helsinkiDate(instant: Date): string {
  // en-CA formats as yyyy-mm-dd; Intl carries the tz database, so DST is right.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
