import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFinnishDate } from '../../../../shared/dates';
import type { Evidence } from '../../../../shared/domain/checklist';
import type { NeedFigure, Provider } from '../../../../shared/domain/plan-data';

/** Figures and words of the Tiedot view and the checklist's evidence, in the UI language. */
export function usePlanDataText() {
  const { t, i18n } = useTranslation('staffingView');
  const { t: tData } = useTranslation('planData');
  const language = i18n.language;
  return useMemo(() => {
    const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    const hundredths = new Intl.NumberFormat(language, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const list = (names: string[]) => names.join(', ');
    const figure = (need: NeedFigure) =>
      [need.label, decimal.format(need.value), need.unit].filter(Boolean).join(' ');
    return {
      /** Decimals as entered: "2,5", "1 200,75". */
      decimal: (value: number) => decimal.format(value),
      /** FTEs in a table column, aligned: "2,50", "0,58". */
      fte: (value: number) => hundredths.format(value),
      whole: (value: number) => whole.format(value),
      date: (iso: string) => formatFinnishDate(iso),
      figure,
      /** "5/7 järjestäjän suunnitelma hyväksytty; puuttuu: X, Y". */
      providersSummary: (providers: Provider[]) => {
        const missing = providers.filter((p) => p.planStatus !== 'adopted').map((p) => p.name);
        const counts = { adopted: providers.length - missing.length, total: providers.length };
        return missing.length === 0
          ? t('providers.summary', counts)
          : t('providers.summaryMissing', { ...counts, missing: list(missing) });
      },
      levels: (levels: Provider['levels']) => list(levels.map((level) => tData(`level.${level}`))),
      /** The line a checklist item shows about what the plan's data says. */
      evidence: (evidence: Evidence) => {
        switch (evidence.kind) {
          case 'providerPlans':
            if (evidence.total === 0) return t('evidence.providersEmpty');
            return evidence.missing.length === 0
              ? t('evidence.providers', evidence)
              : t('evidence.providersMissing', { ...evidence, missing: list(evidence.missing) });
          case 'staffing': {
            if (evidence.rows === 0) return t('evidence.staffingEmpty');
            const key =
              evidence.statutoryMet === null
                ? 'staffingUnknown'
                : evidence.statutoryMet
                  ? 'staffingMet'
                  : 'staffingNotMet';
            return t(`evidence.${key}`, { count: evidence.rows });
          }
          case 'indicators':
            if (evidence.total === 0) return t('evidence.indicatorsEmpty');
            return t('evidence.indicators', {
              count: evidence.total,
              withTargets: evidence.withTargets,
            });
        }
      },
    };
  }, [t, tData, language]);
}
