import { formatFinnishDate, helsinkiDate } from '../../../shared/dates';
import {
  decisionKinds,
  type Milestone,
  type Milestones,
  type MilestoneTiming,
  type MilestoneWarning,
} from '../../../shared/domain/milestones';
import { CoreError } from '../errors';
import type { MilestoneRow } from './repository';

/**
 * The rules of the decision timeline, free of storage: where each step stands today, what looks
 * doubtful (warned about) and what cannot be (refused with INVALID_DATES). Dates are ISO calendar
 * dates in Europe/Helsinki, so they compare as text.
 */

/** A planned step this many days ahead (or under way) is due soon. */
export const DUE_SOON_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;
const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * done: marked done; inactive: cancelled; unscheduled: no planned date; overdue: its planned date
 * (a period: its end) is past; dueSoon: it starts within DUE_SOON_DAYS days or is under way;
 * upcoming: later.
 */
export function timingOf(row: MilestoneRow, today: string): MilestoneTiming {
  if (row.status === 'done') return 'done';
  if (row.status === 'cancelled') return 'inactive';
  if (row.plannedDate === null) return 'unscheduled';
  if ((row.plannedEndDate ?? row.plannedDate) < today) return 'overdue';
  return daysFrom(today, row.plannedDate) <= DUE_SOON_DAYS ? 'dueSoon' : 'upcoming';
}

const isDecision = (row: MilestoneRow) => decisionKinds.includes(row.kind);

/**
 * beforePreviousStep: planned earlier than a step before it (not cancelled) is planned to start;
 * doneBeforePrevious: done while a step before it (not cancelled) is still open; noVersion: a
 * decision step done without the version it decided on.
 */
export function warningsOf(rows: readonly MilestoneRow[], index: number): MilestoneWarning[] {
  const row = rows[index]!;
  const earlier = rows.slice(0, index).filter((other) => other.status !== 'cancelled');
  const warnings: MilestoneWarning[] = [];
  if (row.status === 'cancelled') return warnings;
  const planned = row.plannedDate;
  if (planned !== null && earlier.some((other) => (other.plannedDate ?? '') > planned)) {
    warnings.push('beforePreviousStep');
  }
  if (row.status === 'done' && earlier.some((other) => other.status !== 'done')) {
    warnings.push('doneBeforePrevious');
  }
  if (row.status === 'done' && isDecision(row) && row.versionId === null) {
    warnings.push('noVersion');
  }
  return warnings;
}

/** The timeline as the UI shows it: each step with its timing and warnings, current and next. */
export function deriveMilestones(rows: readonly MilestoneRow[], today: string): Milestones {
  const milestones: Milestone[] = rows.map((row, index) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    plannedDate: row.plannedDate,
    plannedEndDate: row.plannedEndDate,
    actualDate: row.actualDate,
    status: row.status,
    body: row.body,
    meetingDate: row.meetingDate,
    itemNumber: row.itemNumber,
    decisionText: row.decisionText,
    minutesUrl: row.minutesUrl,
    notes: row.notes,
    versionId: row.versionId,
    timing: timingOf(row, today),
    warnings: warningsOf(rows, index),
  }));
  let current = -1;
  rows.forEach((row, index) => {
    if (row.status === 'done') current = index;
  });
  const next = rows.findIndex(
    (row, index) => index > current && row.status !== 'done' && row.status !== 'cancelled',
  );
  return {
    today,
    milestones,
    currentId: current < 0 ? null : rows[current]!.id,
    nextId: next < 0 ? null : rows[next]!.id,
  };
}

/** What the date rules need of the version linked to a milestone. */
export interface LinkedVersion {
  number: number;
  createdAt: string;
  /** The milestone the version was frozen for (its own decision record is exempt). */
  milestoneId: string | null;
}

/**
 * Refuses impossible dates: a period ending before it starts (endBeforeStart), and a decision
 * (actual or meeting date) before the day the version presented to it was frozen
 * (decisionBeforeVersion). A version frozen when this very milestone was marked done records what
 * was decided and is exempt: it is naturally made on or after the meeting.
 */
export function checkDates(row: MilestoneRow, version: LinkedVersion | undefined): void {
  if (row.plannedEndDate !== null && row.plannedDate === null) {
    throw new CoreError('INVALID_INPUT', { issue: 'plannedEndDate: a period needs a start date' });
  }
  if (row.plannedEndDate !== null && row.plannedDate !== null) {
    if (row.plannedEndDate < row.plannedDate) {
      throw new CoreError('INVALID_DATES', {
        rule: 'endBeforeStart',
        start: formatFinnishDate(row.plannedDate),
        end: formatFinnishDate(row.plannedEndDate),
      });
    }
  }
  if (!version || version.milestoneId === row.id) return;
  const frozenOn = helsinkiDate(new Date(version.createdAt));
  for (const date of [row.actualDate, row.meetingDate]) {
    if (date !== null && date < frozenOn) {
      throw new CoreError('INVALID_DATES', {
        rule: 'decisionBeforeVersion',
        date: formatFinnishDate(date),
        version: version.number,
        versionDate: formatFinnishDate(frozenOn),
      });
    }
  }
}
