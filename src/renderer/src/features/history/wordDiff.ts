import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../../../../shared/domain/versions';

/** Word-level changes from one plain text to another, line breaks kept. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
}
