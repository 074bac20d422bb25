import { describe, expect, it } from 'vitest';
import { locateQuote, normaliseSpace, quoteAt, quoteLocator } from './anchoring';

const text =
  'Opiskeluhuolto on ensisijaisesti yhteisöllistä.\nKuraattori tapaa oppilaat viikoittain.\n' +
  'Psykologi tapaa oppilaat tarvittaessa.';

const passage = (value: string, found: ReturnType<typeof locateQuote>) =>
  found.found ? value.slice(found.start, found.end) : null;

describe('quotes of passages (TextQuoteSelector)', () => {
  it('keeps the exact text with a little context on each side, whitespace normalised', () => {
    const start = text.indexOf('tapaa oppilaat viikoittain');
    const quote = quoteAt(text, start, start + 'tapaa oppilaat viikoittain'.length);
    expect(quote).toEqual({
      exact: 'tapaa oppilaat viikoittain',
      prefix: 'sesti yhteisöllistä. Kuraattori ',
      suffix: '. Psykologi tapaa oppilaat tarvi',
    });
  });

  it('gives no quote for a passage of whitespace only', () => {
    expect(quoteAt(text, 47, 48)).toBeNull();
  });

  it('collapses whitespace runs', () => {
    expect(normaliseSpace('  a \n\t b  ')).toBe('a b');
  });
});

describe('finding a quote again', () => {
  it('finds a passage that moved when text was written before it', () => {
    const start = text.indexOf('viikoittain');
    const quote = quoteAt(text, start, start + 'viikoittain'.length)!;
    const edited = `Uusi johdantokappale.\n${text}`;
    expect(passage(edited, locateQuote(edited, quote))).toBe('viikoittain');
  });

  it('matches across a line break where the quote has a space', () => {
    const quote = { exact: 'yhteisöllistä. Kuraattori', prefix: '', suffix: '' };
    expect(passage(text, locateQuote(text, quote))).toBe('yhteisöllistä.\nKuraattori');
  });

  it('chooses among repeats by the context', () => {
    const start = text.lastIndexOf('tapaa oppilaat');
    const quote = quoteAt(text, start, start + 'tapaa oppilaat'.length)!;
    const found = locateQuote(text, quote);
    expect(found).toMatchObject({ found: true, start });
  });

  it('does not guess between repeats that the context cannot tell apart', () => {
    const quote = { exact: 'tapaa oppilaat', prefix: 'xyz ', suffix: ' qqq' };
    expect(locateQuote(text, quote)).toEqual({ found: false, reason: 'ambiguous' });
  });

  it('reports a removed passage as not found, never a near miss', () => {
    const quote = { exact: 'tapaa oppilaat kuukausittain', prefix: '', suffix: '' };
    expect(locateQuote(text, quote)).toEqual({ found: false, reason: 'removed' });
  });
});

describe('finding many quotes in one text', () => {
  it('finds each as locateQuote does, one text prepared once for all of them', () => {
    const locate = quoteLocator(text);
    const quotes = [
      { exact: '   ', prefix: '', suffix: '' },
      { exact: 'yhteisöllistä. Kuraattori', prefix: '', suffix: '' },
      { exact: 'tapaa oppilaat', prefix: 'Psykologi ', suffix: '' },
      { exact: 'tapaa oppilaat', prefix: 'xyz ', suffix: ' qqq' },
      { exact: 'kuukausittain', prefix: '', suffix: '' },
    ];
    expect(quotes.map((quote) => locate(quote))).toEqual([
      { found: false, reason: 'removed' },
      { found: true, start: text.indexOf('yhteisöllistä'), end: text.indexOf(' tapaa') },
      { found: true, start: text.lastIndexOf('tapaa'), end: text.lastIndexOf(' tarvittaessa') },
      { found: false, reason: 'ambiguous' },
      { found: false, reason: 'removed' },
    ]);
  });
});
