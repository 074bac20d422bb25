import { useEffect, useRef, useState, type RefObject } from 'react';

const STOP = '[data-change-stop]';

/**
 * "Seuraava muutos" / "Edellinen muutos" (also F7 / Shift+F7): moves focus from one change to the
 * next within `container`, in reading order. Mount it anew for another comparison.
 */
export function useChangeNavigation(container: RefObject<HTMLElement | null>) {
  const [position, setPosition] = useState({ index: -1, total: 0 });

  const go = (step: 1 | -1) => {
    const stops = [...(container.current?.querySelectorAll<HTMLElement>(STOP) ?? [])];
    if (stops.length === 0) return;
    const from = position.index;
    const next =
      from === -1 && step === -1
        ? stops.length - 1
        : Math.min(Math.max(from + step, 0), stops.length - 1);
    setPosition({ index: next, total: stops.length });
    stops[next]!.scrollIntoView({ block: 'center' });
    stops[next]!.focus({ preventScroll: true });
  };

  const latest = useRef(go);
  useEffect(() => {
    latest.current = go;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F7' || event.ctrlKey || event.altKey || event.metaKey) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      latest.current(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return { ...position, next: () => go(1), previous: () => go(-1) };
}
