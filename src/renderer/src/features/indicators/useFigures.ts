import { useTranslation } from 'react-i18next';
import type { IndicatorValue } from '../../../../shared/domain/plan-data';
import type { Language } from '../../../../shared/domain/settings';
import { formatFigure } from '../../ui/figures';

/** Figures and year-value pairs in the UI language ("12,5 (2023)"). */
export function useFigures() {
  const { t, i18n } = useTranslation('indicatorsView');
  const language = i18n.language as Language;
  const figure = (value: number) => formatFigure(value, language);
  const yearValue = (pair: IndicatorValue | null) =>
    pair ? t('table.yearValue', { value: figure(pair.value), year: pair.year }) : t('table.notSet');
  return { language, figure, yearValue };
}
