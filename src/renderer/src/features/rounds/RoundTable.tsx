import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '../../../../shared/domain/rounds';
import { useRoundText } from './roundText';

interface RoundTableProps {
  /** Newest first. */
  rounds: RoundSummary[];
  onOpen: (roundId: string) => void;
}

/** Every comment round of the plan: what was sent, when, and how far the review has come. */
export function RoundTable({ rounds, onOpen }: RoundTableProps) {
  const { t } = useTranslation('rounds');
  const text = useRoundText();
  return (
    <div
      className="rounds-table-scroll"
      role="region"
      aria-labelledby="rounds-caption"
      tabIndex={0}
    >
      <table className="data-table rounds-table">
        <caption id="rounds-caption" className="visually-hidden">
          {t('list.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('list.column.title')}</th>
            <th scope="col">{t('list.column.version')}</th>
            <th scope="col">{t('list.column.status')}</th>
            <th scope="col">{t('list.column.period')}</th>
            <th scope="col">{t('list.column.progress')}</th>
            <th scope="col">{t('list.column.respondents')}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <th scope="row">
                <button type="button" className="round-link" onClick={() => onOpen(round.id)}>
                  {round.title}
                </button>
              </th>
              <td>{text.version(round)}</td>
              <td>
                <span className={`round-status status-${round.status}`}>{text.status(round)}</span>
              </td>
              <td className="rounds-nowrap">
                {text.period(round) ?? <i className="rounds-none">{t('list.noDates')}</i>}
              </td>
              <td>
                <ReviewProgress resolved={round.resolved} total={round.comments} />
              </td>
              <td className="rounds-nowrap">
                {t('list.answered', { answered: round.answered, invited: round.invited })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "käsitelty 3 / 10" with a bar; the bar only repeats the figure, so it is hidden from readers. */
export function ReviewProgress({ resolved, total }: { resolved: number; total: number }) {
  const { t } = useTranslation('rounds');
  const share = total === 0 ? 0 : Math.round((resolved / total) * 100);
  return (
    <span className="round-progress">
      <span className="round-progress-text">{t('list.reviewed', { resolved, total })}</span>
      <span className="round-progress-bar" aria-hidden="true">
        <span className="round-progress-fill" style={{ width: `${share}%` }} />
      </span>
    </span>
  );
}
