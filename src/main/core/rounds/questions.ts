import type { Question } from '../../../shared/domain/rounds';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { newId } from '../ids';
import { roundRow, roundSections } from './store';

/** Targeted questions of a round, about one section of its version or the whole plan. */

/** The round's questions in its order, numbered 1, 2, 3 … */
export function listQuestions(db: Db, roundId: string): Question[] {
  const rows = db
    .prepare('SELECT id, section_id, text FROM questions WHERE round_id = ? ORDER BY position, id')
    .all(roundId) as Array<{ id: string; section_id: string | null; text: string }>;
  return rows.map((row, index) => ({
    id: row.id,
    number: index + 1,
    sectionId: row.section_id,
    text: row.text,
  }));
}

/** NOT_FOUND (details.what: section) unless the section is in the round's version. */
export function requireRoundSection(db: Db, roundId: string, sectionId: string): void {
  if (!roundSections(db, roundId).some((section) => section.id === sectionId)) {
    throw new CoreError('NOT_FOUND', { what: 'section' });
  }
}

/** NOT_FOUND (details.what: question) unless the question is one of the round's. */
export function requireRoundQuestion(db: Db, roundId: string, questionId: string): void {
  const row = db
    .prepare('SELECT 1 FROM questions WHERE id = ? AND round_id = ?')
    .get(questionId, roundId);
  if (!row) throw new CoreError('NOT_FOUND', { what: 'question' });
}

/** Adds (no questionId) a question at the end, or rewords one. */
export function saveQuestion(
  db: Db,
  roundId: string,
  input: { questionId?: string | undefined; sectionId: string | null; text: string },
): void {
  return db.transaction(() => {
    roundRow(db, roundId);
    if (input.sectionId !== null) requireRoundSection(db, roundId, input.sectionId);
    if (input.questionId === undefined) {
      const { next } = db
        .prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM questions WHERE round_id = ?')
        .get(roundId) as { next: number };
      db.prepare(
        'INSERT INTO questions (id, round_id, position, section_id, text) VALUES (?, ?, ?, ?, ?)',
      ).run(newId(), roundId, next, input.sectionId, input.text);
    } else {
      requireRoundQuestion(db, roundId, input.questionId);
      db.prepare('UPDATE questions SET section_id = ?, text = ? WHERE id = ?').run(
        input.sectionId,
        input.text,
        input.questionId,
      );
    }
  })();
}

/** Removes a question; its answers stay as comments tied to no question. */
export function removeQuestion(db: Db, roundId: string, questionId: string): void {
  return db.transaction(() => {
    roundRow(db, roundId);
    requireRoundQuestion(db, roundId, questionId);
    db.prepare('UPDATE comments SET question_id = NULL WHERE question_id = ?').run(questionId);
    db.prepare('DELETE FROM questions WHERE id = ?').run(questionId);
  })();
}
