import { describe, expect, it } from 'vitest';
import type { Comment } from '../../../../shared/domain/rounds';
import {
  compareSectionNumbers,
  filterThreads,
  GENERAL,
  needsResponse,
  nextOpenId,
  noFilter,
  sortThreads,
  stepId,
  threadsOf,
} from './reviewModel';

function comment(number: number, patch: Partial<Comment> = {}): Comment {
  return {
    id: `c${number}`,
    roundId: 'r1',
    number,
    respondentId: 'espoo',
    respondentName: 'Espoo',
    respondentKind: 'municipality',
    section: { id: 's41', number: '4.1', title: 'Yhteisöllinen opiskeluhuolto' },
    questionId: null,
    quote: { exact: 'kaikki oppilaat', prefix: '', suffix: '' },
    text: `Kommentti ${number}`,
    kind: 'comment',
    proposal: null,
    parentId: null,
    source: 'manual',
    sourceFile: null,
    sourceAuthor: null,
    sourceRef: null,
    anchor: 'found',
    createdAt: '2026-11-01T10:00:00Z',
    createdBy: 'Sihteeri',
    resolution: 'open',
    response: '',
    resolvedBy: '',
    resolvedAt: null,
    appliedRevision: null,
    ...patch,
  };
}

const comments = [
  comment(1),
  comment(2, { respondentId: 'vantaa', respondentName: 'Vantaa', resolution: 'accepted' }),
  comment(3, { parentId: 'c1', text: 'Samaa mieltä' }),
  comment(4, {
    section: { id: 's410', number: '4.10', title: 'Arviointi' },
    kind: 'change',
    proposal: 'jokainen oppilas',
  }),
  comment(5, { section: null, quote: null, respondentName: 'Aalto', respondentId: 'aalto' }),
  comment(6, { section: { id: 's49', number: '4.9', title: 'Seuranta' } }),
];

describe('review model', () => {
  it('keeps replies with the comment they answer', () => {
    const threads = threadsOf(comments);
    expect(threads.map((thread) => thread.comment.number)).toEqual([1, 2, 4, 5, 6]);
    expect(threads[0]!.replies.map((reply) => reply.number)).toEqual([3]);
  });

  it('filters by section, respondent, kind, resolution and words in the thread', () => {
    const threads = threadsOf(comments);
    const numbers = (filter: Partial<typeof noFilter>) =>
      filterThreads(threads, { ...noFilter, ...filter }).map((thread) => thread.comment.number);
    expect(numbers({ section: 's41' })).toEqual([1, 2]);
    expect(numbers({ section: GENERAL })).toEqual([5]);
    expect(numbers({ respondent: 'vantaa' })).toEqual([2]);
    expect(numbers({ kind: 'change' })).toEqual([4]);
    expect(numbers({ resolution: 'open' })).toEqual([1, 4, 5, 6]);
    // A reply's words find its thread.
    expect(numbers({ search: 'samaa MIELTÄ' })).toEqual([1]);
    expect(numbers({ search: 'jokainen' })).toEqual([4]);
  });

  it('sorts sections by their numbers, general comments last', () => {
    expect(compareSectionNumbers('4.9', '4.10')).toBeLessThan(0);
    expect(compareSectionNumbers('4', '4.1')).toBeLessThan(0);
    expect(compareSectionNumbers(null, '1')).toBeGreaterThan(0);
    const threads = threadsOf(comments);
    const order = (key: Parameters<typeof sortThreads>[1]) =>
      sortThreads(threads, key).map((thread) => thread.comment.number);
    expect(order('section')).toEqual([1, 2, 6, 4, 5]);
    expect(order('respondent')).toEqual([5, 1, 4, 6, 2]);
    expect(order('resolution')).toEqual([1, 4, 5, 6, 2]);
  });

  it('moves to the next open comment, going round, and steps within the ends', () => {
    const threads = threadsOf(comments);
    expect(nextOpenId(threads, 'c1')).toBe('c4');
    expect(nextOpenId(threads, 'c6')).toBe('c1');
    const allResolved = threads.map((thread) => ({
      ...thread,
      comment: { ...thread.comment, resolution: 'noted' as const },
    }));
    expect(nextOpenId(allResolved, 'c1')).toBeNull();
    expect(stepId(threads, 'c6', 1)).toBe('c6');
    expect(stepId(threads, 'c1', -1)).toBe('c1');
    expect(stepId(threads, 'c2', 1)).toBe('c4');
    expect(stepId(threads, null, 1)).toBe('c1');
  });

  it('needs a response for every resolution but open', () => {
    expect(needsResponse('open', '')).toBe(false);
    expect(needsResponse('noted', '  ')).toBe(true);
    expect(needsResponse('accepted', 'Korjataan.')).toBe(false);
  });
});
