import type { SearchResults } from '../../../../shared/domain/search';

/** What "Korvaa kaikki" would change, as the search found it: places and sections. */
export interface ReplaceScope {
  places: number;
  sections: number;
}

/**
 * Counts the matches in the current text (and in titles, each changed title counting one, when
 * `titles`) of the found sections: versions and comments are never replaced.
 */
export function replaceScope(results: SearchResults, titles: boolean): ReplaceScope {
  let places = 0;
  let sections = 0;
  for (const group of results.groups) {
    let inGroup = 0;
    for (const hit of group.hits) {
      if (hit.source.kind === 'text') inGroup += hit.matches;
      if (hit.source.kind === 'title' && titles) inGroup += 1;
    }
    places += inGroup;
    if (inGroup > 0) sections += 1;
  }
  return { places, sections };
}
