import { describe, expect, it } from 'vitest';
import { inputText, parseDecimal, parseWhole } from './numberInput';

describe('figures typed in the staffing and provider dialogs', () => {
  it('reads a decimal comma, a point and thousands spaces', () => {
    expect(parseDecimal('2,5')).toEqual({ ok: true, value: 2.5 });
    expect(parseDecimal(' 0.75 ')).toEqual({ ok: true, value: 0.75 });
    expect(parseDecimal('1\u202f200,5')).toEqual({ ok: true, value: 1200.5 });
    expect(parseWhole('12 340')).toEqual({ ok: true, value: 12340 });
  });

  it('keeps empty apart from zero', () => {
    expect(parseDecimal('')).toEqual({ ok: true, value: null });
    expect(parseDecimal('0')).toEqual({ ok: true, value: 0 });
    expect(parseWhole('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a non-negative figure', () => {
    expect(parseDecimal('-1')).toEqual({ ok: false });
    expect(parseDecimal('2,5,1')).toEqual({ ok: false });
    expect(parseDecimal('kaksi')).toEqual({ ok: false });
    expect(parseWhole('2,5')).toEqual({ ok: false });
  });

  it('shows a stored figure for editing in the language', () => {
    expect(inputText(2.5, 'fi')).toBe('2,5');
    expect(inputText(1200, 'fi')).toBe('1200');
    expect(inputText(null, 'fi')).toBe('');
    expect(inputText(0.75, 'en')).toBe('0.75');
  });
});
