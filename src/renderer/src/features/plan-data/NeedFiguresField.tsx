import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { emptyFigure, type FigureForm } from './providerForm';

interface NeedFiguresFieldProps {
  figures: FigureForm[];
  /** Indexes of rows that cannot be saved as they are. */
  invalid: number[];
  onChange: (figures: FigureForm[]) => void;
}

/** The figures a provider's plan states about the need: rows of label, figure and unit. */
export function NeedFiguresField({ figures, invalid, onChange }: NeedFiguresFieldProps) {
  const { t } = useTranslation('staffingView');
  const change = (index: number, part: Partial<FigureForm>) =>
    onChange(figures.map((figure, at) => (at === index ? { ...figure, ...part } : figure)));
  return (
    <fieldset className="plan-data-figures">
      <legend className="field-label">{t('provider.figures')}</legend>
      {figures.length > 0 && (
        <div className="plan-data-figure-head" aria-hidden="true">
          <span>{t('provider.figureLabel')}</span>
          <span>{t('provider.figureValue')}</span>
          <span>{t('provider.figureUnit')}</span>
        </div>
      )}
      {figures.map((figure, index) => {
        const number = index + 1;
        const wrong = invalid.includes(index);
        const errorId = `need-figure-${index}-error`;
        const described = wrong ? errorId : undefined;
        return (
          <div key={index} className="plan-data-figure">
            <input
              className="field-input"
              aria-label={t('provider.figureLabelFor', { number })}
              aria-invalid={wrong || undefined}
              aria-describedby={described}
              value={figure.label}
              maxLength={200}
              onChange={(event) => change(index, { label: event.target.value })}
            />
            <input
              className="field-input"
              inputMode="decimal"
              aria-label={t('provider.figureValueFor', { number })}
              aria-invalid={wrong || undefined}
              aria-describedby={described}
              value={figure.value}
              onChange={(event) => change(index, { value: event.target.value })}
            />
            <input
              className="field-input"
              aria-label={t('provider.figureUnitFor', { number })}
              value={figure.unit}
              maxLength={40}
              onChange={(event) => change(index, { unit: event.target.value })}
            />
            <button
              type="button"
              className="btn btn-quiet btn-icon"
              aria-label={t('provider.removeFigure', { number })}
              title={t('provider.removeFigure', { number })}
              onClick={() => onChange(figures.filter((_, at) => at !== index))}
            >
              <Icon name="trash" />
            </button>
            {wrong && (
              <p id={errorId} className="field-error plan-data-figure-error">
                {t('provider.figureInvalid', { number })}
              </p>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="btn btn-small"
        disabled={figures.length >= 20}
        onClick={() => onChange([...figures, emptyFigure])}
      >
        <Icon name="plus" />
        {t('provider.addFigure')}
      </button>
    </fieldset>
  );
}
