import { countWords, editorStatePlainText, parseEditorState } from '../../../shared/domain/lexical';
import type { Comment } from '../../../shared/domain/rounds';
import type { Section } from '../../../shared/domain/section';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { restoreRevision } from '../history/service';
import { getSection } from '../sections/service';
import { isVisible, readSection, writeText } from '../sections/repository';
import { getComment, quoteOf } from './comments';
import { replacePassage } from './passage';
import { commentRow } from './store';

/**
 * Accepting a change proposal can write its wording into the current text of its section, as a
 * revision of its own; undoing it brings back the text from before, as long as nobody has edited
 * the section since.
 */

interface Context {
  now: string;
  author: string;
}

const notApplicable = (reason: string) => new CoreError('PASSAGE_NOT_FOUND', { reason });

export function applyChange(
  db: Db,
  commentId: string,
  context: Context,
): { comment: Comment; section: Section } {
  return db.transaction(() => {
    const row = commentRow(db, commentId);
    const quote = quoteOf(row);
    if (row.kind !== 'change' || quote === null || row.proposal === null) {
      throw notApplicable('notAChange');
    }
    if (row.applied_revision !== null) throw notApplicable('applied');
    if (row.section_id === null) throw notApplicable('removed');
    const section = isVisible(db, row.section_id) ? readSection(db, row.section_id) : undefined;
    if (!section) throw notApplicable('sectionRemoved');
    const state = section.content === null ? null : parseEditorState(section.content);
    if (!state) throw notApplicable('removed');
    replacePassage(state.root, quote, row.proposal);
    const content = JSON.stringify(state);
    const plainText = editorStatePlainText(state);
    const revision = section.revision + 1;
    writeText(db, {
      id: section.id,
      content,
      plainText,
      words: countWords(plainText),
      revision,
      updatedAt: context.now,
      author: context.author,
    });
    db.prepare(
      'UPDATE comments SET applied_revision = ?, applied_from_revision = ? WHERE id = ?',
    ).run(revision, section.revision, commentId);
    return { comment: getComment(db, commentId), section: getSection(db, section.id) };
  })();
}

export function undoChange(
  db: Db,
  commentId: string,
  context: Context,
): { comment: Comment; section: Section } {
  return db.transaction(() => {
    const row = commentRow(db, commentId);
    if (row.applied_revision === null || row.applied_from_revision === null) {
      throw new CoreError('INVALID_INPUT', { issue: 'commentId: no change of it is applied' });
    }
    const sectionId = row.section_id ?? '';
    const section = getSection(db, sectionId);
    if (section.revision !== row.applied_revision) throw new CoreError('CHANGED_SINCE');
    const restored = restoreRevision(
      db,
      sectionId,
      row.applied_from_revision,
      context.now,
      context.author,
    );
    db.prepare(
      'UPDATE comments SET applied_revision = NULL, applied_from_revision = NULL WHERE id = ?',
    ).run(commentId);
    return { comment: getComment(db, commentId), section: restored };
  })();
}
