import { useCallback, useState } from 'react';
import { useMenuCommand } from '../commands/MenuCommands';

/** Longer selections are not taken as the query (a pasted paragraph is not a search). */
const MAX_SELECTION_QUERY = 100;

/** The text selected in the document, when it makes a sensible query. */
function selectedQuery(): string {
  const selected = window.getSelection()?.toString().trim() ?? '';
  return selected.length <= MAX_SELECTION_QUERY && !selected.includes('\n') ? selected : '';
}

/**
 * Whether the search panel is open, and the query it was last asked for: Ctrl+Shift+F opens it
 * with the words selected in the text (if any), the find bar hands over what it has.
 */
export function useSearchPanel(showTextView: () => void) {
  const [request, setRequest] = useState<{ query: string; at: number } | null>(null);
  const open = useCallback(
    (query: string) => {
      showTextView();
      setRequest((current) => ({ query, at: (current?.at ?? 0) + 1 }));
    },
    [showTextView],
  );
  const close = useCallback(() => setRequest(null), []);
  useMenuCommand('findInPlan', () => open(selectedQuery()));
  return { request, open, close };
}
