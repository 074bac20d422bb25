import { countWords, editorStatePlainText, parseEditorState } from '../../../shared/domain/lexical';
import type { Section } from '../../../shared/domain/section';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { isVisible, readSection, writeText } from './repository';

function visibleSection(db: Db, id: string): Section {
  const section = isVisible(db, id) ? readSection(db, id) : undefined;
  if (!section) throw new CoreError('NOT_FOUND');
  return section;
}

export function getSection(db: Db, id: string): Section {
  return visibleSection(db, id);
}

export interface SaveResult {
  revision: number;
  updatedAt: string;
  words: number;
}

/**
 * Saves a section's editor state: the Lexical JSON, its plain text and word count, and a revision
 * row, in one transaction. Saving the very same text again writes nothing.
 */
export function saveSection(
  db: Db,
  input: { sectionId: string; content: string },
  now: string,
  author: string,
): SaveResult {
  const state = parseEditorState(input.content);
  if (!state)
    throw new CoreError('INVALID_INPUT', { issue: 'content: not a Lexical editor state' });
  const plainText = editorStatePlainText(state);
  const words = countWords(plainText);
  return db.transaction(() => {
    const current = visibleSection(db, input.sectionId);
    if (current.content === input.content) {
      return { revision: current.revision, updatedAt: current.updatedAt, words: current.words };
    }
    const saved = {
      id: current.id,
      content: input.content,
      plainText,
      words,
      revision: current.revision + 1,
      updatedAt: now,
      author,
    };
    writeText(db, saved);
    return { revision: saved.revision, updatedAt: saved.updatedAt, words };
  })();
}
