import type { WindowState } from '../core/core';

/** A rectangle in screen coordinates (Electron's `Rectangle`, kept free of `electron`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** How much of a window must lie on one display to count as reachable there (width, height). */
const reachable = { width: 100, height: 50 };

/**
 * The bounds a window reopens with: its remembered position when that is still on a display we
 * have (a monitor may have been unplugged), otherwise only its size, centred by the system.
 */
export function restoredBounds(
  state: WindowState | null,
  workAreas: readonly Rect[],
  fallback: Size,
): Size & Partial<Pick<Rect, 'x' | 'y'>> {
  if (state === null) return fallback;
  const { x, y, width, height } = state;
  if (x === undefined || y === undefined) return { width, height };
  const onDisplay = workAreas.some((area) => {
    const overlapWidth = Math.min(x + width, area.x + area.width) - Math.max(x, area.x);
    const overlapHeight = Math.min(y + height, area.y + area.height) - Math.max(y, area.y);
    return (
      overlapWidth >= Math.min(reachable.width, width) &&
      overlapHeight >= Math.min(reachable.height, height)
    );
  });
  return onDisplay ? { x, y, width, height } : { width, height };
}
