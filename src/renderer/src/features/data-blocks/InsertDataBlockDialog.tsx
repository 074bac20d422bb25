import { $insertNodeToNearestRoot } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dataBlockKinds,
  type DataBlock,
  type LevelGroup,
  type PlanData,
} from '../../../../shared/domain/plan-data';
import { SelectField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { LiveDataSource } from '../plan-data/DataSource';
import type { PlanDataStore } from '../plan-data/planDataStore';
import { DataBlockContent } from './DataBlockContent';
import { $createDataBlockNode } from './DataBlockNode';

interface InsertDataBlockDialogProps {
  editor: LexicalEditor;
  store: PlanDataStore;
  onClose: () => void;
}

type Kind = (typeof dataBlockKinds)[number];
type LevelChoice = LevelGroup | 'all';

/** Whether the plan has anything yet for a block of this kind to show. */
function hasData(kind: Kind, data: PlanData): boolean {
  switch (kind) {
    case 'staffing':
    case 'shortfall':
      return data.staffing.rows.length > 0;
    case 'providers':
      return data.providers.length > 0;
    case 'indicators':
    case 'indicatorChart':
      return data.indicators.length > 0;
  }
}

function blockOf(kind: Kind, level: LevelChoice, indicatorId: string): DataBlock | null {
  switch (kind) {
    case 'staffing':
      return { kind, levelGroup: level === 'all' ? null : level };
    case 'indicatorChart':
      return indicatorId === '' ? null : { kind, indicatorId };
    default:
      return { kind };
  }
}

/**
 * "Lisää tietotaulukko tai kaavio": which table or chart, with a preview of it from the current
 * data, inserted on a line of its own where the caret was; the caret then returns to the text.
 */
export function InsertDataBlockDialog({ editor, store, onClose }: InsertDataBlockDialogProps) {
  const { t } = useTranslation('dataBlocks');
  const data = useSyncExternalStore(store.subscribe, store.get);
  // The data may have changed elsewhere (the CLI, another window) since the text view asked.
  useEffect(() => {
    void store.refresh();
  }, [store]);
  const [kind, setKind] = useState<Kind>('staffing');
  const [level, setLevel] = useState<LevelChoice>('all');
  const [chosenIndicator, setChosenIndicator] = useState('');
  const indicators = data?.indicators ?? [];
  const indicatorId = indicators.some((entry) => entry.id === chosenIndicator)
    ? chosenIndicator
    : (indicators[0]?.id ?? '');
  const block = blockOf(kind, level, indicatorId);
  const id = useId();

  const submit = () => {
    if (block === null) return;
    editor.update(() => {
      $insertNodeToNearestRoot($createDataBlockNode(block));
    });
    onClose();
  };

  return (
    <FormDialog
      title={t('dialog.title')}
      description={t('dialog.description')}
      submitLabel={t('dialog.insert')}
      onSubmit={submit}
      onClose={onClose}
      busy={block === null}
      returnFocusTo={editor}
      size="large"
    >
      <div className="data-block-dialog">
        <div className="data-block-dialog-options">
          <fieldset className="data-block-kinds">
            <legend className="field-label">{t('dialog.kind')}</legend>
            {dataBlockKinds.map((option, index) => (
              <div key={option} className="data-block-kind">
                <input
                  type="radio"
                  id={`${id}-${option}`}
                  name={`${id}-kind`}
                  value={option}
                  checked={kind === option}
                  onChange={() => setKind(option)}
                  aria-describedby={`${id}-${option}-hint`}
                  autoFocus={index === 0}
                />
                <label htmlFor={`${id}-${option}`}>{t(`kind.${option}`)}</label>
                <p id={`${id}-${option}-hint`} className="field-hint">
                  {t(`kindHint.${option}`)}
                </p>
              </div>
            ))}
          </fieldset>
          {kind === 'staffing' && (
            <SelectField
              label={t('dialog.levelGroup')}
              value={level}
              onChange={(value) => setLevel(value as LevelChoice)}
            >
              {(['all', 'basic', 'secondary'] as const).map((option) => (
                <option key={option} value={option}>
                  {t(`levelGroup.${option}`)}
                </option>
              ))}
            </SelectField>
          )}
          {kind === 'indicatorChart' && indicators.length > 0 && (
            <SelectField
              label={t('dialog.indicator')}
              value={indicatorId}
              onChange={setChosenIndicator}
            >
              {indicators.map((indicator) => (
                <option key={indicator.id} value={indicator.id}>
                  {indicator.name}
                </option>
              ))}
            </SelectField>
          )}
          {data !== null && !hasData(kind, data) && (
            <p className="dialog-note data-block-no-data">
              {kind === 'indicatorChart' && `${t('dialog.noIndicators')} `}
              {t('dialog.noData')}
            </p>
          )}
        </div>
        <section className="data-block-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`} className="data-block-preview-title">
            {t('dialog.preview')}
          </h3>
          {block !== null && (
            <LiveDataSource store={store}>
              <div className="data-block">
                <DataBlockContent block={block} />
              </div>
            </LiveDataSource>
          )}
        </section>
      </div>
    </FormDialog>
  );
}
