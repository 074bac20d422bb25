import { z } from 'zod';
import {
  countWords,
  editorStatePlainText,
  parseEditorState,
  type EditorStateJson,
} from '../../../shared/domain/lexical';
import type { ReplaceResult, ReplacedSection } from '../../../shared/domain/search';
import { SectionTitleSchema, type Section } from '../../../shared/domain/section';
import { adaptCase, findMatches } from '../../../shared/search/match';
import { isSingleTerm, parseQuery, type ParsedQuery } from '../../../shared/search/query';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { newId } from '../ids';
import { readTree, setTitle } from '../outline/repository';
import { Tree } from '../outline/tree';
import { deletionSpan, editBlock, readBlock, textBlocks } from '../sections/lexical-blocks';
import { readSection, writeText } from '../sections/repository';

/**
 * Korvaa kaikki: every match of one word or phrase in the current text of the plan's sections
 * (and their titles when asked) replaced in one transaction, each changed section as a revision of
 * its own, and recorded so that the whole replace can be undone while nobody has edited those
 * sections since. Matches are found block by block with the renderer's matcher, so a match may run
 * across formatting runs and links but never across paragraphs; versions, comments and data blocks
 * are never touched.
 */

interface Context {
  now: string;
  author: string;
}

export interface ReplaceInput {
  find: string;
  replacement: string;
  /** The sections to replace in; null: every section of the plan. */
  sectionIds: string[] | null;
  titles: boolean;
}

/** The replacement in the case of `matched`, and the span it takes (a deletion takes a space along). */
function editOf(text: string, start: number, end: number, replacement: string) {
  const matched = text.slice(start, end);
  const adapted = adaptCase(matched, replacement);
  if (adapted === matched) return null;
  const span =
    adapted === '' ? deletionSpan(text, { from: start, to: end }) : { from: start, to: end };
  return { ...span, text: adapted };
}

/** Replaces every match in one plain string (a title); returns it with the number of places. */
function replaceInString(text: string, query: ParsedQuery, replacement: string) {
  let result = text;
  let count = 0;
  // From the end, so the offsets of the matches before stay valid.
  for (const match of findMatches(text, query).reverse()) {
    const edit = editOf(result, match.start, match.end, replacement);
    if (!edit) continue;
    result = result.slice(0, edit.from) + edit.text + result.slice(edit.to);
    count++;
  }
  return { text: result, count };
}

/** Replaces every match in the state's text blocks (in place); returns the number of places. */
function replaceInState(state: EditorStateJson, query: ParsedQuery, replacement: string): number {
  let count = 0;
  for (const original of textBlocks(state.root)) {
    let block = original;
    for (const match of findMatches(original.text, query).reverse()) {
      const edit = editOf(block.text, match.start, match.end, replacement);
      if (!edit) continue;
      editBlock(block, edit);
      block = readBlock(block.node);
      count++;
    }
  }
  return count;
}

function parseFind(find: string): ParsedQuery {
  const query = parseQuery(find);
  if (!isSingleTerm(query)) throw new CoreError('REPLACE_NEEDS_PHRASE');
  return query;
}

function checkReplacement(replacement: string): string {
  // A line break or tab inside a text node (or a title) is not something the editor makes.
  if (/\p{Cc}/u.test(replacement)) {
    throw new CoreError('INVALID_INPUT', {
      issue: 'replacement: no line breaks, tabs or control characters',
    });
  }
  return replacement.normalize('NFC');
}

/** The visible sections to replace in, in reading order; an unknown or removed one: NOT_FOUND. */
function targetsOf(db: Db, sectionIds: string[] | null) {
  const outline = new Tree(readTree(db)).outline();
  if (sectionIds === null) return outline;
  const wanted = new Set(sectionIds);
  const targets = outline.filter((entry) => wanted.has(entry.id));
  if (targets.length !== wanted.size) throw new CoreError('NOT_FOUND');
  return targets;
}

interface Changed extends ReplacedSection {
  fromRevision: number;
  fromTitle: string;
}

/** The title with every match replaced; null when it does not change. */
function replacedTitle(title: string, query: ParsedQuery, replacement: string): string | null {
  const replaced = replaceInString(title, query, replacement);
  if (replaced.count === 0) return null;
  const parsed = SectionTitleSchema.safeParse(replaced.text);
  if (!parsed.success) {
    throw new CoreError('INVALID_INPUT', {
      issue: `replacement: the title “${title}” would become empty or too long`,
    });
  }
  return parsed.data === title ? null : parsed.data;
}

/** Replaces in one section's text and, when asked, its title; null when nothing changed. */
function replaceInSection(
  db: Db,
  sectionId: string,
  query: ParsedQuery,
  input: { replacement: string; titles: boolean },
  context: Context,
): Changed | null {
  const section = readSection(db, sectionId)!;
  let count = 0;
  let revision = section.revision;
  const state = section.content === null ? null : parseEditorState(section.content);
  const inText = state ? replaceInState(state, query, input.replacement) : 0;
  if (state && inText > 0) {
    const plainText = editorStatePlainText(state);
    revision = section.revision + 1;
    writeText(db, {
      id: section.id,
      content: JSON.stringify(state),
      plainText,
      words: countWords(plainText),
      revision,
      updatedAt: context.now,
      author: context.author,
    });
    count += inText;
  }
  const title = input.titles ? replacedTitle(section.title, query, input.replacement) : null;
  if (title !== null) {
    setTitle(db, section.id, title);
    count += 1;
  }
  if (count === 0) return null;
  return {
    sectionId: section.id,
    title: title ?? section.title,
    count,
    revision,
    fromRevision: section.revision,
    fromTitle: section.title,
  };
}

