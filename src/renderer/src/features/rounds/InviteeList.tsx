import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Respondent, Round } from '../../../../shared/domain/rounds';

interface InviteeListProps {
  round: Round;
  /** The whole register. */
  respondents: Respondent[];
  /** Saves who was asked; answers whether it was saved. */
  onInvite: (invited: string[]) => Promise<boolean>;
  onRegister: () => void;
}

/** Who was asked (ticked) and who answered, with how many comments each gave. */
export function InviteeList({ round, respondents, onInvite, onRegister }: InviteeListProps) {
  const { t } = useTranslation('rounds');
  const place = new Map(round.respondents.map((entry) => [entry.respondentId, entry]));
  const saved = round.respondents
    .filter((entry) => entry.invited)
    .map((entry) => entry.respondentId);
  // A tick shows at once; the saved list takes over when the round comes back, or on a refusal.
  const [ticked, setTicked] = useState({ saved: saved.join(' '), ids: saved });
  if (ticked.saved !== saved.join(' ')) setTicked({ saved: saved.join(' '), ids: saved });
  const toggle = (id: string, checked: boolean) => {
    const ids = checked ? [...ticked.ids, id] : ticked.ids.filter((candidate) => candidate !== id);
    setTicked({ saved: ticked.saved, ids });
    void onInvite(ids).then((done) => {
      if (!done) setTicked({ saved: saved.join(' '), ids: saved });
    });
  };

  return (
    <section className="round-panel" aria-labelledby="round-invitees-title">
      <div className="round-panel-head">
        <h3 id="round-invitees-title" className="rounds-subheading">
          {t('invitees.title')}
        </h3>
        <p className="round-panel-figure">
          {t('list.answered', { answered: round.answered, invited: round.invited })}
        </p>
      </div>
      {respondents.length === 0 ? (
        <p className="rounds-none">{t('invitees.empty')}</p>
      ) : (
        <fieldset className="invitee-list">
          <legend className="visually-hidden">{t('invitees.legend')}</legend>
          {respondents.map((respondent) => {
            const entry = place.get(respondent.id);
            return (
              <div key={respondent.id} className="invitee">
                <label className="invitee-label">
                  <input
                    type="checkbox"
                    checked={ticked.ids.includes(respondent.id)}
                    onChange={(event) => toggle(respondent.id, event.target.checked)}
                  />
                  <span className="invitee-name">{respondent.name}</span>
                  <span className="invitee-kind">{t(`respondentKind.${respondent.kind}`)}</span>
                </label>
                <span className={`invitee-state${entry?.answered ? ' is-answered' : ''}`}>
                  {entry?.answered
                    ? t('invitees.answered', { count: entry.comments })
                    : t('invitees.notAnswered')}
                </span>
              </div>
            );
          })}
        </fieldset>
      )}
      <button type="button" className="btn btn-small" onClick={onRegister}>
        {t('invitees.register')}
      </button>
    </section>
  );
}
