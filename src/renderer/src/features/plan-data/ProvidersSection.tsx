import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanData, Provider } from '../../../../shared/domain/plan-data';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { usePlanDataText } from './planDataText';
import type { PlanDataStore } from './planDataStore';
import { ProviderDialog } from './ProviderDialog';
import { ProviderTable } from './ProviderTable';

type OpenDialog =
  { kind: 'edit'; provider: Provider | null } | { kind: 'remove'; provider: Provider };

/** "Järjestäjät": the register of providers and how many of their own plans are adopted. */
export function ProvidersSection({ store, data }: { store: PlanDataStore; data: PlanData }) {
  const { t } = useTranslation('staffingView');
  const text = usePlanDataText();
  const toast = useToast();
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const { providers } = data;

  /** Back to the row's remove button when she said no; on to "Lisää järjestäjä…" when it went. */
  const focusAfterQuestion = (provider: Provider) => {
    const button = document.querySelector<HTMLElement>(
      `[data-provider-id="${provider.id}"] .plan-data-remove`,
    );
    (confirmed.current || !button ? addButton.current : button)?.focus();
    confirmed.current = false;
  };

  const remove = async (provider: Provider) => {
    const removed = store.apply(
      await api.providers.remove({ docId: store.docId, providerId: provider.id }),
    );
    if (removed) toast({ title: t('providers.removed', { name: provider.name }) });
  };

  return (
    <section className="plan-data-section" aria-labelledby="providers-heading">
      <div className="plan-data-section-head">
        <div>
          <h3 id="providers-heading" className="plan-data-subheading">
            {t('providers.heading')}
          </h3>
          <p className="plan-data-section-intro">{t('providers.intro')}</p>
        </div>
        <button
          ref={addButton}
          type="button"
          className="btn btn-primary"
          onClick={() => setDialog({ kind: 'edit', provider: null })}
        >
          <Icon name="plus" />
          {t('providers.add')}
        </button>
      </div>
      {providers.length === 0 ? (
        <div className="plan-data-empty">
          <p className="plan-data-empty-title">{t('providers.emptyTitle')}</p>
          <p>{t('providers.emptyText')}</p>
        </div>
      ) : (
        <>
          <p className="plan-data-summary" data-testid="providers-summary">
            <Icon name="listCheck" />
            {text.providersSummary(providers)}
          </p>
          <ProviderTable
            providers={providers}
            onEdit={(provider) => setDialog({ kind: 'edit', provider })}
            onRemove={(provider) => setDialog({ kind: 'remove', provider })}
          />
        </>
      )}
      {dialog?.kind === 'edit' && (
        <ProviderDialog
          store={store}
          provider={dialog.provider}
          onSaved={(name) => announce(t('provider.saved', { name }))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          open
          onOpenChange={(open) => {
            if (!open) setDialog(null);
          }}
          title={t('providers.removeTitle')}
          description={t('providers.removeText', { name: dialog.provider.name })}
          confirmLabel={t('providers.remove')}
          cancelLabel={t('ui:common.cancel')}
          destructive
          returnFocusTo={{ focus: () => focusAfterQuestion(dialog.provider) }}
          onConfirm={() => {
            confirmed.current = true;
            void remove(dialog.provider);
          }}
        />
      )}
    </section>
  );
}
