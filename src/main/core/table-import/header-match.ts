import { AT_START, strength } from '../comment-import/header-words';
import { foldText } from '../comment-import/section-ref';

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
