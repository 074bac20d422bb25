import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../shared/search/match';
import { parseQuery } from '../../../shared/search/query';
import { snippetOf } from './snippet';

const shown = (text: string, query: string) =>
  snippetOf(text, findMatches(text, parseQuery(query)))
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('');

describe('snippetOf', () => {
  it('shows a short text whole, every match marked, line breaks as spaces', () => {
    expect(shown('Kuraattori ja\n\nkuraattorin  työ.', 'kuraattori')).toBe(
      '[Kuraattori] ja [kuraattori]n työ.',
    );
  });

  it('cuts a long text at word boundaries around the first match, with "…"', () => {
    const before = 'Alku '.repeat(20);
    const after = ' loppu'.repeat(40);
    const snippet = shown(`${before}ennen kuraattori jälkeen${after}`, 'kuraattori');
    expect(snippet).toMatch(/^…(Alku )+ennen \[kuraattori\] jälkeen( loppu)+…$/);
    expect(snippet.length).toBeLessThan(40 + 'kuraattori'.length + 100 + 10);
    expect(snippet.length).toBeGreaterThan(100);
  });

  it('marks later matches inside the excerpt and leaves those past it out', () => {
    const text = `psykologi ${'sana '.repeat(10)}psykologi${' täyte'.repeat(40)} psykologi`;
    const snippet = snippetOf(text, findMatches(text, parseQuery('psykologi')));
    expect(snippet.filter((part) => part.match).map((part) => part.text)).toEqual([
      'psykologi',
      'psykologi',
    ]);
    expect(snippet.at(-1)!.text.endsWith('…')).toBe(true);
  });
});
