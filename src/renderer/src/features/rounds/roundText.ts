import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFinnishDate, parseFinnishDate } from '../../../../shared/dates';
import type { RoundSummary } from '../../../../shared/domain/rounds';

/** The texts of a round as the list and the details show them, in the UI language. */
export function useRoundText() {
  const { t } = useTranslation('rounds');
  return useMemo(
    () => ({
      /** "versio 3 – Luonnos lausunnolle". */
      version: (round: Pick<RoundSummary, 'versionNumber' | 'versionLabel'>) =>
        t('list.version', { number: round.versionNumber, label: round.versionLabel }),
      /** "1.2.2027–28.2.2027", "1.2.2027 alkaen", "28.2.2027 asti"; null when neither is set. */
      period: (round: Pick<RoundSummary, 'opensOn' | 'closesOn'>) => {
        const opens = round.opensOn ? formatFinnishDate(round.opensOn) : null;
        const closes = round.closesOn ? formatFinnishDate(round.closesOn) : null;
        if (opens && closes) return t('list.period', { opens, closes });
        if (opens) return t('list.from', { date: opens });
        if (closes) return t('list.until', { date: closes });
        return null;
      },
      status: (round: Pick<RoundSummary, 'status'>) => t(`status.${round.status}`),
    }),
    [t],
  );
}

/** d.m.yyyy of a stored date for a date field ("" when none). */
export function dateText(iso: string | null): string {
  return iso ? formatFinnishDate(iso) : '';
}

/** The ISO date of a date field's text; null when it is empty (callers check the format first). */
export function isoOf(text: string): string | null {
  return text.trim() === '' ? null : parseFinnishDate(text);
}

/** A file name from a round's title: letters, digits and dashes only. */
export function fileNameOf(title: string): string {
  const name = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return name.slice(0, 80) || 'kommenttikierros';
}
