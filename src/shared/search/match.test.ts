import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adaptCase, findMatches, matchesAll, matchesByTerm, type MatchRange } from './match';
import { parseQuery } from './query';

/** How a query matches a text: shared by the core's search and the editor's find bar. */

const marked = (text: string, ranges: MatchRange[]) => {
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
};
const find = (text: string, query: string) => marked(text, findMatches(text, parseQuery(query)));

describe('findMatches', () => {
  it('matches word starts, so compounds and inflected forms are found', () => {
    expect(find('Opiskeluhuoltosuunnitelma ja opiskeluhuolto.', 'opiskeluhuol*')).toBe(
      '[Opiskeluhuol]tosuunnitelma ja [opiskeluhuol]to.',
    );
    expect(find('Kuraattorin ja kuraattori; KURAATTORIT.', 'kuraattori')).toBe(
      '[Kuraattori]n ja [kuraattori]; [KURAATTORI]T.',
    );
    expect(find('Koulukuraattori', 'kuraattori')).toBe('Koulukuraattori');
  });

  it('removes diacritics unless typed: ä and ö are letters of their own', () => {
    const text = 'Päätös, paatos; sää ja saa.';
    expect(find(text, 'paatos')).toBe('[Päätös], [paatos]; sää ja saa.');
    expect(find(text, 'päätös')).toBe('[Päätös], paatos; sää ja saa.');
    expect(find(text, 'sää')).toBe('Päätös, paatos; [sää] ja saa.');
    expect(find(text, 'saa')).toBe('Päätös, paatos; [sää] ja [saa].');
  });

  it('matches phrases word by word across punctuation, whole words unless starred', () => {
    expect(find('ICT-palvelut ja ICT palvelut', 'ICT-palvelut')).toBe(
      '[ICT-palvelut] ja [ICT palvelut]',
    );
    expect(find('Perusopetuslain 13 a §:n mukaan, 13 ab §', '"13 a §"')).toBe(
      'Perusopetuslain [13 a] §:n mukaan, 13 ab §',
    );
    expect(find('oppilas ja huoltaja, oppilasjaos', '"oppilas ja"')).toBe(
      '[oppilas ja] huoltaja, oppilasjaos',
    );
    expect(find('oppilas ja huoltaja, oppilas jaos', '"oppilas ja"*')).toBe(
      '[oppilas ja] huoltaja, [oppilas ja]os',
    );
  });

  it('finds a phrase within a block, never across a line break (blocks are lines)', () => {
    expect(find('Kuraattori tapaa.\nKuraattori\ntapaa', '"kuraattori tapaa"')).toBe(
      '[Kuraattori tapaa].\nKuraattori\ntapaa',
    );
    expect(find('ICT-\npalvelut', 'ICT-palvelut')).toBe('ICT-\npalvelut');
    // Word by word (a combining mark in the text) the same.
    expect(
      find('Pa\u0308a\u0308to\u0308s\ntehty, pa\u0308a\u0308to\u0308s tehty', '"paatos tehty"'),
    ).toBe('Pa\u0308a\u0308to\u0308s\ntehty, [pa\u0308a\u0308to\u0308s tehty]');
  });

  it('merges overlapping matches of several terms', () => {
    expect(find('Kuraattoripalvelut', 'kuraattori kuraattoripal')).toBe('[Kuraattoripal]velut');
  });

  it('keeps offsets right around emoji, combining marks and İ', () => {
    expect(find('😀 Päätös 😀 päätös', 'paatos')).toBe('😀 [Päätös] 😀 [päätös]');
    // "Pa\u0308a\u0308to\u0308s" is Päätös written with combining marks.
    expect(find('x Pa\u0308a\u0308to\u0308s y', 'paatos')).toBe('x [Pa\u0308a\u0308to\u0308s] y');
    expect(find('İstanbul ja istanbul', 'istanbul')).toBe('[İstanbul] ja [istanbul]');
  });

  it('finds nothing for a query of no words', () => {
    expect(findMatches('mitä tahansa', parseQuery('""'))).toEqual([]);
  });

  // A text with a combining mark goes word by word; one without is aligned. Both must agree.
  it('gives the same ranges whichever way the text is matched', () => {
    const letters = ['a', 'ä', 'A', 'Ä', 'o', 'ö', 'Σ', 'ß', 'é', '1', '😀'];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 5 });
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(' ', '-', '. ', '\n', '§ ')), { maxLength: 12 })
      .map((parts) => parts.map(([w, gap]) => w.join('') + gap).join(''));
    const query = fc
      .array(word, { minLength: 1, maxLength: 3 })
      .chain((words) =>
        fc.constantFrom(
          words.join('') + '*',
          words.map((w) => w.join('')).join(' '),
          `"${words.map((w) => w.join('')).join(' ')}"`,
        ),
      );
    fc.assert(
      fc.property(text, query, (plain, typed) => {
        const parsed = parseQuery(typed);
        const aligned = findMatches(plain, parsed);
        // " \u0301" adds a word of one combining mark, which no query here matches.
        const wordByWord = findMatches(`${plain} \u0301`, parsed);
        expect(wordByWord).toEqual(aligned);
      }),
      { numRuns: 300 },
    );
  });
});

describe('matchesByTerm and matchesAll', () => {
  it('needs every term in one of the texts', () => {
    const query = parseQuery('kuraattori psykologi');
    expect(matchesByTerm('Kuraattori ja kuraattori', query)).toEqual([
      [
        { start: 0, end: 10 },
        { start: 14, end: 24 },
      ],
      [],
    ]);
    expect(matchesAll(['Kuraattori', 'Psykologi'], query)).toBe(true);
    expect(matchesAll(['Kuraattori', 'Terveydenhoitaja'], query)).toBe(false);
    expect(matchesAll([], parseQuery('""'))).toBe(false);
  });
});

describe('adaptCase', () => {
  it('follows the case of what it replaces', () => {
    expect(adaptCase('Kuraattori', 'koulukuraattori')).toBe('Koulukuraattori');
    expect(adaptCase('KKT', 'laku')).toBe('LAKU');
    expect(adaptCase('kuraattori', 'Koulukuraattori')).toBe('Koulukuraattori');
    expect(adaptCase('Äiti', 'ääni')).toBe('Ääni');
    expect(adaptCase('13', 'neljätoista')).toBe('neljätoista');
    expect(adaptCase('Kuraattori', '')).toBe('');
  });
});
