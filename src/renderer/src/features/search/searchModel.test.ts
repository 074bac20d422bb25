import { describe, expect, it, vi } from 'vitest';
import type { HitSource, SearchGroup, SearchHit } from '../../../../shared/domain/search';
import { openHit, type HitTargets } from './openHit';
import { replaceScope } from './replaceScope';

const quote = { exact: 'kuraattori', prefix: 'Alueen ', suffix: ' tavoittaa' };

function hit(source: HitSource, matches = 1): SearchHit {
  return { source, snippet: [{ text: 'kuraattori', match: true }], matches, quote };
}

const version: HitSource = {
  kind: 'version',
  versionId: 'v1',
  versionNumber: 2,
  versionLabel: 'Luonnos',
};
const comment: HitSource = {
  kind: 'comment',
  roundId: 'r1',
  roundTitle: 'Kierros',
  commentId: 'c7',
  commentNumber: 7,
  respondent: 'Keravan kaupunki',
  field: 'response',
  resolution: 'accepted',
};

function group(sectionId: string | null, hits: SearchHit[]): SearchGroup {
  return { sectionId, number: sectionId ? '1' : '', title: 'Luku', hits };
}

describe('replaceScope', () => {
  const results = {
    query: 'kuraattori',
    terms: ['kuraattori'],
    total: 6,
    truncated: false,
    groups: [
      group('s1', [hit({ kind: 'title' }), hit({ kind: 'text' }, 3), hit(version, 4)]),
      group('s2', [hit({ kind: 'title' })]),
      group('s3', [hit({ kind: 'text' }, 2), hit(comment, 5)]),
      group(null, [hit(comment)]),
    ],
  };

  it('counts only the current text: versions and comments never change', () => {
    expect(replaceScope(results, false)).toEqual({ places: 5, sections: 2 });
  });

  it('counts a title as one place, and a section with only its title as a section', () => {
    expect(replaceScope(results, true)).toEqual({ places: 7, sections: 3 });
  });
});

describe('openHit', () => {
  function targets() {
    return {
      showPassage: vi.fn<HitTargets['showPassage']>(),
      showSection: vi.fn<HitTargets['showSection']>(),
      showVersion: vi.fn<HitTargets['showVersion']>(),
      showComment: vi.fn<HitTargets['showComment']>(),
    };
  }

  it('opens a text hit at its passage and a title hit at its section', () => {
    const to = targets();
    openHit(group('s1', []), hit({ kind: 'text' }), to);
    openHit(group('s2', []), { ...hit({ kind: 'title' }), quote: null }, to);
    expect(to.showPassage).toHaveBeenCalledWith('s1', quote);
    expect(to.showSection).toHaveBeenCalledWith('s2');
  });

  it('opens a version at the section and passage, a comment in its round', () => {
    const to = targets();
    openHit(group('s3', []), hit(version), to);
    openHit(group(null, []), hit(comment), to);
    expect(to.showVersion).toHaveBeenCalledWith('v1', { sectionId: 's3', quote });
    expect(to.showComment).toHaveBeenCalledWith('r1', 'c7');
    expect(to.showPassage).not.toHaveBeenCalled();
  });
});
