import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../../shared/domain/milestones';
import { timelineScale } from './timelineScale';

const step = (dates: Partial<Milestone>): Milestone => ({
  id: 'm',
  kind: 'other',
  title: null,
  plannedDate: null,
  plannedEndDate: null,
  actualDate: null,
  status: 'planned',
  body: '',
  meetingDate: null,
  itemNumber: '',
  decisionText: '',
  minutesUrl: '',
  notes: '',
  versionId: null,
  timing: 'upcoming',
  warnings: [],
  ...dates,
});

describe('timelineScale', () => {
  it('has no axis while no step has a date', () => {
    expect(timelineScale([step({})], '2022-11-25')).toBeNull();
  });

  it('spans whole months from the first date to the last, Keusote 2022', () => {
    const scale = timelineScale(
      [
        step({ plannedDate: '2022-09-05', plannedEndDate: '2022-09-21' }),
        step({ plannedDate: '2022-12-08' }),
      ],
      '2022-11-25',
    )!;
    expect(scale.start).toBe('2022-09-01');
    expect(scale.end).toBe('2023-01-01');
    expect(scale.ticks.map((tick) => [tick.date, tick.withYear])).toEqual([
      ['2022-09-01', true],
      ['2022-10-01', false],
      ['2022-11-01', false],
      ['2022-12-01', false],
    ]);
    expect(scale.at('2022-09-01')).toBe(0);
    expect(scale.at('2023-01-01')).toBe(100);
    expect(scale.today).toBeCloseTo(scale.at('2022-11-25'));
  });

  it('reaches out to today when it is near, and leaves it out when it is far', () => {
    const steps = [step({ plannedDate: '2022-12-08' })];
    expect(timelineScale(steps, '2022-10-03')!.start).toBe('2022-10-01');
    const old = timelineScale(steps, '2026-11-28')!;
    expect(old.today).toBeNull();
    expect(old.end).toBe('2023-01-01');
  });

  it('labels fewer months on a long axis, with the year where it changes', () => {
    const scale = timelineScale(
      [step({ plannedDate: '2022-09-05' }), step({ plannedDate: '2025-06-01' })],
      '2022-11-25',
    )!;
    const labelled = scale.ticks.filter((tick) => tick.withYear).map((tick) => tick.date);
    expect(scale.ticks.length).toBeLessThanOrEqual(12);
    expect(labelled).toEqual(['2022-09-01', '2023-03-01', '2024-03-01', '2025-03-01']);
  });
});
