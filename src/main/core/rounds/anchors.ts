import { quoteLocator, type QuoteLocator } from '../../../shared/anchoring';
import type { AnchorState, SectionRef, TextQuote } from '../../../shared/domain/rounds';
import type { Db } from '../db/plan-file';
import { getOutline } from '../outline/service';
import { roundSections } from './store';

/**
 * Where comments stand in the plan as it is now: their sections named as in the round's version,
 * and their quoted passages looked for again in the current text of those sections.
 */

export interface AnchorContext {
  /** A section id as the round's version numbered it (else as the current outline does). */
  sectionRef(sectionId: string): SectionRef;
  /** Finds quotes in the current plain text of every section in the plan's outline now. */
  currentText: ReadonlyMap<string, QuoteLocator>;
  /** The round version's sections in reading order. */
  versionOrder: readonly string[];
}

export function anchorContext(db: Db, roundId: string): AnchorContext {
  const version = roundSections(db, roundId);
  const outline = getOutline(db);
  const refs = new Map<string, SectionRef>();
  for (const entry of outline) {
    refs.set(entry.id, { id: entry.id, number: entry.number, title: entry.title });
  }
  for (const section of version) {
    refs.set(section.id, { id: section.id, number: section.number, title: section.title });
  }
  const text = db.prepare('SELECT plain_text FROM sections WHERE id = ?');
  const currentText = new Map(
    outline.map((entry) => [
      entry.id,
      quoteLocator((text.get(entry.id) as { plain_text: string }).plain_text),
    ]),
  );
  const removedTitle = db.prepare('SELECT title FROM sections WHERE id = ?');
  return {
    sectionRef: (id) =>
      refs.get(id) ?? {
        id,
        number: '',
        title: (removedTitle.get(id) as { title: string } | undefined)?.title ?? '',
      },
    currentText,
    versionOrder: version.map((section) => section.id),
  };
}

/** plan, section, found, orphaned or sectionRemoved: see AnchorStateSchema. */
export function anchorOf(
  context: AnchorContext,
  sectionId: string | null,
  quote: TextQuote | null,
): AnchorState {
  if (sectionId === null) return quote === null ? 'plan' : 'orphaned';
  const locate = context.currentText.get(sectionId);
  if (locate === undefined) return 'sectionRemoved';
  if (quote === null) return 'section';
  return locate(quote).found ? 'found' : 'orphaned';
}
