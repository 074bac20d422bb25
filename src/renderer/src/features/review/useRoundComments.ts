import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, Respondent, Round } from '../../../../shared/domain/rounds';
import { api, errorText } from '../../api/client';
import type { Loadable } from '../versions/useResult';

export interface RoundComments {
  round: Round;
  comments: Comment[];
  respondents: Respondent[];
}

/**
 * A round with its comments and the respondent register, loaded together; `merge` puts changed
 * comments in place (a resolution saved, a change applied) without asking for everything again.
 */
export function useRoundComments(docId: string, roundId: string) {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loadable<RoundComments>>({ state: 'loading' });

  const reload = useCallback(
    () =>
      Promise.all([
        api.rounds.get({ docId, roundId }),
        api.comments.list({ docId, roundId }),
        api.respondents.list({ docId }),
      ]).then(([round, list, respondents]) => {
        if (!round.ok || !list.ok || !respondents.ok) {
          const failed = [round, list, respondents].find((result) => !result.ok);
          if (failed && !failed.ok) {
            setLoaded({ state: 'failed', message: errorText(i18n, failed.error) });
          }
          return;
        }
        setLoaded({
          state: 'ready',
          value: {
            round: round.value,
            comments: list.value.comments,
            respondents: respondents.value,
          },
        });
      }),
    [docId, roundId, i18n],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  const merge = useCallback((changed: readonly Comment[]) => {
    const byId = new Map(changed.map((comment) => [comment.id, comment]));
    setLoaded((current) =>
      current.state === 'ready'
        ? {
            state: 'ready',
            value: {
              ...current.value,
              comments: current.value.comments.map((comment) => byId.get(comment.id) ?? comment),
            },
          }
        : current,
    );
  }, []);

  return { loaded, reload, merge };
}
