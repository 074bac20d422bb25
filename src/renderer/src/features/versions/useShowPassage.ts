import { useEffect, useRef } from 'react';
import { domText, locateInDom } from '../review/domText';
import type { VersionPassage } from './versionsScreen';

/** Scrolls a passage of a frozen version into view and selects its words (a search hit). */
function showPassage(article: HTMLElement, passage: VersionPassage): boolean {
  const section = article.querySelector<HTMLElement>(`#version-section-${passage.sectionId}`);
  if (!section) return false;
  const text = section.querySelector('.editor-content');
  const range = text && passage.quote ? locateInDom(domText(text), passage.quote) : null;
  if (!range) {
    section.scrollIntoView({ block: 'start' });
    return true;
  }
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  (range.startContainer.parentElement ?? section).scrollIntoView({ block: 'center' });
  return true;
}

/**
 * Shows `passage` once the version's text is on the screen (call it when the version is loaded). Read-only Lexical renders its text a
 * frame after mounting, so the passage is looked for on the next frames until it is there.
 */
export function useShowPassage(passage: VersionPassage | null) {
  const article = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!passage) return;
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const root = article.current;
      const text = root?.querySelector(`#version-section-${passage.sectionId} .editor-content`);
      if (root && ((text?.textContent ?? '') !== '' || tries > 30)) {
        showPassage(root, passage);
        return;
      }
      tries += 1;
      frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [passage]);
  return article;
}
