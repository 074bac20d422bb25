import { describe, expect, it } from 'vitest';
import { wordDiff } from './wordDiff';

describe('word diff of a revision against the current text', () => {
  it('marks whole Finnish words, keeping what is equal', () => {
    const parts = wordDiff('Koskee koko aluetta.', 'Koskee koko hyvinvointialuetta.');
    expect(parts.filter((part) => part.op === 'delete').map((part) => part.text)).toEqual([
      'aluetta',
    ]);
    expect(parts.filter((part) => part.op === 'insert').map((part) => part.text)).toEqual([
      'hyvinvointialuetta',
    ]);
    expect(
      parts
        .filter((part) => part.op !== 'delete')
        .map((part) => part.text)
        .join(''),
    ).toBe('Koskee koko hyvinvointialuetta.');
  });

  it('keeps line breaks between paragraphs', () => {
    const parts = wordDiff('Eka.\nToka.', 'Eka.\nToka ja kolmas.');
    expect(parts.map((part) => part.text).join('')).toContain('\n');
  });
});
