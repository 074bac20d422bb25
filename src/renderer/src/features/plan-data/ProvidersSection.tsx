import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanData, Provider } from '../../../../shared/domain/plan-data';
import { api } from '../../api/client';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { DataEmpty, DataSectionHead, RemoveQuestion } from './DataSection';
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
  const { providers } = data;

  const remove = async (provider: Provider) => {
    const removed = store.apply(
      await api.providers.remove({ docId: store.docId, providerId: provider.id }),
    );
    if (removed) toast({ title: t('providers.removed', { name: provider.name }) });
  };

  return (
    <section className="plan-data-section" aria-labelledby="providers-heading">
      <DataSectionHead
        headingId="providers-heading"
        heading={t('providers.heading')}
        intro={t('providers.intro')}
      >
        <button
          ref={addButton}
          type="button"
          className="btn btn-primary"
          onClick={() => setDialog({ kind: 'edit', provider: null })}
        >
          <Icon name="plus" />
          {t('providers.add')}
        </button>
      </DataSectionHead>
      {providers.length === 0 ? (
        <DataEmpty title={t('providers.emptyTitle')} text={t('providers.emptyText')} />
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
        <RemoveQuestion
          title={t('providers.removeTitle')}
          description={t('providers.removeText', { name: dialog.provider.name })}
          confirmLabel={t('providers.remove')}
          rowSelector={`[data-provider-id="${dialog.provider.id}"]`}
          afterRemove={addButton}
          onRemove={() => void remove(dialog.provider)}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
