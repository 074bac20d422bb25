import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorsPanel } from '../indicators/IndicatorsPanel';
import { useScreenFocus } from '../versions/useScreenFocus';
import type { PlanDataStore } from './planDataStore';
import { ProvidersSection } from './ProvidersSection';
import { StaffingSection } from './StaffingSection';

const dataSections = ['providers', 'staffing', 'indicators'] as const;
type DataSection = (typeof dataSections)[number];

interface PlanDataViewProps {
  store: PlanDataStore;
}

/**
 * "Tiedot": the plan's numbers in three parts — the providers register, staffing against the
 * ratios, and the indicator set. Every change answers with the whole data, which the store hands
 * on to the live blocks in the text and the checklist.
 */
export function PlanDataView({ store }: PlanDataViewProps) {
  const { t } = useTranslation('staffingView');
  const data = useSyncExternalStore(store.subscribe, store.get);
  const [section, setSection] = useState<DataSection>('providers');
  const heading = useScreenFocus<HTMLHeadingElement>();

  // The data may have changed elsewhere (an import from the CLI, another view) since last asked.
  useEffect(() => {
    void store.refresh();
  }, [store]);

  return (
    <main id="main" className="plan-view-main plan-data-view" aria-labelledby="plan-data-heading">
      <div className="plan-data-screen">
        <header className="plan-data-header">
          <h2 id="plan-data-heading" ref={heading} tabIndex={-1} className="screen-heading">
            {t('heading')}
          </h2>
          <p className="plan-data-intro">{t('intro')}</p>
        </header>
        <div className="plan-data-switch" role="group" aria-label={t('sections.label')}>
          {dataSections.map((name) => (
            <button
              key={name}
              type="button"
              className="plan-data-switch-button"
              aria-pressed={section === name}
              onClick={() => setSection(name)}
            >
              {t(`sections.${name}`)}
            </button>
          ))}
        </div>
        {data === null ? (
          <p className="plan-data-loading" aria-busy="true">
            {t('loading')}
          </p>
        ) : (
          <>
            {section === 'providers' && <ProvidersSection store={store} data={data} />}
            {section === 'staffing' && <StaffingSection store={store} data={data} />}
            {section === 'indicators' && <IndicatorsPanel store={store} />}
          </>
        )}
      </div>
    </main>
  );
}
