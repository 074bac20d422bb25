import type { FeatureDeps } from '../feature-deps';
import type { Handlers } from '../router';
import { applyChange, undoChange } from './apply-change';
import { addComment, editComment, listComments, removeComment } from './comments';
import { removeQuestion, saveQuestion } from './questions';
import { resolveComments } from './resolve';
import { listRespondents, removeRespondent, saveRespondent } from './respondents';
import { createRound, getRound, listRounds, removeRound, updateRound } from './rounds';
import { commentSummary } from './summary';

export type RoundChannels =
  | 'respondents.list'
  | 'respondents.save'
  | 'respondents.remove'
  | 'rounds.list'
  | 'rounds.get'
  | 'rounds.create'
  | 'rounds.update'
  | 'rounds.remove'
  | 'rounds.saveQuestion'
  | 'rounds.removeQuestion'
  | 'comments.list'
  | 'comments.add'
  | 'comments.edit'
  | 'comments.remove'
  | 'comments.resolve'
  | 'comments.applyChange'
  | 'comments.undoChange'
  | 'comments.summary';

/** The channels of respondents, rounds and the chair's review of comments (issue 5). */
export function roundsHandlers(deps: FeatureDeps): Pick<Handlers, RoundChannels> {
  const { plans } = deps;
  const context = () => ({ now: deps.clock.now().toISOString(), author: deps.author() });
  return {
    'respondents.list': ({ docId }, ctx) => plans.withDoc(ctx.senderId, docId, listRespondents),
    'respondents.save': ({ docId, respondent }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => saveRespondent(db, respondent, context().now)),
    'respondents.remove': ({ docId, respondentId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => removeRespondent(db, respondentId)),
    'rounds.list': ({ docId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => db.transaction(() => listRounds(db))()),
    'rounds.get': ({ docId, roundId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => db.transaction(() => getRound(db, roundId))()),
    'rounds.create': ({ docId, ...input }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => createRound(db, input, context())),
    'rounds.update': ({ docId, roundId, patch }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => updateRound(db, roundId, patch)),
    'rounds.remove': ({ docId, roundId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => removeRound(db, roundId)),
    'rounds.saveQuestion': ({ docId, roundId, ...input }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        db.transaction(() => {
          saveQuestion(db, roundId, input);
          return getRound(db, roundId);
        })(),
      ),
    'rounds.removeQuestion': ({ docId, roundId, questionId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        db.transaction(() => {
          removeQuestion(db, roundId, questionId);
          return getRound(db, roundId);
        })(),
      ),
    'comments.list': ({ docId, roundId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => db.transaction(() => listComments(db, roundId))()),
    'comments.add': ({ docId, roundId, comment }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => addComment(db, roundId, comment, context())),
    'comments.edit': ({ docId, commentId, ...patch }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => editComment(db, commentId, patch)),
    'comments.remove': ({ docId, commentId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => {
        removeComment(db, commentId);
        return null;
      }),
    'comments.resolve': ({ docId, ...input }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => resolveComments(db, input, context())),
    'comments.applyChange': ({ docId, commentId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => applyChange(db, commentId, context())),
    'comments.undoChange': ({ docId, commentId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => undoChange(db, commentId, context())),
    'comments.summary': ({ docId, roundId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => commentSummary(db, roundId)),
  };
}
