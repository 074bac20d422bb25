import { describe, expect, it } from 'vitest';
import { dateText, fileNameOf, isoOf } from './roundText';

describe('round texts', () => {
  it('turns a round title into a file name of letters, digits and dashes', () => {
    expect(fileNameOf('Luonnoksen lausuntokierros: kevät 2027 / Keusote')).toBe(
      'Luonnoksen-lausuntokierros-kevät-2027-Keusote',
    );
    expect(fileNameOf('  ?? ')).toBe('kommenttikierros');
  });

  it('shows stored dates as d.m.yyyy and reads them back, empty meaning none', () => {
    expect(dateText('2027-02-01')).toBe('1.2.2027');
    expect(dateText(null)).toBe('');
    expect(isoOf('28.2.2027')).toBe('2027-02-28');
    expect(isoOf('  ')).toBeNull();
  });
});
