import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFinnishDate } from '../../../../shared/dates';
import { decisionKinds, type Milestone } from '../../../../shared/domain/milestones';
import type { Language } from '../../../../shared/domain/settings';
import type { VersionSummary } from '../../../../shared/domain/versions';
import { decisionRef, milestoneName } from '../../../../shared/process/default-milestones';
import { shortDigest } from '../versions/versionFormat';

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The date a step is due by: the end of a period, else its planned day. */
export function dueDate(milestone: Milestone): string | null {
  return milestone.plannedEndDate ?? milestone.plannedDate;
}

/** The texts of a milestone as the timeline and the header show them, in the UI language. */
export function useMilestoneText() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return useMemo(
    () => ({
      name: (milestone: Milestone) => milestoneName(milestone, language),
      kind: (milestone: Milestone) => t(`process:kind.${milestone.kind}`),
      status: (milestone: Milestone) => t(`process:status.${milestone.status}`),
      warning: (warning: Milestone['warnings'][number]) => t(`process:warning.${warning}`),
      /** "5.9.2022–21.9.2022" for a period, "23.11.2022" for a day; null when not planned. */
      planned: (milestone: Milestone) => {
        if (!milestone.plannedDate) return null;
        const start = formatFinnishDate(milestone.plannedDate);
        return milestone.plannedEndDate
          ? t('timeline.period', { start, end: formatFinnishDate(milestone.plannedEndDate) })
          : start;
      },
      /** "Aluevaltuusto 8.12.2022 § 12 – hyväksyttiin muutoksitta"; null when nothing is recorded. */
      decision: (milestone: Milestone) => {
        const decided = milestone.itemNumber.trim() !== '' || milestone.decisionText.trim() !== '';
        // A survey or a comment round has a date but no decision, unless she recorded one.
        if (!decisionKinds.includes(milestone.kind) && !decided) return null;
        const parts = [decisionRef(milestone, language), milestone.decisionText.trim()];
        return parts.filter(Boolean).join(' – ') || null;
      },
      /** The versions to choose from, newest first. */
      newestFirst: (versions: VersionSummary[]) =>
        [...versions].sort((a, b) => b.number - a.number),
      version: (version: VersionSummary) =>
        t('timeline.versionLabel', { number: version.number, label: version.label }),
      digest: (version: VersionSummary) =>
        t('timeline.digest', { digest: shortDigest(version.digest) }),
    }),
    [t, language],
  );
}

export type MilestoneText = ReturnType<typeof useMilestoneText>;
