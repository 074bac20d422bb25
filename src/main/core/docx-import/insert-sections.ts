import type { ImportMapping } from '../../../shared/domain/docx-import';
import { linkSection } from '../checklist/repository';
import type { Db } from '../db/plan-file';
import { newId } from '../ids';
import { insertSection } from '../outline/repository';
import { writeText } from '../sections/repository';
import type { ReadDocx } from './read-docx';

/**
 * Inserts the imported sections as an outline (depth → nesting), their text written as a save
 * would (revision 1 with its revision row), and the requirement links she settled.
 */
export function insertImported(
  db: Db,
  read: ReadDocx,
  mapping: ImportMapping,
  now: string,
  author: string,
): void {
  const links = new Map<number, Set<string>>();
  for (const { index, requirementIds } of mapping) {
    links.set(index, new Set([...(links.get(index) ?? []), ...requirementIds]));
  }
  /** The last section inserted at each depth (index 0 = depth 1), and child counts per parent. */
  const open: string[] = [];
  const children = new Map<string | null, number>();
  read.preview.sections.forEach((section, index) => {
    const id = newId();
    open.length = section.depth - 1;
    const parentId = open[section.depth - 2] ?? null;
    open.push(id);
    const position = children.get(parentId) ?? 0;
    children.set(parentId, position + 1);
    insertSection(db, {
      id,
      parentId,
      position,
      title: section.title,
      templateKey: null,
      updatedAt: now,
    });
    const { content, plainText, words, empty } = read.contents[index]!;
    // A heading without text stays empty, like a new section (no content, revision 0).
    if (!empty)
      writeText(db, { id, content, plainText, words, revision: 1, updatedAt: now, author });
    for (const requirementId of links.get(index) ?? []) linkSection(db, id, requirementId);
  });
}
