import { describe, expect, it } from 'vitest';
import { readCount, readFte, readNumber } from './numbers';
import { levelOfCell, recogniseStaffingColumns } from './staffing-columns';
import { staffingRows } from './fixtures';

describe('staffing columns', () => {
  it('recognises the Finnish headers of the example', () => {
    expect(recogniseStaffingColumns(staffingRows[0]!)).toEqual({
      columns: {
        area: 0,
        level: 1,
        pupils: 2,
        kuraattori: 3,
        psykologi: 4,
        terveydenhoitaja: 5,
        laakari: 6,
      },
      missing: null,
      unplaced: [],
    });
  });

  it.each([
    [
      'fi',
      [
        'Kunta',
        'Koulutusaste',
        'Opiskelijat',
        'Kuraattori (htv)',
        'Koulupsykologit',
        'Kouluterveydenhoitaja',
        'Koululääkäri',
        'Huom.',
      ],
    ],
    [
      'sv',
      [
        'Kommun',
        'Nivå',
        'Elever',
        'Kuratorer (årsv.)',
        'Psykolog',
        'Hälsovårdare',
        'Läkare',
        'Anmärkning',
      ],
    ],
    [
      'en',
      [
        'Municipality',
        'Level',
        'Students',
        'School social workers',
        'Psychologists',
        'Nurses',
        'Doctor',
        'Remarks',
      ],
    ],
  ])('recognises %s headers in any case and names what it cannot place', (_, headers) => {
    const { columns, unplaced } = recogniseStaffingColumns(headers.map((h) => h.toUpperCase()));
    expect(columns).toEqual({
      area: 0,
      level: 1,
      pupils: 2,
      kuraattori: 3,
      psykologi: 4,
      terveydenhoitaja: 5,
      laakari: 6,
    });
    expect(unplaced).toEqual([headers[7]!.toUpperCase()]);
  });

  it('takes a provider column as the area, and leaves absent professions out', () => {
    const { columns, unplaced } = recogniseStaffingColumns([
      'Oppilaitoksia',
      'Koulutuksen järjestäjä',
      'Aste',
      'Oppilasmäärä',
      'Psykologit',
    ]);
    expect(columns).toEqual({
      area: 1,
      level: 2,
      pupils: 3,
      kuraattori: null,
      psykologi: 4,
      terveydenhoitaja: null,
      laakari: null,
    });
    // The number of schools is not the number of pupils.
    expect(unplaced).toEqual(['Oppilaitoksia']);
  });

  it('says which of area and level is missing', () => {
    expect(recogniseStaffingColumns(['Aste', 'Oppilaat', 'Kuraattorit'])).toEqual({
      columns: null,
      missing: 'area',
      unplaced: [],
    });
    expect(recogniseStaffingColumns(['Alue', 'Oppilaat', 'Sarake X']).missing).toBe('level');
  });
});

describe('level cells', () => {
  it.each([
    ['Esiopetus', 'preschool'],
    ['förskoleundervisning', 'preschool'],
    ['Pre-primary education', 'preschool'],
    ['perusopetus 1–9', 'basic'],
    ['Grundläggande utbildning', 'basic'],
    ['Basic education', 'basic'],
    ['LUKIO', 'upperSecondary'],
    ['Gymnasium', 'upperSecondary'],
    ['General upper secondary', 'upperSecondary'],
    ['Ammatillinen koulutus', 'vocational'],
    ['Yrkesutbildning', 'vocational'],
    ['Vocational', 'vocational'],
    ['TUVA', 'tuva'],
    ['Hux', 'tuva'],
  ] as const)('reads %s as %s', (cell, level) => {
    expect(levelOfCell(cell)).toBe(level);
  });

  it('reads nothing into an unknown or empty level', () => {
    expect(levelOfCell('Korkeakoulu')).toBeNull();
    expect(levelOfCell('  ')).toBeNull();
  });
});

describe('numbers', () => {
  it('reads decimal commas and points, and spaces of any kind as thousands separators', () => {
    expect(readNumber('5,5')).toEqual({ ok: true, value: 5.5 });
    expect(readNumber('5.5')).toEqual({ ok: true, value: 5.5 });
    expect(readNumber('1 234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber('12\u00a0345')).toEqual({ ok: true, value: 12345 });
    expect(readNumber('12\u202f345')).toEqual({ ok: true, value: 12345 });
    expect(readNumber('\u22123,5')).toEqual({ ok: true, value: -3.5 });
    expect(readNumber('')).toEqual({ ok: true, value: null });
    expect(readNumber('1.234,5')).toEqual({ ok: false, problem: 'notANumber' });
    expect(readNumber('noin 5')).toEqual({ ok: false, problem: 'notANumber' });
  });

  it('reads pupils as whole numbers and FTEs in hundredths, rounded half up', () => {
    expect(readCount('4 120')).toEqual({ ok: true, value: 4120 });
    expect(readCount('4120,0')).toEqual({ ok: true, value: 4120 });
    expect(readCount('41,5')).toEqual({ ok: false, problem: 'notWhole' });
    expect(readCount('-3')).toEqual({ ok: false, problem: 'negative' });
    expect(readFte('1,005')).toEqual({ ok: true, value: 1.01 });
    expect(readFte('2,344')).toEqual({ ok: true, value: 2.34 });
    expect(readFte('-0,5')).toEqual({ ok: false, problem: 'negative' });
    expect(readFte(' ')).toEqual({ ok: true, value: null });
  });
});
