import { foldText } from '../comment-import/section-ref';

/**
 * Places columns by their headers. Keywords are folded (lower case, no diacritics); a trailing `*`
 * matches any ending, as Finnish and Swedish inflect ("Kuraattorit", "Kuraattoreita", "Kuratorer").
 * A keyword naming the whole header counts most, at its start less ("Kuraattorit (htv)"), as a
 * later word least ("Htv kuraattorit"). Each column gets at most one role, the strongest first.
 */

export type Keywords<Role extends string> = Record<Role, readonly string[]>;

const EXACT = 3;
const AT_START = 2;
const AS_WORD = 1;

function wordMatches(keyword: string, word: string): boolean {
  return keyword.endsWith('*') ? word.startsWith(keyword.slice(0, -1)) : word === keyword;
}

function strength(keyword: string, words: readonly string[]): number {
  const parts = keyword.split(' ');
  let best = 0;
  for (let at = 0; at + parts.length <= words.length; at++) {
    if (!parts.every((part, index) => wordMatches(part, words[at + index]!))) continue;
    const level = at > 0 ? AS_WORD : parts.length === words.length ? EXACT : AT_START;
    best = Math.max(best, level * 100 - at);
  }
  return best;
}

/** Which column each role's header is in (roles in the order they win a tie), and the rest. */
export function placeColumns<Role extends string>(
  headers: readonly string[],
  keywords: Keywords<Role>,
  roles: readonly Role[],
  /** Words that never name a role in a header ("oppilaitokset" are schools, not pupils). */
  excluded: Partial<Record<Role, readonly string[]>> = {},
): Map<Role, number> {
  const candidates: Array<{ role: Role; column: number; score: number }> = [];
  headers.forEach((header, column) => {
    const words = foldText(header).split(' ');
    for (const role of roles) {
      if (excluded[role]?.some((keyword) => words.some((word) => wordMatches(keyword, word)))) {
        continue;
      }
      const score = Math.max(0, ...keywords[role].map((keyword) => strength(keyword, words)));
      if (score > 0) candidates.push({ role, column, score });
    }
  });
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

/** The first entry whose keywords name the cell from its start ("Perusopetus 1–9" is basic). */
export function matchCell<Value extends string>(
  cell: string,
  table: ReadonlyArray<readonly [Value, readonly string[]]>,
): Value | null {
  const words = foldText(cell).split(' ');
  if (words[0] === '') return null;
  for (const [value, keywords] of table) {
    if (keywords.some((keyword) => strength(keyword, words) >= AT_START * 100)) return value;
  }
  return null;
}
