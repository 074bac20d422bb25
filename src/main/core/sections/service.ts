import { countWords, editorStatePlainText } from '../../../shared/domain/lexical';
import { parseStoredContent } from '../../../shared/domain/stored-content';
import type { Section } from '../../../shared/domain/section';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import {
  insertRevision,
  isVisible,
  latestRevision,
  readSection,
  replaceRevision,
  writeSectionText,
  type SavedText,
} from './repository';

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
 * Autosaves close together are one step of the history: a save replaces the section's newest
 * revision row when that row is by the same author, is not a restore, and its window opened less
 * than this long ago. The window does not slide, so steady typing still leaves a history entry
 * every five minutes.
 */
export const COALESCE_WINDOW_MS = 5 * 60 * 1000;

/** Whether a save by `author` at `now` joins the revision row `latest`. */
function coalesces(
  latest: ReturnType<typeof latestRevision>,
  author: string,
  now: string,
): latest is NonNullable<ReturnType<typeof latestRevision>> {
  if (!latest || latest.restoredFrom !== null || latest.author !== author) return false;
  const age = Date.parse(now) - Date.parse(latest.windowStart);
  return age >= 0 && age < COALESCE_WINDOW_MS;
}

export interface SaveOptions {
  /** A restore of this revision: always a history entry of its own. */
  restoredFrom?: number;
}

/**
 * Saves a section's editor state: the Lexical JSON, its plain text and word count, and its
 * revision row (coalesced, see COALESCE_WINDOW_MS), in one transaction. The section's revision
 * number grows with every save, coalesced or not: checklist confirmations compare it. Saving the
 * very same text again writes nothing.
 */
export function saveSection(
  db: Db,
  input: { sectionId: string; content: string },
  now: string,
  author: string,
  options: SaveOptions = {},
): SaveResult {
  // The same gate as every read: a state the section editor can load again.
  const state = parseStoredContent(input.content);
  if (!state)
    throw new CoreError('INVALID_INPUT', { issue: 'content: not a Lexical editor state' });
  const plainText = editorStatePlainText(state);
  const words = countWords(plainText);
  return db.transaction(() => {
    const current = visibleSection(db, input.sectionId);
    if (current.content === input.content) {
      return { revision: current.revision, updatedAt: current.updatedAt, words: current.words };
    }
    const latest = latestRevision(db, current.id);
    const restoredFrom = options.restoredFrom ?? null;
    const joins = restoredFrom === null && coalesces(latest, author, now);
    const saved: SavedText = {
      id: current.id,
      content: input.content,
      plainText,
      words,
      revision: current.revision + 1,
      updatedAt: now,
      author,
      restoredFrom,
      windowStart: joins ? latest.windowStart : now,
    };
    writeSectionText(db, saved);
    if (joins) replaceRevision(db, latest.revision, saved);
    else insertRevision(db, saved);
    return { revision: saved.revision, updatedAt: saved.updatedAt, words };
  })();
}
