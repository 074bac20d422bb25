import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime, shortDigest } from './versionFormat';

describe('version times and numbers as the UI shows them', () => {
  it('shows Helsinki time, winter and summer, whatever the computer is set to', () => {
    expect(formatDateTime('2026-11-24T08:00:00.000Z', 'fi')).toBe('24.11.2026 10.00');
    expect(formatDateTime('2026-06-01T09:30:00.000Z', 'fi')).toBe('1.6.2026 12.30');
  });

  it('follows the UI language', () => {
    expect(formatDateTime('2026-11-24T08:05:00.000Z', 'sv')).toBe('24.11.2026 10.05');
    expect(formatDateTime('2026-11-24T08:05:00.000Z', 'en')).toBe('24/11/2026 10:05');
    expect(formatCount(12345, 'fi')).toBe('12\u00a0345');
  });

  it('shortens a digest to the 12 hex digits people compare by eye', () => {
    expect(shortDigest('3f2a9c1b0d4e'.padEnd(64, '0'))).toBe('3f2a9c1b0d4e');
  });
});