function record(db: Db, input: ReplaceInput, changed: Changed[], context: Context): string {
  const id = newId();
  db.prepare(
    `INSERT INTO replacements (id, find, replacement, created_at, created_by)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(id, input.find, input.replacement, context.now, context.author);
  const insert = db.prepare(
    `INSERT INTO replacement_sections (replacement_id, section_id, count, from_revision,
       to_revision, from_title, to_title)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const section of changed) {
    insert.run(
      id,
      section.sectionId,
      section.count,
      section.fromRevision,
      section.revision,
      section.fromTitle,
      section.title,
    );
  }
  return id;
}

/**
 * Replaces every match of `find` (one word or one "phrase") by `replacement`, in the case of each
 * match, in the sections' text and, with `titles`, their titles. All or nothing: one transaction.
 */
export function replaceInPlan(db: Db, input: ReplaceInput, context: Context): ReplaceResult {
  const query = parseFind(input.find);
  const replacement = checkReplacement(input.replacement);
  return db.transaction((): ReplaceResult => {
    const changed: Changed[] = [];
    for (const target of targetsOf(db, input.sectionIds)) {
      const section = replaceInSection(
        db,
        target.id,
        query,
        { replacement, titles: input.titles },
        context,
      );
      if (section) changed.push(section);
    }
    if (changed.length === 0) return { replaceId: null, replaced: 0, sections: [] };
    const replaceId = record(db, { ...input, replacement }, changed, context);
    return {
      replaceId,
      replaced: changed.reduce((sum, section) => sum + section.count, 0),
      sections: changed.map(({ sectionId, title, count, revision }) => ({
        sectionId,
        title,
        count,
        revision,
      })),
    };
  })();
}

const RecordedSectionSchema = z.object({
  section_id: z.string(),
  count: z.number().int(),
  from_revision: z.number().int(),
  to_revision: z.number().int(),
  from_title: z.string(),
  to_title: z.string(),
});
type RecordedSection = z.infer<typeof RecordedSectionSchema>;

const RevisionContentSchema = z.object({ content: z.string() });

/** The content of one revision row of a section; null when the row is gone (coalesced away). */
function revisionContent(db: Db, sectionId: string, revision: number): string | null {
  const raw: unknown = db
    .prepare('SELECT content FROM revisions WHERE section_id = ? AND revision = ?')
    .get(sectionId, revision);
  return raw === undefined ? null : RevisionContentSchema.parse(raw).content;
}

/**
 * Whether the section's text is still what the replace wrote: at its revision, or back at the same
 * content since (another replace undone after it), so undoing loses no edit.
 */
function textUnchanged(db: Db, row: RecordedSection, section: Section): boolean {
  return (
    section.revision === row.to_revision ||
    (section.content !== null &&
      section.content === revisionContent(db, row.section_id, row.to_revision))
  );
}

/** Brings back the text of revision `from_revision` as a new revision (a restore of it). */
function restoreText(db: Db, row: RecordedSection, revision: number, context: Context): number {
  const content = revisionContent(db, row.section_id, row.from_revision);
  const state = content === null ? null : parseEditorState(content);
  if (content === null || !state) throw new CoreError('NOT_FOUND', { what: 'replacement' });
  const plainText = editorStatePlainText(state);
  writeText(db, {
    id: row.section_id,
    content,
    plainText,
    words: countWords(plainText),
    revision: revision + 1,
    updatedAt: context.now,
    author: context.author,
    restoredFrom: row.from_revision,
  });
  return revision + 1;
}

/**
 * Undoes a replace: every section it changed gets its text and title from before, the text as a
 * new revision. Refused with CHANGED_SINCE, changing nothing, when any of those texts or titles was
 * changed after it (a section whose only its title was replaced may have been typed in since; a
 * text brought back to what the replace wrote, by undoing a later replace, counts as unchanged).
 * Sections deleted for good since are left out; an unknown or undone replace is NOT_FOUND.
 */
export function undoReplace(
  db: Db,
  replaceId: string,
  context: Context,
): { sections: ReplacedSection[] } {
  return db.transaction(() => {
    const found = db
      .prepare('SELECT 1 FROM replacements WHERE id = ? AND undone_at IS NULL')
      .get(replaceId);
    if (found === undefined) throw new CoreError('NOT_FOUND', { what: 'replacement' });
    const rows = z.array(RecordedSectionSchema).parse(
      db
        .prepare(
          `SELECT section_id, count, from_revision, to_revision, from_title, to_title
             FROM replacement_sections WHERE replacement_id = ? ORDER BY rowid`,
        )
        .all(replaceId),
    );
    const present = rows.flatMap((row) => {
      const section = readSection(db, row.section_id);
      return section ? [{ row, section }] : [];
    });
    for (const { row, section } of present) {
      const textChanged = row.from_revision !== row.to_revision;
      const titleChanged = row.from_title !== row.to_title;
      if (
        (textChanged && !textUnchanged(db, row, section)) ||
        (titleChanged && section.title !== row.to_title)
      ) {
        throw new CoreError('CHANGED_SINCE', { what: 'replacement', title: section.title });
      }
    }
    const sections = present.map(({ row, section }): ReplacedSection => {
      const revision =
        row.from_revision !== row.to_revision
          ? restoreText(db, row, section.revision, context)
          : section.revision;
      if (row.from_title !== row.to_title) setTitle(db, row.section_id, row.from_title);
      return { sectionId: row.section_id, title: row.from_title, count: row.count, revision };
    });
    db.prepare('UPDATE replacements SET undone_at = ? WHERE id = ?').run(context.now, replaceId);
    return { sections };
  })();
}
