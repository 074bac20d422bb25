import { foldText } from './section-ref';

/**
 * Places a table's columns by their headers, for the survey importer and the staffing and
 * indicator imports. Keywords are folded (lower case, no diacritics); a trailing `*` matches any
 * ending, as Finnish and Swedish inflect ("Kuraattorit", "Kuraattoreita", "Kuratorer"); a leading
 * `^` counts only at the start ("Text" is the quote, "Free text" is not). A keyword naming the
 * whole header counts most, at its start less ("Kuraattorit (htv)"), as a later word least
 * ("Htv kuraattorit"). Each column gets at most one role, the strongest first.
 */

export type Keywords<Role extends string> = Record<Role, readonly string[]>;

const EXACT = 3;
export const AT_START = 2;
const AS_WORD = 1;

function wordMatches(keyword: string, word: string): boolean {
  return keyword.endsWith('*') ? word.startsWith(keyword.slice(0, -1)) : word === keyword;
}

/** How strongly `keyword` names the header, minus a little for each word before it; 0: not at all. */
export function strength(keyword: string, words: readonly string[]): number {
  const startOnly = keyword.startsWith('^');
  const parts = (startOnly ? keyword.slice(1) : keyword).split(' ');
  let best = 0;
  for (let at = 0; at + parts.length <= words.length && !(startOnly && at > 0); at++) {
    if (!parts.every((part, index) => wordMatches(part, words[at + index]!))) continue;
    const level = at > 0 ? AS_WORD : parts.length === words.length ? EXACT : AT_START;
    best = Math.max(best, level * 100 - at);
  }
  return best;
}

export interface PlaceOptions<Role extends string> {
  /** Words that never name a role in a header ("oppilaitokset" are schools, not pupils). */
  excluded?: Partial<Record<Role, readonly string[]>>;
  /** Headers (folded) that are never placed, however they are worded. */
  ignored?: (folded: string) => boolean;
}

/** Which column each role's header is in (roles in the order they win a tie on the same header). */
export function placeColumns<Role extends string>(
  headers: readonly string[],
  keywords: Keywords<Role>,
  roles: readonly Role[],
  { excluded = {}, ignored = () => false }: PlaceOptions<Role> = {},
): Map<Role, number> {
  const candidates: Array<{ role: Role; column: number; score: number }> = [];
  headers.forEach((header, column) => {
    const folded = foldText(header);
    if (ignored(folded)) return;
    const words = folded.split(' ');
    for (const role of roles) {
      if (excluded[role]?.some((keyword) => words.some((word) => wordMatches(keyword, word)))) {
        continue;
      }
      const score = Math.max(0, ...keywords[role].map((keyword) => strength(keyword, words)));
      if (score > 0) candidates.push({ role, column, score });
    }
  });
  // The strongest naming is placed first, so "Kohta tekstissä" is the quote, not the section.
  candidates.sort(
    (a, b) =>
      b.score - a.score || a.column - b.column || roles.indexOf(a.role) - roles.indexOf(b.role),
  );
  const placed = new Map<Role, number>();
  const used = new Set<number>();
  for (const { role, column } of candidates) {
    if (placed.has(role) || used.has(column)) continue;
    placed.set(role, column);
    used.add(column);
  }
  return placed;
}
