import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '../../../../shared/domain/rounds';
import { Icon } from '../../ui/Icon';
import { LoadStatus } from '../versions/LoadStatus';
import { useScreenFocus } from '../versions/useScreenFocus';
import type { Loadable } from '../versions/useResult';
import { RoundTable } from './RoundTable';

interface RoundListScreenProps {
  rounds: Loadable<RoundSummary[]>;
  onOpen: (roundId: string) => void;
  onNewRound: () => void;
  onRespondents: () => void;
}

/** "Kommenttikierrokset": what a round is, the rounds, and the register of respondents. */
export function RoundListScreen({
  rounds,
  onOpen,
  onNewRound,
  onRespondents,
}: RoundListScreenProps) {
  const { t } = useTranslation('rounds');
  const heading = useScreenFocus<HTMLHeadingElement>();
  const list = rounds.state === 'ready' ? rounds.value : [];
  return (
    <div className="rounds-screen">
      <header className="rounds-header">
        <div>
          <h2 ref={heading} tabIndex={-1} className="screen-heading">
            {t('list.heading')}
          </h2>
          <p className="rounds-intro">{t('list.intro')}</p>
        </div>
        <div className="rounds-header-actions">
          <button type="button" className="btn" onClick={onRespondents}>
            <Icon name="listCheck" />
            {t('list.respondents')}
          </button>
          {list.length > 0 && (
            <button type="button" className="btn btn-primary" onClick={onNewRound}>
              <Icon name="plus" />
              {t('list.newRound')}
            </button>
          )}
        </div>
      </header>
      <LoadStatus loaded={rounds} loading={t('list.loading')} />
      {rounds.state === 'ready' &&
        (list.length === 0 ? (
          <section className="rounds-empty" aria-labelledby="rounds-empty-title">
            <Icon name="comment" className="rounds-empty-icon" />
            <h3 id="rounds-empty-title">{t('list.emptyTitle')}</h3>
            <p>{t('list.emptyText')}</p>
            <p>{t('list.emptySteps')}</p>
            <button type="button" className="btn btn-primary" onClick={onNewRound}>
              {t('list.newRound')}
            </button>
          </section>
        ) : (
          <RoundTable rounds={list} onOpen={onOpen} />
        ))}
    </div>
  );
}
