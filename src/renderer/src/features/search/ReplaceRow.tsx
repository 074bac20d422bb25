import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplacedSection, SearchResults } from '../../../../shared/domain/search';
import { isSingleTerm, parseQuery } from '../../../../shared/search/query';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { usePlan } from '../plan/PlanContext';
import { replaceScope } from './replaceScope';
import { SearchCheck } from './SearchCheck';

interface ReplaceRowProps {
  docId: string;
  /** The query as typed: what is replaced. */
  query: string;
  /** The search's answer for that query, or null while there is none. */
  results: SearchResults | null;
  /** Sections whose stored text or title the replace (or its undo) changed. */
  onReplaced: (sections: ReplacedSection[]) => void;
}

/** The last replace's outcome; `replaceId` while it can still be undone. */
interface Done {
  replaceId: string | null;
  message: string;
}

/** "Korvaa kaikki…": the found word or phrase replaced in the current text of the whole plan. */
export function ReplaceRow({ docId, query, results, onReplaced }: ReplaceRowProps) {
  const { t, i18n } = useTranslation();
  const reportError = useReportError();
  const { saves } = usePlan();
  const id = useId();
  const [replacement, setReplacement] = useState('');
  const [titles, setTitles] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);

  const parsed = parseQuery(query);
  const phrase = parsed.terms.length > 0 && isSingleTerm(parsed);
  // Counted from the answer to this very query (not one still on the screen from before).
  const scope = results && results.query === query.trim() ? replaceScope(results, titles) : null;
  const canReplace = phrase && scope !== null && scope.places > 0 && !busy;
  const undoId = done?.replaceId ?? null;

  // What she typed is saved first: the replace works on the stored text, and a save arriving
  // after it would undo it.
  const replaceAll = async () => {
    setBusy(true);
    await saves.flushAll();
    const result = await api.search.replace({
      docId,
      find: query.trim(),
      replacement,
      sectionIds: null,
      titles,
    });
    setBusy(false);
    if (!result.ok) {
      reportError(errorText(i18n, result.error));
      return;
    }
    const { replaceId, replaced, sections } = result.value;
    onReplaced(sections);
    setDone({
      replaceId,
      message:
        replaced === 0
          ? t('search:replace.nothing')
          : t('search:replace.done', { count: replaced, sections: sections.length }),
    });
  };

  const undo = async (replaceId: string) => {
    setBusy(true);
    await saves.flushAll();
    const result = await api.search.undoReplace({ docId, replaceId });
    setBusy(false);
    if (!result.ok) {
      reportError(errorText(i18n, result.error));
      return;
    }
    onReplaced(result.value.sections);
    setDone({ replaceId: null, message: t('search:replace.undone') });
  };

  return (
    <div className="search-replace">
      <div className="field">
        <label htmlFor={`${id}-replacement`} className="field-label">
          {t('search:replace.field')}
        </label>
        <input
          id={`${id}-replacement`}
          className="field-input"
          value={replacement}
          maxLength={200}
          onChange={(event) => setReplacement(event.target.value)}
          aria-describedby={!phrase && parsed.terms.length > 0 ? `${id}-phrase` : undefined}
        />
      </div>
      {!phrase && parsed.terms.length > 0 && (
        <p id={`${id}-phrase`} className="field-hint">
          {t('search:replace.needsPhrase')}
        </p>
      )}
      <SearchCheck label={t('search:replace.titles')} checked={titles} onChange={setTitles} />
      <button
        type="button"
        className="btn"
        disabled={!canReplace}
        onClick={() => setConfirming(true)}
      >
        {t('search:replace.all')}
      </button>
      <div className="search-replace-status" role="status">
        {done && (
          <>
            <span>{done.message}</span>
            {undoId !== null && (
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => void undo(undoId)}
              >
                {t('search:replace.undo')}
              </button>
            )}
          </>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('search:replace.confirmTitle')}
        description={t('search:replace.confirmText', {
          find: query.trim(),
          replacement,
          count: scope?.places ?? 0,
          sections: scope?.sections ?? 0,
        })}
        confirmLabel={t('search:replace.confirm')}
        cancelLabel={t('search:replace.cancel')}
        onConfirm={() => void replaceAll()}
      />
    </div>
  );
}
