import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorSources, type Indicator } from '../../../../shared/domain/plan-data';
import type { Language } from '../../../../shared/domain/settings';
import { starterIndicators } from '../../../../shared/indicators/starter-set';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';

interface StarterDialogProps {
  /** The plan's indicators: those made from the set are shown as added. */
  indicators: Indicator[];
  /** The language the indicators are named in (the plan's). */
  language: Language;
  /** Adds the chosen entries; answers a failure's text, or null when added. */
  onAdd: (keys: string[]) => Promise<string | null>;
  onClose: () => void;
}

/** "Lisää valmiista": the ready-made set grouped by source, one checkbox each. */
export function StarterDialog({ indicators, language, onAdd, onClose }: StarterDialogProps) {
  const { t } = useTranslation('indicatorsView');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const { busy, failure, run } = useDialogSubmit(onClose);
  const added = new Set(indicators.map((indicator) => indicator.starterKey));

  const toggle = (key: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const submit = () =>
    run(() => (chosen.size === 0 ? Promise.resolve(t('starter.noneChosen')) : onAdd([...chosen])));

  return (
    <FormDialog
      title={t('starter.title')}
      description={t('starter.description')}
      submitLabel={t('starter.submit', { count: chosen.size })}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
      size="wide"
    >
      {indicatorSources.map((source) => {
        const entries = starterIndicators.filter((entry) => entry.source === source);
        if (entries.length === 0) return null;
        return (
          <fieldset key={source} className="starter-group">
            <legend>{t(`planData:indicatorSource.${source}`)}</legend>
            {entries.map((entry) => {
              const isAdded = added.has(entry.key);
              return (
                <label key={entry.key} className="checkbox starter-entry">
                  <input
                    type="checkbox"
                    checked={isAdded || chosen.has(entry.key)}
                    disabled={isAdded}
                    onChange={(event) => toggle(entry.key, event.target.checked)}
                  />
                  <span>
                    {entry.name[language]}
                    <span className="starter-meta">
                      {' · '}
                      {entry.group[language]}
                      {isAdded && ` · ${t('starter.added')}`}
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </FormDialog>
  );
}
