import { describe, expect, it } from 'vitest';
import { initialForm, readForm, readPair, readValueRows } from './indicatorForm';

describe('the indicator form', () => {
  it('says which half of a year and value is missing or wrong', () => {
    expect(readPair({ year: '', value: '' })).toEqual({ value: null, problems: {} });
    expect(readPair({ year: '2023', value: '' }).problems).toEqual({ value: 'yearWithoutValue' });
    expect(readPair({ year: '', value: '4' }).problems).toEqual({ year: 'valueWithoutYear' });
    expect(readPair({ year: '1989', value: 'x' }).problems).toEqual({
      year: 'yearInvalid',
      value: 'valueInvalid',
    });
  });

  it('round-trips an indicator through the form', () => {
    const form = initialForm(null, 'fi');
    const filled = {
      ...form,
      name: '  Kiusaaminen ',
      baseline: { year: '2021', value: '7,4' },
      target: { year: '2027', value: '5' },
    };
    expect(readForm(filled, 'i1').input).toEqual({
      id: 'i1',
      name: 'Kiusaaminen',
      source: 'kouluterveyskysely',
      unit: '%',
      better: 'higher',
      area: '',
      group: '',
      baseline: { year: 2021, value: 7.4 },
      target: { year: 2027, value: 5 },
      note: '',
    });
    expect(readForm({ ...filled, name: ' ' }, undefined)).toMatchObject({
      input: null,
      problems: { name: 'nameRequired' },
    });
  });

  it('sorts follow-up rows, drops empty ones and marks a year given twice', () => {
    const rows = [
      { key: 1, year: '2025', value: '9,1' },
      { key: 2, year: '', value: '' },
      { key: 3, year: '2023', value: '10' },
    ];
    expect(readValueRows(rows).values).toEqual([
      { year: 2023, value: 10 },
      { year: 2025, value: 9.1 },
    ]);
    const twice = readValueRows([...rows, { key: 4, year: '2023', value: '11' }]);
    expect(twice.values).toBeNull();
    expect([...twice.problems]).toEqual([[4, { duplicate: true }]]);
  });
});
