import type { IndicatorInput, IndicatorStatus, IndicatorValue } from '../domain/plan-data';

/**
 * Where an indicator stands (see `IndicatorStatusSchema`), from its newest follow-up value:
 * - no values: `noData`; no target: `noTarget`;
 * - the newest value at or beyond the target in the better direction: `met`;
 * - otherwise the newest value against the baseline (or, without one, the oldest value):
 *   `improving`, `worsening` or `unchanged` (equal values; also a single value and no baseline).
 * Values are compared exactly, as entered.
 */
export function indicatorStatus(
  indicator: Pick<IndicatorInput, 'better' | 'baseline' | 'target'>,
  values: readonly IndicatorValue[],
): { latest: IndicatorValue | null; status: IndicatorStatus } {
  const byYear = [...values].sort((a, b) => a.year - b.year);
  const latest = byYear.at(-1) ?? null;
  if (latest === null) return { latest, status: 'noData' };
  const { target } = indicator;
  if (target === null) return { latest, status: 'noTarget' };
  // Positive when `a` is better than `b`.
  const gain = (a: number, b: number) => (indicator.better === 'higher' ? a - b : b - a);
  if (gain(latest.value, target.value) >= 0) return { latest, status: 'met' };
  const reference = indicator.baseline ?? byYear[0]!;
  const change = gain(latest.value, reference.value);
  const status = change > 0 ? 'improving' : change < 0 ? 'worsening' : 'unchanged';
  return { latest, status };
}
