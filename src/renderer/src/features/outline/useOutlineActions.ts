import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline, OutlineEntry } from '../../../../shared/domain/section';
import type { Result } from '../../../../shared/result';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { useAnnounce } from '../../ui/Announcer';
import { useToast } from '../../ui/Toasts';
import type { SaveCoordinator } from '../autosave/saveCoordinator';
import { addAfter, addChild, descendantsOf, isNoMove, type MoveTarget } from './outlineModel';

interface OutlineState {
  docId: string;
  outline: Outline;
  setOutline: (outline: Outline) => void;
  saves: SaveCoordinator;
}

/**
 * Outline changes: each one a single call to the store, whose answer is the new outline. Deleted
 * sections can be brought back (toast "Kumoa", or the outline menu) until the plan is closed.
 */
export function useOutlineActions({ docId, outline, setOutline, saves }: OutlineState) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const report = useReportError();
  const toast = useToast();
  /** Deleted sections, newest last; restorable while the plan stays open. */
  const [deleted, setDeleted] = useState<OutlineEntry[]>([]);

  const apply = <T>(result: Result<T>, outlineOf: (value: T) => Outline): T | null => {
    if (!result.ok) {
      report(errorText(i18n, result.error));
      return null;
    }
    report(null);
    setOutline(outlineOf(result.value));
    return result.value;
  };

  const find = (next: Outline, id: string) => next.find((entry) => entry.id === id);

  /** Adds a section after `id` (or as its last subsection); returns the new section's id. */
  const add = async (id: string | null, asChild: boolean): Promise<string | null> => {
    const place = asChild && id ? addChild(outline, id) : addAfter(outline, id);
    if (!place) {
      announce(t('outline.tooDeep'));
      return null;
    }
    const result = await api.outline.add({
      docId,
      ...place,
      title: t(asChild ? 'outline.newSubsectionTitle' : 'outline.newSectionTitle'),
    });
    const value = apply(result, (value) => value.outline);
    if (!value) return null;
    const entry = find(value.outline, value.id);
    if (entry) announce(t('outline.added', { number: entry.number }));
    return value.id;
  };

  const rename = async (id: string, title: string) => {
    apply(await api.outline.rename({ docId, sectionId: id, title }), (value) => value);
  };

  const move = async (id: string, target: MoveTarget | null) => {
    const entry = find(outline, id);
    if (!entry) return;
    if (!target || isNoMove(outline, id, target)) {
      announce(t('outline.cannotMove', { title: entry.title }));
      return;
    }
    const next = apply(
      await api.outline.move({ docId, sectionId: id, ...target }),
      (value) => value,
    );
    const moved = next && find(next, id);
    if (moved) announce(t('outline.moved', { title: moved.title, number: moved.number }));
  };

  const restore = async (entry: OutlineEntry) => {
    const next = apply(await api.outline.restore({ docId, sectionId: entry.id }), (value) => value);
    if (!next) return;
    setDeleted((current) => current.filter((candidate) => candidate.id !== entry.id));
    const back = find(next, entry.id);
    announce(t('outline.restored', { title: entry.title, number: back?.number ?? '' }));
  };

  /** Deletes after confirmation (asked by the caller); its pending typing is saved first. */
  const remove = async (id: string) => {
    const entry = find(outline, id);
    if (!entry) return;
    const affected = [id, ...descendantsOf(outline, id)];
    await Promise.all(affected.map((sectionId) => saves.flushSection(sectionId)));
    const next = apply(await api.outline.remove({ docId, sectionId: id }), (value) => value);
    if (!next) return;
    for (const sectionId of affected) saves.discard(sectionId);
    setDeleted((current) => [...current, entry]);
    toast({
      title: t('outline.deletedToast', { title: entry.title }),
      action: {
        label: t('outline.undoDelete'),
        altText: t('outline.undoDeleteAlt'),
        onAction: () => void restore(entry),
      },
    });
  };

  return { add, rename, move, remove, restore, deleted };
}
