import { useEffect, useRef } from 'react';

/**
 * Focuses a screen's heading when the screen opens, so keyboard and screen reader users start
 * at its top; focus stays where it is when she opened the view from the plan header.
 */
export function useScreenFocus<T extends HTMLElement>() {
  const heading = useRef<T>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('.plan-header')) return;
    heading.current?.focus();
  }, []);
  return heading;
}
