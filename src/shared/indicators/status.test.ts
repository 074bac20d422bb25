import { describe, expect, it } from 'vitest';
import type { IndicatorInput, IndicatorValue } from '../domain/plan-data';
import { indicatorStatus } from './status';

type Setup = Pick<IndicatorInput, 'better' | 'baseline' | 'target'>;
const lowerBetter: Setup = {
  better: 'lower',
  baseline: { year: 2019, value: 12 },
  target: { year: 2025, value: 10 },
};
const higherBetter: Setup = {
  better: 'higher',
  baseline: { year: 2020, value: 70 },
  target: { year: 2026, value: 90 },
};
const values = (...pairs: Array<[number, number]>): IndicatorValue[] =>
  pairs.map(([year, value]) => ({ year, value }));

describe('indicatorStatus', () => {
  it('has no data without follow-up values, target or not', () => {
    expect(indicatorStatus(lowerBetter, [])).toEqual({ latest: null, status: 'noData' });
    expect(indicatorStatus({ ...lowerBetter, target: null }, [])).toEqual({
      latest: null,
      status: 'noData',
    });
  });

  it('takes the newest year as the latest value whatever the order given', () => {
    const result = indicatorStatus(lowerBetter, values([2023, 11], [2019, 12], [2021, 14]));
    expect(result).toEqual({ latest: { year: 2023, value: 11 }, status: 'improving' });
  });

  it('has no target when none is set, even with a baseline', () => {
    expect(indicatorStatus({ ...lowerBetter, target: null }, values([2021, 3]))).toEqual({
      latest: { year: 2021, value: 3 },
      status: 'noTarget',
    });
  });

  it('meets a lower-is-better target at or below it', () => {
    expect(indicatorStatus(lowerBetter, values([2023, 10])).status).toBe('met');
    expect(indicatorStatus(lowerBetter, values([2023, 9.5])).status).toBe('met');
    expect(indicatorStatus(lowerBetter, values([2023, 10.1])).status).toBe('improving');
  });

  it('meets a higher-is-better target at or above it', () => {
    expect(indicatorStatus(higherBetter, values([2024, 90])).status).toBe('met');
    expect(indicatorStatus(higherBetter, values([2024, 95])).status).toBe('met');
    expect(indicatorStatus(higherBetter, values([2024, 89.9])).status).toBe('improving');
  });

  it('compares the latest value with the baseline in the better direction', () => {
    expect(indicatorStatus(lowerBetter, values([2021, 14])).status).toBe('worsening');
    expect(indicatorStatus(lowerBetter, values([2021, 12])).status).toBe('unchanged');
    expect(indicatorStatus(higherBetter, values([2022, 60])).status).toBe('worsening');
    expect(indicatorStatus(higherBetter, values([2022, 70])).status).toBe('unchanged');
    expect(indicatorStatus(higherBetter, values([2022, 75])).status).toBe('improving');
  });

  it('uses the oldest value when there is no baseline', () => {
    const noBaseline = { ...lowerBetter, baseline: null };
    expect(indicatorStatus(noBaseline, values([2019, 15], [2023, 13])).status).toBe('improving');
    expect(indicatorStatus(noBaseline, values([2019, 12], [2023, 13])).status).toBe('worsening');
    expect(indicatorStatus(noBaseline, values([2023, 13])).status).toBe('unchanged');
  });
});
