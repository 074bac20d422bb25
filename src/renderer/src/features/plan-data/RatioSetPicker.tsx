import { useTranslation } from 'react-i18next';
import {
  levelGroups,
  professions,
  type PlanData,
  type RatioSet,
} from '../../../../shared/domain/plan-data';
import type { Language } from '../../../../shared/domain/settings';
import { api } from '../../api/client';
import { useAnnounce } from '../../ui/Announcer';
import { SelectField } from '../../ui/Field';
import { usePlanDataText } from './planDataText';
import type { PlanDataStore } from './planDataStore';

/** Which ratio set the plan's staffing is computed against, and what its ratios are. */
export function RatioSetPicker({ store, data }: { store: PlanDataStore; data: PlanData }) {
  const { t, i18n } = useTranslation('staffingView');
  const { t: tData } = useTranslation('planData');
  const text = usePlanDataText();
  const announce = useAnnounce();
  const current = data.staffing.ratioSet;
  const nameOf = (set: RatioSet) => set.name[i18n.language as Language] || set.name.fi;
  // The catalogue may no longer list a set an older plan recorded: it is offered all the same.
  const sets = data.ratioSets.some((set) => set.id === current.id)
    ? data.ratioSets
    : [current, ...data.ratioSets];
  const ratios = [...current.ratios].sort(
    (a, b) =>
      professions.indexOf(a.profession) - professions.indexOf(b.profession) ||
      levelGroups.indexOf(a.levelGroup) - levelGroups.indexOf(b.levelGroup),
  );

  const choose = async (id: string) => {
    const chosen = sets.find((set) => set.id === id);
    if (!chosen) return;
    if (store.apply(await api.staffing.setRatioSet({ docId: store.docId, ratioSetId: id })))
      announce(t('ratios.changed', { name: nameOf(chosen) }));
  };

  return (
    <section className="plan-data-ratios" aria-labelledby="ratios-heading">
      <h4 id="ratios-heading" className="plan-data-minor-heading">
        {t('ratios.heading')}
      </h4>
      <div className="plan-data-ratio-picker">
        <SelectField label={t('ratios.set')} value={current.id} onChange={(id) => void choose(id)}>
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {t('ratios.option', { name: nameOf(set), date: text.date(set.effectiveFrom) })}
            </option>
          ))}
        </SelectField>
        <p className="field-hint">{t('ratios.setHint')}</p>
      </div>
      <div
        className="plan-data-table-scroll"
        role="region"
        aria-labelledby="ratios-caption"
        tabIndex={0}
      >
        <table className="plan-data-table ratios-table">
          <caption id="ratios-caption" className="visually-hidden">
            {t('ratios.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('ratios.column.profession')}</th>
              <th scope="col">{t('ratios.column.levelGroup')}</th>
              <th scope="col" className="plan-data-number">
                {t('ratios.column.perFte')}
              </th>
              <th scope="col">{t('ratios.column.kind')}</th>
              <th scope="col">{t('ratios.column.source')}</th>
              <th scope="col">{t('ratios.column.effectiveFrom')}</th>
            </tr>
          </thead>
          <tbody>
            {ratios.map((ratio) => (
              <tr key={`${ratio.profession}-${ratio.levelGroup}`}>
                <th scope="row">{tData(`profession.${ratio.profession}`)}</th>
                <td>{tData(`levelGroup.${ratio.levelGroup}`)}</td>
                <td className="plan-data-number">{text.whole(ratio.perFte)}</td>
                <td>
                  <span className={`ratio-kind ratio-kind-${ratio.kind}`}>
                    {tData(`ratioKind.${ratio.kind}`)}
                  </span>
                </td>
                <td className="plan-data-source">{ratio.source}</td>
                <td className="plan-data-nowrap">{text.date(ratio.effectiveFrom)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
