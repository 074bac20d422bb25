import { describe, expect, it } from 'vitest';
import { describeTerms, ftsExpression, isSingleTerm, MAX_TERMS, parseQuery } from './query';

/** The query language of Haku: how a typed query becomes terms and an FTS5 expression. */

describe('parseQuery', () => {
  it('reads words, word starts, phrases and chunks joined by punctuation', () => {
    const query = parseQuery('Kuraattori opiskeluhuol* "oppilas ja" ICT-palvelut "13 a §"');
    expect(describeTerms(query)).toEqual([
      'kuraattori',
      'opiskeluhuol',
      '"oppilas ja"',
      '"ict palvelut"*',
      '"13 a"',
    ]);
    expect(query.terms.map((term) => term.prefix)).toEqual([true, true, false, true, false]);
  });

  it('keeps diacritics only where typed', () => {
    const [paatos, paatosTyped, saa] = parseQuery('paatos Päätös SÄÄ').terms;
    expect(paatos!.words).toEqual([{ text: 'paatos', exact: false }]);
    expect(paatosTyped!.words).toEqual([{ text: 'päätös', exact: true }]);
    expect(saa!.words).toEqual([{ text: 'sää', exact: true }]);
  });

  it('reads an unclosed quote and a quoted word start', () => {
    expect(describeTerms(parseQuery('"avoin lainaus'))).toEqual(['"avoin lainaus"']);
    expect(parseQuery('"oppilas huolt"*').terms[0]).toMatchObject({ prefix: true });
  });

  it('takes FTS5 syntax as words and finds nothing to search in symbols alone', () => {
    expect(describeTerms(parseQuery('NEAR(a b) title:x a OR b NOT c ^alku'))).toEqual([
      '"near a"*',
      'b',
      '"title x"*',
      'a',
      'or',
      'b',
      'not',
      'c',
      'alku',
    ]);
    for (const query of ['*', '""', '(((', '-', '§', '   ']) {
      expect(parseQuery(query).terms).toEqual([]);
    }
  });

  it(`reads at most ${MAX_TERMS} terms`, () => {
    const words = Array.from({ length: MAX_TERMS + 4 }, (_, i) => `sana${i}`).join(' ');
    expect(parseQuery(words).terms).toHaveLength(MAX_TERMS);
  });

  it('tells one word or phrase (what Replace takes) from several', () => {
    expect(isSingleTerm(parseQuery('kuraattori'))).toBe(true);
    expect(isSingleTerm(parseQuery('"koulu kuraattori"'))).toBe(true);
    expect(isSingleTerm(parseQuery('koulu kuraattori'))).toBe(false);
    expect(isSingleTerm(parseQuery('""'))).toBe(false);
  });
});

describe('ftsExpression', () => {
  it('quotes every term, removes diacritics and joins with AND', () => {
    expect(ftsExpression(parseQuery('Päätös "oppilas ja" opiskeluhuol*'))).toBe(
      '"paatos"* AND "oppilas ja" AND "opiskeluhuol"*',
    );
  });

  it('lets no FTS5 operator or quote through', () => {
    const expression = ftsExpression(parseQuery('a" OR "b NEAR(c) {title}: d* -e ^f'));
    // The quote after `a` opens a phrase that runs to the end, operators and all.
    expect(expression).toBe('"a"* AND "or"* AND "b near c title d e f"');
  });
});
