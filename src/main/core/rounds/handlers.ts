// TEMPORARY (contract stage): replaced by the rounds service.
import { CoreError } from '../errors';
import type { FeatureDeps } from '../feature-deps';
import type { Handlers } from '../router';

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

const todo = () => {
  throw new CoreError('UNSUPPORTED');
};

export function roundsHandlers(_deps: FeatureDeps): Pick<Handlers, RoundChannels> {
  return {
    'respondents.list': todo,
    'respondents.save': todo,
    'respondents.remove': todo,
    'rounds.list': todo,
    'rounds.get': todo,
    'rounds.create': todo,
    'rounds.update': todo,
    'rounds.remove': todo,
    'rounds.saveQuestion': todo,
    'rounds.removeQuestion': todo,
    'comments.list': todo,
    'comments.add': todo,
    'comments.edit': todo,
    'comments.remove': todo,
    'comments.resolve': todo,
    'comments.applyChange': todo,
    'comments.undoChange': todo,
    'comments.summary': todo,
  };
}
