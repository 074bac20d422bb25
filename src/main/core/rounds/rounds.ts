import { formatFinnishDate } from '../../../shared/dates';
import type { Round, RoundPatch, RoundSummary } from '../../../shared/domain/rounds';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { newId } from '../ids';
import { freezeVersion, versionRow } from '../versions/service';
import { listQuestions } from './questions';
import { requireRespondent } from './respondents';
import { nameKey, roundRow, type RoundRow } from './store';

/** Comment rounds: each on one frozen version, with its dates, status and who was asked. */

/** Closing before opening cannot be (INVALID_DATES, rule endBeforeStart). */
export function checkRoundDates(opensOn: string | null, closesOn: string | null): void {
  if (opensOn !== null && closesOn !== null && closesOn < opensOn) {
    throw new CoreError('INVALID_DATES', {
      rule: 'endBeforeStart',
      start: formatFinnishDate(opensOn),
      end: formatFinnishDate(closesOn),
    });
  }
}

function checkTitleFree(db: Db, title: string, roundId: string | null): void {
  const taken = db
    .prepare('SELECT 1 FROM rounds WHERE title_key = ? AND id IS NOT ?')
    .get(nameKey(title), roundId);
  if (taken) throw new CoreError('DUPLICATE_NAME', { name: title });
}

function summaryOf(db: Db, row: RoundRow): RoundSummary {
  const version = versionRow(db, row.version_id);
  const counts = db
    .prepare(
      `SELECT count(*) FILTER (WHERE parent_id IS NULL) AS comments,
         count(*) FILTER (WHERE parent_id IS NULL AND resolution <> 'open') AS resolved,
         count(DISTINCT respondent_id) AS answered
       FROM comments WHERE round_id = ?`,
    )
    .get(row.id) as { comments: number; resolved: number; answered: number };
  const { invited } = db
    .prepare('SELECT count(*) AS invited FROM round_invitees WHERE round_id = ?')
    .get(row.id) as { invited: number };
  return {
    id: row.id,
    title: row.title,
    versionId: version.id,
    versionNumber: version.number,
    versionLabel: version.label,
    status: row.status,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    createdAt: row.created_at,
    comments: counts.comments,
    resolved: counts.resolved,
    invited,
    answered: counts.answered,
  };
}

/** Every round, newest first. */
export function listRounds(db: Db): RoundSummary[] {
  const rows = db
    .prepare('SELECT * FROM rounds ORDER BY created_at DESC, rowid DESC')
    .all() as RoundRow[];
  return rows.map((row) => summaryOf(db, row));
}

/** The round summary of `roundId`, or NOT_FOUND. */
export function roundSummary(db: Db, roundId: string): RoundSummary {
  return summaryOf(db, roundRow(db, roundId));
}

/** A round with its questions and every respondent asked or answering. */
export function getRound(db: Db, roundId: string): Round {
  const row = roundRow(db, roundId);
  const version = versionRow(db, row.version_id);
  const respondents = db
    .prepare(
      `SELECT r.id AS respondentId, r.name, r.kind,
         EXISTS (SELECT 1 FROM round_invitees i
                 WHERE i.round_id = @round AND i.respondent_id = r.id) AS invited,
         (SELECT count(*) FROM comments c
          WHERE c.round_id = @round AND c.respondent_id = r.id) AS anyComments,
         (SELECT count(*) FROM comments c WHERE c.round_id = @round AND c.respondent_id = r.id
            AND c.parent_id IS NULL) AS comments
       FROM respondents r
       WHERE EXISTS (SELECT 1 FROM round_invitees i
                     WHERE i.round_id = @round AND i.respondent_id = r.id)
          OR EXISTS (SELECT 1 FROM comments c WHERE c.round_id = @round AND c.respondent_id = r.id)
       ORDER BY r.name_key, r.id`,
    )
    .all({ round: roundId }) as Array<{
    respondentId: string;
    name: string;
    kind: Round['respondents'][number]['kind'];
    invited: number;
    anyComments: number;
    comments: number;
  }>;
  return {
    ...summaryOf(db, row),
    instructions: row.instructions,
    versionDigest: version.digest,
    questions: listQuestions(db, roundId),
    respondents: respondents.map(({ anyComments, invited, ...rest }) => ({
      ...rest,
      invited: invited === 1,
      answered: anyComments > 0,
    })),
  };
}

export interface NewRound {
  title: string;
  versionId: string | null;
  opensOn: string | null;
  closesOn: string | null;
  instructions: string;
}

/**
 * A new round on a version, or on the plan as it is now, frozen for it (in the same transaction)
 * as a version of kind `round` labelled with the round's title.
 */
export function createRound(
  db: Db,
  input: NewRound,
  context: { now: string; author: string },
): Round {
  return db.transaction(() => {
    checkTitleFree(db, input.title, null);
    checkRoundDates(input.opensOn, input.closesOn);
    const versionId =
      input.versionId === null
        ? freezeVersion(db, {
            label: input.title,
            kind: 'round',
            createdAt: context.now,
            createdBy: context.author,
          }).id
        : versionRow(db, input.versionId).id;
    const id = newId();
    db.prepare(
      `INSERT INTO rounds (id, title, title_key, version_id, opens_on, closes_on, instructions,
         created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.title,
      nameKey(input.title),
      versionId,
      input.opensOn,
      input.closesOn,
      input.instructions,
      context.now,
    );
    return getRound(db, id);
  })();
}

/** Changes a round's details; `invited` replaces the list of respondents asked. */
export function updateRound(db: Db, roundId: string, patch: RoundPatch): Round {
  return db.transaction(() => {
    const row = roundRow(db, roundId);
    const next = {
      title: patch.title ?? row.title,
      opensOn: patch.opensOn === undefined ? row.opens_on : patch.opensOn,
      closesOn: patch.closesOn === undefined ? row.closes_on : patch.closesOn,
      instructions: patch.instructions ?? row.instructions,
      status: patch.status ?? row.status,
    };
    if (patch.title !== undefined) checkTitleFree(db, next.title, roundId);
    checkRoundDates(next.opensOn, next.closesOn);
    db.prepare(
      `UPDATE rounds SET title = @title, title_key = @titleKey, opens_on = @opensOn,
         closes_on = @closesOn, instructions = @instructions, status = @status WHERE id = @id`,
    ).run({ ...next, titleKey: nameKey(next.title), id: roundId });
    if (patch.invited !== undefined) {
      const invited = [...new Set(patch.invited)];
      for (const respondentId of invited) requireRespondent(db, respondentId);
      db.prepare('DELETE FROM round_invitees WHERE round_id = ?').run(roundId);
      const insert = db.prepare(
        'INSERT INTO round_invitees (round_id, respondent_id) VALUES (?, ?)',
      );
      for (const respondentId of invited) insert.run(roundId, respondentId);
    }
    return getRound(db, roundId);
  })();
}

/** Removes a round without comments (its version stays); one with comments is IN_USE. */
export function removeRound(db: Db, roundId: string): RoundSummary[] {
  return db.transaction(() => {
    roundRow(db, roundId);
    const { count } = db
      .prepare('SELECT count(*) AS count FROM comments WHERE round_id = ?')
      .get(roundId) as { count: number };
    if (count > 0) throw new CoreError('IN_USE', { what: 'round', count });
    db.prepare('DELETE FROM rounds WHERE id = ?').run(roundId);
    return listRounds(db);
  })();
}
