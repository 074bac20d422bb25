import type { Milestone } from '../../../../shared/domain/milestones';

export interface MonthTick {
  /** The first day of the month, ISO. */
  date: string;
  /** Where it falls on the axis, 0–100 (%). */
  at: number;
  /** Labelled with its year too: the first tick, and the first of each new year. */
  withYear: boolean;
}

export interface TimelineScale {
  start: string;
  end: string;
  ticks: MonthTick[];
  /** Where today falls (0–100), or null when it is far outside the plan's dates. */
  today: number | null;
  /** Where a date falls, 0–100 (%). */
  at: (date: string) => number;
}

/** Today is drawn only this close to the plan's dates, so that an old plan keeps a readable axis. */
const TODAY_REACH_MONTHS = 6;

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthStart = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Every date a milestone puts on the axis. */
export function milestoneDates(milestone: Milestone): string[] {
  return [milestone.plannedDate, milestone.plannedEndDate, milestone.actualDate].filter(
    (date): date is string => date !== null,
  );
}

/** Months between labelled ticks: each month on a short axis, fewer as the span grows. */
function tickStep(months: number): number {
  if (months <= 8) return 1;
  if (months <= 16) return 2;
  if (months <= 30) return 3;
  if (months <= 60) return 6;
  return 12;
}

/**
 * The time axis for the milestones' dates, from the start of the first month to the end of the
 * last (and today when it is near); null when no milestone has a date.
 */
export function timelineScale(milestones: Milestone[], today: string): TimelineScale | null {
  const dates = milestones.flatMap(milestoneDates).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return null;
  const todayMonth = monthIndex(today);
  const todayNear =
    todayMonth >= monthIndex(first) - TODAY_REACH_MONTHS &&
    todayMonth <= monthIndex(last) + TODAY_REACH_MONTHS;
  const startMonth = Math.min(monthIndex(first), todayNear ? todayMonth : Infinity);
  const endMonth = Math.max(monthIndex(last), todayNear ? todayMonth : -Infinity) + 1;
  const start = monthStart(startMonth);
  const end = monthStart(endMonth);
  const span = day(end) - day(start);
  const at = (date: string) => ((day(date) - day(start)) / span) * 100;
  const step = tickStep(endMonth - startMonth);
  const ticks: MonthTick[] = [];
  for (let month = startMonth; month < endMonth; month += step) {
    const previous = ticks.at(-1);
    const date = monthStart(month);
    ticks.push({ date, at: at(date), withYear: previous?.date.slice(0, 4) !== date.slice(0, 4) });
  }
  return { start, end, ticks, today: todayNear ? at(today) : null, at };
}
