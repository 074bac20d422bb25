import { useTranslation } from 'react-i18next';
import type { Provider, StaffingReport, StaffingRow } from '../../../../shared/domain/plan-data';
import { Icon } from '../../ui/Icon';
import { usePlanDataText } from './planDataText';
import { StaffingFigures } from './StaffingFigures';

interface StaffingTableProps {
  report: StaffingReport;
  providers: Provider[];
  onEdit: (row: StaffingRow) => void;
  onRemove: (row: StaffingRow) => void;
}

/** The figure columns of a profession's line, right-aligned. */
const figureColumns = ['fte', 'perFte', 'ratio', 'required', 'shortfall'] as const;

/**
 * The staffing table: one group of lines per area and level (a line per profession), then the
 * totals of each level group and of the whole region.
 */
export function StaffingTable({ report, providers, onEdit, onRemove }: StaffingTableProps) {
  const { t } = useTranslation('staffingView');
  const { t: tData } = useTranslation('planData');
  const text = usePlanDataText();
  const pupils = (value: number | null) =>
    value === null ? (
      <span className="plan-data-muted">{tData('unknown')}</span>
    ) : (
      text.whole(value)
    );
  return (
    <div
      className="plan-data-table-scroll"
      role="region"
      aria-labelledby="staffing-caption"
      tabIndex={0}
    >
      <table className="plan-data-table staffing-table">
        <caption id="staffing-caption" className="visually-hidden">
          {t('staffing.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('staffing.column.areaLevel')}</th>
            <th scope="col" className="plan-data-number">
              {t('staffing.column.pupils')}
            </th>
            <th scope="col">{t('staffing.column.profession')}</th>
            {figureColumns.map((column) => (
              <th key={column} scope="col" className="plan-data-number">
                {t(`staffing.column.${column}`)}
              </th>
            ))}
            <th scope="col">{t('staffing.column.met')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('providers.column.actions')}</span>
            </th>
          </tr>
        </thead>
        {report.rows.map((row) => {
          const level = tData(`level.${row.level}`);
          const provider = providers.find((candidate) => candidate.id === row.providerId);
          const span = row.figures.length;
          return (
            <tbody key={row.id} className="staffing-group" data-staffing-row-id={row.id}>
              {row.figures.map((figures, index) => (
                <tr key={figures.profession}>
                  {index === 0 && (
                    <>
                      <th scope="rowgroup" rowSpan={span} className="staffing-area">
                        {row.area}
                        <span className="staffing-level">{level}</span>
                        {provider && provider.name !== row.area && (
                          <span className="plan-data-cell-note">
                            {t('staffing.provider', { name: provider.name })}
                          </span>
                        )}
                        {row.note && <span className="plan-data-cell-note">{row.note}</span>}
                      </th>
                      <td rowSpan={span} className="plan-data-number">
                        {pupils(row.pupils)}
                      </td>
                    </>
                  )}
                  <th scope="row" className="staffing-profession">
                    {tData(`profession.${figures.profession}`)}
                  </th>
                  <StaffingFigures figures={figures} />
                  {index === 0 && (
                    <td rowSpan={span} className="plan-data-actions">
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={t('staffing.editFor', { area: row.area, level })}
                        onClick={() => onEdit(row)}
                      >
                        {t('staffing.edit')}
                      </button>
                      <button
                        type="button"
                        className="btn btn-small btn-quiet plan-data-remove"
                        aria-label={t('staffing.removeFor', { area: row.area, level })}
                        onClick={() => onRemove(row)}
                      >
                        <Icon name="trash" />
                        {t('staffing.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          );
        })}
        {report.totals.map((total) => {
          const group = tData(`levelGroup.${total.levelGroup ?? 'all'}`);
          const span = total.figures.length;
          return (
            <tbody
              key={total.levelGroup ?? 'all'}
              className={`staffing-group staffing-total${total.levelGroup === null ? ' staffing-region' : ''}`}
            >
              {total.figures.map((figures, index) => (
                <tr key={figures.profession}>
                  {index === 0 && (
                    <>
                      <th scope="rowgroup" rowSpan={span} className="staffing-area">
                        {t('staffing.total', { group })}
                        <span className="plan-data-cell-note">
                          {t('staffing.totalRows', { count: total.rows })}
                        </span>
                      </th>
                      <td rowSpan={span} className="plan-data-number">
                        {text.whole(total.pupils)}
                      </td>
                    </>
                  )}
                  <th scope="row" className="staffing-profession">
                    {tData(`profession.${figures.profession}`)}
                  </th>
                  <StaffingFigures figures={figures} />
                  {index === 0 && <td rowSpan={span} />}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
