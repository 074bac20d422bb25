import { useTranslation } from 'react-i18next';
import type {
  MilestoneKind,
  MilestonePatch,
  Milestones,
} from '../../../../shared/domain/milestones';
import type { AppError, Result } from '../../../../shared/result';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { useAnnounce } from '../../ui/Announcer';
import { useToast } from '../../ui/Toasts';
import type { MilestonesStore } from './milestonesStore';
import { useMilestoneText } from './milestoneText';

/**
 * What the timeline does to the store, each with its feedback: a notice for what she should see
 * (marked done, removed, a doubtful order), a screen-reader announcement for the rest, the alert
 * banner for a failure that has no dialog to show it in. Dialog actions answer their failure.
 */
export function useMilestoneCommands(store: MilestonesStore) {
  const { t, i18n } = useTranslation();
  const text = useMilestoneText();
  const toast = useToast();
  const announce = useAnnounce();
  const reportError = useReportError();
  const report = (error: AppError) => reportError(errorText(i18n, error));
  const nameOf = (milestones: Milestones, id: string) => {
    const milestone = milestones.milestones.find((m) => m.id === id);
    return milestone ? text.name(milestone) : '';
  };
  const announceRenamed = (result: Milestones, id: string) =>
    announce(t('timeline.renameDialog.done', { title: nameOf(result, id) }));

  return {
    /** Adds a step; answers the new step's id, or the failure's text. */
    async add(
      kind: MilestoneKind,
      afterId: string | null,
      title: string | null,
    ): Promise<{ failure: string } | { addedId: string | null }> {
      const before = new Set(store.get()?.milestones.milestones.map((m) => m.id));
      const result = await store.add(kind, afterId, title);
      if (!result.ok) return { failure: errorText(i18n, result.error) };
      const added = result.value.milestones.find((m) => !before.has(m.id));
      if (added) announce(t('timeline.addDialog.done', { title: text.name(added) }));
      return { addedId: added?.id ?? null };
    },

    /**
     * Saves the editor's fields. "… tallennettu." is told to screen readers; a doubtful order is
     * also shown as a notice, as the warning in the row may be out of view.
     */
    async update(id: string, patch: MilestonePatch): Promise<Result<Milestones>> {
      const result = await store.update(id, patch);
      if (!result.ok) return result;
      const warnings =
        result.value.milestones.find((m) => m.id === id)?.warnings.map(text.warning) ?? [];
      const saved = t('timeline.editor.saved', { title: nameOf(result.value, id) });
      if (warnings.length > 0) toast({ title: [saved, ...warnings].join(' ') });
      else announce(saved);
      return result;
    },

    /** Her own name, or null for the kind's label; answers the failure's text, or null. */
    async rename(id: string, title: string | null): Promise<string | null> {
      const result = await store.update(id, { title });
      if (!result.ok) return errorText(i18n, result.error);
      announceRenamed(result.value, id);
      return null;
    },

    async resetTitle(id: string) {
      const result = await store.update(id, { title: null });
      if (result.ok) announceRenamed(result.value, id);
      else report(result.error);
    },

    async move(id: string, index: number) {
      const result = await store.move(id, index);
      if (!result.ok) return report(result.error);
      const list = result.value.milestones;
      announce(
        t('timeline.drag.moved', {
          title: nameOf(result.value, id),
          position: list.findIndex((m) => m.id === id) + 1,
          count: list.length,
        }),
      );
    },

    async remove(id: string) {
      const state = store.get();
      const title = state ? nameOf(state.milestones, id) : '';
      const result = await store.remove(id);
      if (result.ok) toast({ title: t('timeline.remove.done', { title }) });
      else report(result.error);
    },

    /**
     * "Aluevaltuusto merkitty toteutuneeksi; versio 4 jäädytetty (tunniste 3f2a…)." Answers the
     * refusal (shown at the date), or null.
     */
    async markDone(id: string, actualDate: string, versionId: string | null) {
      const result = await store.markDone(id, actualDate, versionId);
      if (!result.ok) return result.error;
      const done = result.value.milestones.find((m) => m.id === id);
      const version = store.get()?.versions.find((v) => v.id === done?.versionId);
      const title = nameOf(result.value, id);
      const message = !version
        ? t('timeline.markDone.done', { title })
        : t(versionId === null ? 'timeline.markDone.frozen' : 'timeline.markDone.linked', {
            title,
            number: version.number,
            digest: text.digest(version),
          });
      toast({ title: message });
      return null;
    },

    async openMinutes(url: string) {
      const result = await api.system.openExternal({ url });
      if (!result.ok) report(result.error);
    },
  };
}
