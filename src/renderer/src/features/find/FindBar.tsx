import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/IconButton';
import { useMenuCommand } from '../commands/MenuCommands';
import type { EditorRegistry } from '../editor/registry';
import { useSectionFind } from './useSectionFind';

interface FindBarProps {
  editors: EditorRegistry;
  /** "Hae koko suunnitelmasta": the same query in the plan-wide search. */
  openPlanSearch: (query: string) => void;
  /** Ctrl+F or Ctrl+H was given: the text view is shown if another view was. */
  onOpen: () => void;
}

/** Selected words of the active section make the query (as one phrase), when they are short. */
function selectedQuery(editors: EditorRegistry): string | null {
  const text = editors.getActive()?.editor.read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) ? selection.getTextContent() : '';
  });
  const words = text?.trim() ?? '';
  if (words === '' || words.length > 80 || /["\n]/.test(words)) return null;
  return /\s/.test(words) ? `"${words}"` : words;
}

/** The numbered heading of a section ("1.1 Suunnitelman tarkoitus"), which names its editor. */
function sectionName(editors: EditorRegistry, sectionId: string | null): string | null {
  const root = sectionId ? editors.get(sectionId)?.getRootElement() : null;
  const heading = root?.getAttribute('aria-labelledby');
  return (heading && document.getElementById(heading)?.textContent?.trim()) || null;
}

/**
 * "Etsi luvusta" (Ctrl+F) and its replace row (Ctrl+H): finds in the text of the section she is
 * writing, counts and highlights the matches, steps through them and replaces one or all. Esc
 * returns to the text with the current match selected.
 */
export function FindBar({ editors, openPlanSearch, onOpen }: FindBarProps) {
  const { t } = useTranslation('search');
  const [open, setOpen] = useState(false);
  const [replaceShown, setReplaceShown] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [status, setStatus] = useState('');
  /** The field to focus; a new object each time, so asking again focuses (and selects) again. */
  const [focusRequest, setFocusRequest] = useState<{ field: 'query' | 'replacement' } | null>(null);
  const queryField = useRef<HTMLInputElement>(null);
  const replacementField = useRef<HTMLInputElement>(null);
  const find = useSectionFind(editors, query, open);
  const ids = useId();

  useEffect(() => {
    if (!focusRequest) return;
    const field = focusRequest.field === 'query' ? queryField.current : replacementField.current;
    field?.focus();
    field?.select();
  }, [focusRequest]);

  const show = (withReplace: boolean) => {
    onOpen();
    const selected = selectedQuery(editors);
    if (selected) setQuery(selected);
    setStatus('');
    setOpen(true);
    if (withReplace) setReplaceShown(true);
    const hasQuery = selected !== null || query !== '';
    setFocusRequest({ field: withReplace && hasQuery ? 'replacement' : 'query' });
  };
  useMenuCommand('find', () => show(false));
  useMenuCommand('replace', () => show(true));

  const close = () => {
    find.returnToText();
    setOpen(false);
  };

  // F3 and Shift+F3 step through the matches while the bar is open, also from the text.
  const step = useRef(find.step);
  useEffect(() => {
    step.current = find.step;
  });
  useEffect(() => {
    if (!open) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'F3') return;
      event.preventDefault();
      step.current(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  if (!open) return null;

  // The replace buttons are aria-disabled, not disabled: one that empties the list keeps the focus.
  const replace = (all: boolean) => {
    const count = find.replace(replacement, all);
    setStatus(count > 0 ? t('find.replaced', { count }) : '');
  };

  const onBarKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  const name = sectionName(editors, find.sectionId);
  const label = name ? t('find.section', { section: name }) : t('find.label');
  const count = !find.searching
    ? ''
    : find.matches.length === 0
      ? t('find.none')
      : t('find.count', { current: find.current + 1, total: find.matches.length });
  const canReplace = find.replaceable && find.matches.length > 0;
  const showPhraseHint = find.searching && !find.replaceable;

  return (
    <div className="find-bar" role="search" aria-label={label} onKeyDown={onBarKey}>
      <div className="find-row">
        <p className="find-scope">{name ? label : t('find.noSection')}</p>
        <button
          type="button"
          className="btn btn-quiet btn-small"
          onClick={() => {
            setOpen(false);
            openPlanSearch(query);
          }}
        >
          {t('find.inPlan')}
        </button>
        <IconButton icon="close" label={t('find.close')} onClick={close} />
      </div>
      <div className="find-row">
        <label className="find-label" htmlFor={`${ids}-query`}>
          {t('find.query')}
        </label>
        <input
          id={`${ids}-query`}
          ref={queryField}
          className="field-input find-input"
          type="search"
          value={query}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setStatus('');
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            find.step(event.shiftKey ? -1 : 1);
          }}
        />
        <span className="find-count" role="status" aria-live="polite">
          {count}
        </span>
        <IconButton icon="arrowUp" label={t('find.previous')} onClick={() => find.step(-1)} />
        <IconButton icon="arrowDown" label={t('find.next')} onClick={() => find.step(1)} />
        <button
          type="button"
          className="btn btn-quiet btn-small"
          aria-expanded={replaceShown}
          aria-controls={`${ids}-replace`}
          onClick={() => setReplaceShown(!replaceShown)}
        >
          {t('find.showReplace')}
        </button>
      </div>
      {replaceShown && (
        <div className="find-row" id={`${ids}-replace`}>
          <label className="find-label" htmlFor={`${ids}-replacement`}>
            {t('find.replacement')}
          </label>
          <input
            id={`${ids}-replacement`}
            ref={replacementField}
            className="field-input find-input"
            value={replacement}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={showPhraseHint ? `${ids}-hint` : undefined}
            onChange={(event) => {
              setReplacement(event.target.value);
              setStatus('');
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' || !canReplace) return;
              event.preventDefault();
              replace(false);
            }}
          />
          <button
            type="button"
            className="btn btn-small"
            aria-disabled={!canReplace}
            onClick={() => canReplace && replace(false)}
          >
            {t('find.replaceOne')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-disabled={!canReplace}
            onClick={() => canReplace && replace(true)}
          >
            {t('find.replaceAll')}
          </button>
          <span className="find-status" role="status" aria-live="polite">
            {status}
          </span>
          {showPhraseHint && (
            <p className="field-hint find-hint" id={`${ids}-hint`}>
              {t('find.needsPhrase')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
