import { describe, expect, it } from 'vitest';
import type {
  CommentImportPreview,
  ImportFilePreview,
} from '../../../../shared/domain/comment-import';
import type { Respondent } from '../../../../shared/domain/rounds';
import {
  authorMapping,
  collectAuthors,
  commitFiles,
  nameProblems,
  suggestKind,
  unmappedSurveys,
  withChoices,
  type AuthorChoice,
} from './importModel';

function file(name: string, overrides: Partial<ImportFilePreview> = {}): ImportFilePreview {
  return {
    path: `/tmp/${name}`,
    name,
    kind: 'docx',
    digest: 'a'.repeat(64),
    bytes: 100,
    previouslyImported: null,
    comments: 1,
    changes: 0,
    replies: 0,
    authors: [],
    survey: null,
    skipped: [],
    ...overrides,
  };
}

const respondent = (id: string, name: string): Respondent => ({
  id,
  name,
  kind: 'municipality',
  contact: '',
  aliases: [],
});

describe('collectAuthors', () => {
  it('adds up an author met in several files and keeps the first proposal found', () => {
    const preview: CommentImportPreview = {
      roundId: 'r1',
      files: [
        file('a.docx', {
          authors: [{ author: 'Liisa', comments: 2, respondentId: null, remembered: false }],
        }),
        file('b.docx', {
          authors: [
            { author: 'Liisa', comments: 3, respondentId: 'p1', remembered: true },
            { author: 'Matti', comments: 1, respondentId: null, remembered: false },
          ],
        }),
      ],
    };
    expect(collectAuthors(preview)).toEqual([
      {
        author: 'Liisa',
        comments: 5,
        files: ['a.docx', 'b.docx'],
        respondentId: 'p1',
        remembered: true,
      },
      { author: 'Matti', comments: 1, files: ['b.docx'], respondentId: null, remembered: false },
    ]);
  });
});

describe('choices', () => {
  it('proposes the matched respondent, else a new one with a guessed kind, and keeps her choices', () => {
    const authors = [
      {
        author: 'Keravan kaupunki',
        comments: 1,
        files: ['k.docx'],
        respondentId: null,
        remembered: false,
      },
      { author: 'Tuusula', comments: 1, files: ['t.docx'], respondentId: 'p2', remembered: false },
      { author: '', comments: 4, files: ['kysely.csv'], respondentId: null, remembered: false },
    ];
    const kept = new Map<string, AuthorChoice>([
      ['Tuusula', { to: 'new', name: 'Tuusulan kunta', kind: 'municipality' }],
    ]);
    const choices = withChoices(authors, kept, (entry) => entry.files[0]!);
    expect([...choices]).toEqual([
      ['Keravan kaupunki', { to: 'new', name: 'Keravan kaupunki', kind: 'municipality' }],
      ['Tuusula', { to: 'new', name: 'Tuusulan kunta', kind: 'municipality' }],
      ['', { to: 'new', name: 'kysely.csv', kind: 'other' }],
    ]);
    expect(authorMapping(choices)[1]).toEqual({
      author: 'Tuusula',
      target: { create: { name: 'Tuusulan kunta', kind: 'municipality' } },
    });
  });

  it('guesses kinds from Finnish and Swedish names', () => {
    expect(suggestKind('Vantaan ja Keravan hyvinvointialue')).toBe('county');
    expect(suggestKind('Järvenpään lukio')).toBe('provider');
    expect(suggestKind('Huoltajien edustaja')).toBe('guardians');
    expect(suggestKind('Studerandekåren')).toBe('students');
    expect(suggestKind('Sipoon kunta')).toBe('municipality');
    expect(suggestKind('Liisa Virtanen')).toBe('other');
  });

  it('flags new names that are empty, already registered or given twice', () => {
    const choices = new Map<string, AuthorChoice>([
      ['a', { to: 'new', name: ' ', kind: 'other' }],
      ['b', { to: 'new', name: 'keravan kaupunki', kind: 'other' }],
      ['c', { to: 'new', name: 'Uusi', kind: 'other' }],
      ['d', { to: 'new', name: 'uusi ', kind: 'other' }],
      ['e', { to: 'existing', respondentId: 'p1' }],
    ]);
    expect([...nameProblems(choices, [respondent('p1', 'Keravan kaupunki')])]).toEqual([
      ['a', 'empty'],
      ['b', 'inRegister'],
      ['c', 'twice'],
      ['d', 'twice'],
    ]);
  });
});

describe('files for the commit', () => {
  it('sends chosen survey columns, else the recognised ones, and names surveys without a comment column', () => {
    const recognised = { organisation: 0, section: 1, comment: 2, quote: null };
    const survey = (columns: typeof recognised | null) => ({
      delimiter: ';' as const,
      encoding: 'utf-8' as const,
      sheet: null,
      headers: ['Organisaatio', 'Luku', 'Kommentti'],
      columns,
      unplaced: [],
      sample: [],
      rows: 1,
      general: [],
    });
    const preview: CommentImportPreview = {
      roundId: 'r1',
      files: [
        file('a.docx'),
        file('b.csv', { kind: 'csv', survey: survey(recognised) }),
        file('c.csv', { kind: 'csv', survey: survey(null) }),
      ],
    };
    const chosen = new Map([['/tmp/b.csv', { ...recognised, quote: 1 }]]);
    expect(
      commitFiles(preview, chosen).map((entry) => 'columns' in entry && entry.columns),
    ).toEqual([false, { ...recognised, quote: 1 }, false]);
    expect(unmappedSurveys(preview, chosen)).toEqual(['c.csv']);
  });
});
