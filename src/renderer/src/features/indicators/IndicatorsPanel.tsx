import { useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Indicator,
  IndicatorInput,
  IndicatorValue,
  PlanData,
} from '../../../../shared/domain/plan-data';
import type { Result } from '../../../../shared/result';
import { api, errorText } from '../../api/client';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { usePlan } from '../plan/PlanContext';
import { DataSectionHead } from '../plan-data/DataSection';
import type { PlanDataStore } from '../plan-data/planDataStore';
import type { IndicatorActions } from './IndicatorDetail';
import { IndicatorDialog } from './IndicatorDialog';
import { IndicatorTable } from './IndicatorTable';
import { StarterDialog } from './StarterDialog';
import { useValuesImport } from './useValuesImport';
import { ValuesDialog } from './ValuesDialog';

interface IndicatorsPanelProps {
  store: PlanDataStore;
}

type Open =
  | { kind: 'starter' }
  | { kind: 'form'; indicator: Indicator | null }
  | { kind: 'values'; indicator: Indicator }
  | { kind: 'remove'; indicator: Indicator };

/**
 * Mittaristo, the indicator set of the Tiedot view: the indicators with their baseline, target,
 * latest value and status; each opens to its chart and values. Every change goes to the core and
 * its answer (the whole PlanData) into the store, so the live blocks and the checklist follow.
 */
export function IndicatorsPanel({ store }: IndicatorsPanelProps) {
  const { t, i18n } = useTranslation('indicatorsView');
  const { planLanguage } = usePlan();
  const announce = useAnnounce();
  const data = useSyncExternalStore(store.subscribe, store.get);
  const [open, setOpen] = useState<Open | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const removeTrigger = useRef<HTMLElement | null>(null);
  // Where focus goes back after the removal question: the button, or the heading once it is gone.
  const returnAfterRemove = {
    focus: () => {
      const trigger = removeTrigger.current;
      if (trigger?.isConnected) trigger.focus();
      else heading.current?.focus();
    },
  };
  const valuesImport = useValuesImport(store);
  const docId = store.docId;
  const indicators = data?.indicators ?? [];

  /** Applies a change's answer: null when done (with `done` announced), else the failure's text. */
  const change = async (call: Promise<Result<PlanData>>, done: string) => {
    const result = await call;
    if (!result.ok) return errorText(i18n, result.error);
    store.apply(result);
    announce(done);
    return null;
  };

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const save = async (input: IndicatorInput) => {
    const before = new Set(indicators.map((indicator) => indicator.id));
    const failed = await change(
      api.indicators.save({ docId, indicator: input }),
      t('form.saved', { name: input.name }),
    );
    // A new indicator opens, ready for its values.
    const added = store.get()?.indicators.find((indicator) => !before.has(indicator.id));
    if (!failed && added) setExpanded((current) => new Set(current).add(added.id));
    return failed;
  };

  const setValues = (indicator: Indicator, values: IndicatorValue[]) =>
    change(
      api.indicators.setValues({ docId, indicatorId: indicator.id, values }),
      t('values.saved', { name: indicator.name }),
    );

  const addStarter = (keys: string[]) =>
    change(
      api.indicators.addStarter({ docId, keys, language: planLanguage }),
      t('starter.done', { count: keys.length }),
    );

  const remove = async (indicator: Indicator) => {
    const result = await api.indicators.remove({ docId, indicatorId: indicator.id });
    if (store.apply(result)) announce(t('remove.done', { name: indicator.name }));
  };

  const actions: IndicatorActions = {
    editValues: (indicator) => setOpen({ kind: 'values', indicator }),
    importValues: (indicator) => void valuesImport.start(indicator),
    edit: (indicator) => setOpen({ kind: 'form', indicator }),
    remove: (indicator) => {
      removeTrigger.current = document.activeElement as HTMLElement | null;
      setOpen({ kind: 'remove', indicator });
    },
  };
  const close = () => setOpen(null);

  return (
    <section className="indicators-panel" aria-labelledby="indicators-heading">
      <DataSectionHead
        headingId="indicators-heading"
        heading={t('heading')}
        intro={t('intro')}
        headingRef={heading}
      >
        <div className="plan-data-actions-bar" role="group" aria-label={t('actions.label')}>
          <button type="button" className="btn" onClick={() => setOpen({ kind: 'starter' })}>
            <Icon name="listCheck" />
            {t('actions.addStarter')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => setOpen({ kind: 'form', indicator: null })}
          >
            <Icon name="plus" />
            {t('actions.addNew')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={indicators.length === 0}
            onClick={() => void valuesImport.start(null)}
          >
            <Icon name="fileImport" />
            {t('actions.importValues')}
          </button>
        </div>
      </DataSectionHead>
      {data === null ? (
        <p className="indicator-hint">{t('loading')}</p>
      ) : indicators.length === 0 ? (
        <p className="indicators-empty">{t('empty')}</p>
      ) : (
        <IndicatorTable
          indicators={indicators}
          expanded={expanded}
          onToggle={toggle}
          actions={actions}
        />
      )}

      {open?.kind === 'starter' && (
        <StarterDialog
          indicators={indicators}
          language={planLanguage}
          onAdd={addStarter}
          onClose={close}
        />
      )}
      {open?.kind === 'form' && (
        <IndicatorDialog indicator={open.indicator} onSave={save} onClose={close} />
      )}
      {open?.kind === 'values' && (
        <ValuesDialog
          indicator={open.indicator}
          onSave={(values) => setValues(open.indicator, values)}
          onClose={close}
        />
      )}
      <ConfirmDialog
        open={open?.kind === 'remove'}
        onOpenChange={(isOpen) => {
          if (!isOpen) close();
        }}
        title={t('remove.title')}
        description={
          open?.kind === 'remove' ? t('remove.description', { name: open.indicator.name }) : ''
        }
        confirmLabel={t('remove.confirm')}
        cancelLabel={t('ui:common.cancel')}
        destructive
        returnFocusTo={returnAfterRemove}
        onConfirm={() => {
          if (open?.kind === 'remove') void remove(open.indicator);
        }}
      />
      {valuesImport.dialog}
    </section>
  );
}
