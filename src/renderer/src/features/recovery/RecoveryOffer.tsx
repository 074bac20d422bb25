import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveredDraft } from '../../../../shared/domain/recovery';
import type { OutlineEntry } from '../../../../shared/domain/section';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog, DialogButtons } from '../../ui/Dialog';
import type { SaveCoordinator } from '../autosave/saveCoordinator';
import type { EditorRegistry } from '../editor/registry';
import { formatDateTime } from '../versions/versionFormat';
import { putDraft, whenEditorMounted } from './restoreDraft';
import './recovery.css';

interface RecoveryOfferProps {
  docId: string;
  /** The numbered outline, to name each section as the outline does ("2.1 Tavoitteet"). */
  outline: readonly OutlineEntry[];
  editors: EditorRegistry;
  saves: SaveCoordinator;
}

/**
 * "Tallentamatonta tekstiä löytyi": when the plan opens with drafts that were typed but never
 * saved (the app crashed or hung, or saves kept failing), each is offered back by section.
 */
export function RecoveryOffer({ docId, outline, editors, saves }: RecoveryOfferProps) {
  const { t, i18n } = useTranslation('recovery');
  const reportError = useReportError();
  const announce = useAnnounce();
  const [drafts, setDrafts] = useState<RecoveredDraft[]>([]);
  const [open, setOpen] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const lastRestored = useRef<string | null>(null);

  const [firstId] = useState(outline[0]?.id);
  useEffect(() => {
    let live = true;
    void (async () => {
      const result = await api.recovery.list({ docId });
      if (!result.ok || result.value.drafts.length === 0) return;
      // The plan view puts the caret in the first section once its editor mounts; a modal
      // dialog opened before that would lose focus to it and close.
      if (firstId) await whenEditorMounted(editors, firstId);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (!live) return;
      setDrafts(result.value.drafts);
      setOpen(true);
    })();
    return () => {
      live = false;
    };
  }, [docId, editors, firstId]);

  /** Takes a handled draft off the list; focus goes on to the next one's first button. */
  const settle = (sectionId: string) => {
    const rest = drafts.filter((draft) => draft.sectionId !== sectionId);
    setDrafts(rest);
    if (rest.length === 0) setOpen(false);
    else requestAnimationFrame(() => listRef.current?.querySelector('button')?.focus());
  };

  const restore = async (draft: RecoveredDraft) => {
    const editor = await whenEditorMounted(editors, draft.sectionId);
    try {
      putDraft(editor, draft.content);
    } catch {
      reportError(t('restoreFailed', { title: nameOf(draft) }));
      return;
    }
    lastRestored.current = draft.sectionId;
    void saves.flushSection(draft.sectionId);
    announce(t('restored', { title: nameOf(draft) }));
    settle(draft.sectionId);
  };

  const discard = async (draft: RecoveredDraft) => {
    const result = await api.recovery.discard({ docId, sectionId: draft.sectionId });
    if (!result.ok) {
      reportError(errorText(i18n, result.error));
      return;
    }
    announce(t('discarded', { title: nameOf(draft) }));
    settle(draft.sectionId);
  };

  const nameOf = (draft: RecoveredDraft) => {
    const entry = outline.find((candidate) => candidate.id === draft.sectionId);
    return entry ? `${entry.number} ${draft.title}` : draft.title;
  };

  if (!open) return null;
  return (
    <Dialog
      title={t('title')}
      description={t('description', { count: drafts.length })}
      size="wide"
      onClose={() => setOpen(false)}
      returnFocusTo={{
        focus: () => {
          if (lastRestored.current) editors.focus(lastRestored.current);
        },
      }}
    >
      <ul className="recovery-drafts" ref={listRef}>
        {drafts.map((draft) => (
          <li key={draft.sectionId} className="recovery-draft">
            <h3 className="recovery-draft-title">{nameOf(draft)}</h3>
            <p className="recovery-draft-time">
              {t('typedAt', { time: formatDateTime(draft.stashedAt, i18n.language) })}
            </p>
            <blockquote className="recovery-draft-preview">
              {draft.preview === '' ? t('emptyPreview') : draft.preview}
            </blockquote>
            <div className="recovery-draft-actions">
              <button
                type="button"
                className="btn btn-primary"
                aria-label={t('restoreLabel', { title: nameOf(draft) })}
                onClick={() => void restore(draft)}
              >
                {t('restore')}
              </button>
              <button
                type="button"
                className="btn"
                aria-label={t('discardLabel', { title: nameOf(draft) })}
                onClick={() => void discard(draft)}
              >
                {t('discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <DialogButtons>
        <button type="button" className="btn btn-quiet" onClick={() => setOpen(false)}>
          {t('later')}
        </button>
      </DialogButtons>
    </Dialog>
  );
}
