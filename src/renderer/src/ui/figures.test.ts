import { describe, expect, it } from 'vitest';
import { formatFigure, inputText, parseDecimal, parseWhole, parseYear } from './figures';

describe('typed figures', () => {
  it('reads a decimal comma, a point and thousands spaces', () => {
    expect(parseDecimal('2,5')).toEqual({ ok: true, value: 2.5 });
    expect(parseDecimal(' 0.75 ')).toEqual({ ok: true, value: 0.75 });
    expect(parseDecimal('1\u202f200,5')).toEqual({ ok: true, value: 1200.5 });
    expect(parseDecimal('1\u00a0234,75')).toEqual({ ok: true, value: 1234.75 });
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
    expect(parseDecimal('12,5 %')).toEqual({ ok: false });
    expect(parseWhole('2,5')).toEqual({ ok: false });
  });

  it('reads a hyphen or the minus sign only when negatives are allowed', () => {
    expect(parseDecimal('\u22123,2', { negative: true })).toEqual({ ok: true, value: -3.2 });
    expect(parseDecimal('-0,5', { negative: true })).toEqual({ ok: true, value: -0.5 });
    expect(parseDecimal('\u22123,2')).toEqual({ ok: false });
    expect(parseDecimal('1,2,3', { negative: true })).toEqual({ ok: false });
  });

  it('reads four-digit years only', () => {
    expect(parseYear('2023')).toEqual({ ok: true, value: 2023 });
    expect(parseYear(' ')).toEqual({ ok: true, value: null });
    expect(parseYear('23')).toEqual({ ok: false });
  });

  it('writes figures as the language does', () => {
    expect(formatFigure(1234.5, 'fi')).toBe('1\u00a0234,5');
    expect(formatFigure(12.345, 'en')).toBe('12.35');
  });

  it('shows a stored figure for editing in the language', () => {
    expect(inputText(2.5, 'fi')).toBe('2,5');
    expect(inputText(1200, 'fi')).toBe('1200');
    expect(inputText(1234.5, 'fi')).toBe('1234,5');
    expect(inputText(null, 'fi')).toBe('');
    expect(inputText(0.75, 'en')).toBe('0.75');
    expect(inputText(0.123456, 'fi', 6)).toBe('0,123456');
  });
});
