import { useTranslation } from 'react-i18next';
import type { Provider, ProviderPlanStatus } from '../../../../shared/domain/plan-data';
import { Icon, type IconName } from '../../ui/Icon';
import type { StatusTone } from '../../ui/statusTone';
import { usePlanDataText } from './planDataText';

interface ProviderTableProps {
  providers: Provider[];
  onEdit: (provider: Provider) => void;
  onRemove: (provider: Provider) => void;
}

const statusIcons: Record<ProviderPlanStatus, IconName> = {
  notStarted: 'circle',
  inPreparation: 'halfCircle',
  adopted: 'check',
};

const planTones: Record<ProviderPlanStatus, StatusTone> = {
  notStarted: 'bad',
  inPreparation: 'warning',
  adopted: 'good',
};

/** The register: each provider, its levels, and where its own plan stands. */
export function ProviderTable({ providers, onEdit, onRemove }: ProviderTableProps) {
  const { t } = useTranslation('staffingView');
  const { t: tData } = useTranslation('planData');
  const text = usePlanDataText();
  return (
    <div
      className="plan-data-table-scroll"
      role="region"
      aria-labelledby="providers-caption"
      tabIndex={0}
    >
      <table className="plan-data-table providers-table">
        <caption id="providers-caption" className="visually-hidden">
          {t('providers.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('providers.column.name')}</th>
            <th scope="col">{t('providers.column.kind')}</th>
            <th scope="col">{t('providers.column.levels')}</th>
            <th scope="col">{t('providers.column.language')}</th>
            <th scope="col">{t('providers.column.status')}</th>
            <th scope="col">{t('providers.column.adoptedOn')}</th>
            <th scope="col">{t('providers.column.reference')}</th>
            <th scope="col">{t('providers.column.need')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('providers.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {providers.map((provider) => (
            <tr key={provider.id} data-provider-id={provider.id}>
              <th scope="row" className="plan-data-name">
                {provider.name}
              </th>
              <td>{tData(`providerKind.${provider.kind}`)}</td>
              <td>{text.levels(provider.levels)}</td>
              <td>{tData(`providerLanguage.${provider.language}`)}</td>
              <td>
                <span className={`status-pill status-pill-${planTones[provider.planStatus]}`}>
                  <Icon name={statusIcons[provider.planStatus]} />
                  {tData(`planStatus.${provider.planStatus}`)}
                </span>
              </td>
              <td className="plan-data-nowrap">
                {provider.adoptedOn ? text.date(provider.adoptedOn) : t('providers.none')}
              </td>
              <td>
                {provider.planReference ? (
                  <span className="plan-data-reference" title={provider.planReference}>
                    {provider.planReference}
                  </span>
                ) : (
                  t('providers.none')
                )}
              </td>
              <td className="plan-data-need">
                <NeedSummary provider={provider} />
              </td>
              <td className="plan-data-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={t('providers.editFor', { name: provider.name })}
                  onClick={() => onEdit(provider)}
                >
                  {t('providers.edit')}
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-quiet plan-data-remove"
                  aria-label={t('providers.removeFor', { name: provider.name })}
                  onClick={() => onRemove(provider)}
                >
                  <Icon name="trash" />
                  {t('providers.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The need in short: the first figure (and how many more), else the start of the text. */
function NeedSummary({ provider }: { provider: Provider }) {
  const { t } = useTranslation('staffingView');
  const text = usePlanDataText();
  const [first, ...rest] = provider.needFigures;
  if (first) {
    return (
      <>
        {text.figure(first)}
        {rest.length > 0 && (
          <span className="plan-data-muted">
            {' '}
            {t('providers.moreFigures', { count: rest.length })}
          </span>
        )}
      </>
    );
  }
  if (provider.needText) {
    return (
      <span className="plan-data-clamp" title={provider.needText}>
        {provider.needText}
      </span>
    );
  }
  return <>{t('providers.none')}</>;
}
