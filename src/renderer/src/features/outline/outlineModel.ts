import {
  MAX_OUTLINE_DEPTH,
  type Outline,
  type OutlineEntry,
} from '../../../../shared/domain/section';

/** Where a section goes: under `parentId`, at `index` among its children (not counting itself). */
export interface MoveTarget {
  parentId: string | null;
  index: number;
}

export function childrenOf(outline: Outline, parentId: string | null): OutlineEntry[] {
  return outline.filter((entry) => entry.parentId === parentId);
}

export function hasChildren(outline: Outline, id: string): boolean {
  return outline.some((entry) => entry.parentId === id);
}

/** The ids of every section below `id` (children, their children, …). */
export function descendantsOf(outline: Outline, id: string): Set<string> {
  const found = new Set<string>();
  for (const entry of outline) {
    if (entry.parentId !== null && (entry.parentId === id || found.has(entry.parentId))) {
      found.add(entry.id);
    }
  }
  return found;
}

/** How many levels the section and its subsections span (1 for a section without any). */
function subtreeHeight(outline: Outline, id: string): number {
  const self = outline.find((entry) => entry.id === id);
  if (!self) return 1;
  const below = descendantsOf(outline, id);
  let deepest = self.depth;
  for (const entry of outline) {
    if (below.has(entry.id)) deepest = Math.max(deepest, entry.depth);
  }
  return deepest - self.depth + 1;
}

function fits(outline: Outline, id: string, newParentDepth: number): boolean {
  return newParentDepth + subtreeHeight(outline, id) <= MAX_OUTLINE_DEPTH;
}

function position(outline: Outline, id: string) {
  const entry = outline.find((candidate) => candidate.id === id);
  if (!entry) return null;
  const siblings = childrenOf(outline, entry.parentId);
  return { entry, siblings, index: siblings.findIndex((sibling) => sibling.id === id) };
}

export function moveUp(outline: Outline, id: string): MoveTarget | null {
  const at = position(outline, id);
  if (!at || at.index === 0) return null;
  return { parentId: at.entry.parentId, index: at.index - 1 };
}

export function moveDown(outline: Outline, id: string): MoveTarget | null {
  const at = position(outline, id);
  if (!at || at.index === at.siblings.length - 1) return null;
  return { parentId: at.entry.parentId, index: at.index + 1 };
}

/** Nest: becomes the last subsection of the section above it on the same level. */
export function indent(outline: Outline, id: string): MoveTarget | null {
  const at = position(outline, id);
  if (!at || at.index === 0) return null;
  const previous = at.siblings[at.index - 1]!;
  if (!fits(outline, id, previous.depth)) return null;
  return { parentId: previous.id, index: childrenOf(outline, previous.id).length };
}

/** Un-nest: comes right after its parent, one level up. */
export function outdent(outline: Outline, id: string): MoveTarget | null {
  const at = position(outline, id);
  if (!at || at.entry.parentId === null) return null;
  const parent = position(outline, at.entry.parentId);
  if (!parent) return null;
  return { parentId: parent.entry.parentId, index: parent.index + 1 };
}

/**
 * Where a dragged section lands when dropped on another row of the list: before that row when
 * dragged upwards, after it when dragged downwards (as its first subsection when its
 * subsections are shown right below it). Null when the drop is impossible (onto itself or its
 * own subsections, or deeper than the outline allows).
 */
export function dropTarget(
  outline: Outline,
  visible: readonly OutlineEntry[],
  activeId: string,
  overId: string,
): MoveTarget | null {
  if (activeId === overId || descendantsOf(outline, activeId).has(overId)) return null;
  const from = visible.findIndex((entry) => entry.id === activeId);
  const to = visible.findIndex((entry) => entry.id === overId);
  const over = visible[to];
  if (from < 0 || !over) return null;
  const movingDown = from < to;
  const next = visible[to + 1];
  if (movingDown && next?.parentId === over.id) {
    return fits(outline, activeId, over.depth) ? { parentId: over.id, index: 0 } : null;
  }
  if (!fits(outline, activeId, over.depth - 1)) return null;
  const siblings = childrenOf(outline, over.parentId).filter((entry) => entry.id !== activeId);
  const overIndex = siblings.findIndex((entry) => entry.id === over.id);
  return { parentId: over.parentId, index: movingDown ? overIndex + 1 : overIndex };
}

/** Whether a move would leave the section where it already is. */
export function isNoMove(outline: Outline, id: string, target: MoveTarget): boolean {
  const at = position(outline, id);
  return !!at && at.entry.parentId === target.parentId && at.index === target.index;
}

/** The rows shown: everything except what sits under a collapsed section. */
export function visibleEntries(outline: Outline, collapsed: ReadonlySet<string>): OutlineEntry[] {
  const hidden = new Set<string>();
  for (const entry of outline) {
    if (entry.parentId !== null && (collapsed.has(entry.parentId) || hidden.has(entry.parentId))) {
      hidden.add(entry.id);
    }
  }
  return outline.filter((entry) => !hidden.has(entry.id));
}

/** Where "add section" puts a new one: right after `id` on its level (or first, with no `id`). */
export function addAfter(
  outline: Outline,
  id: string | null,
): { parentId: string | null; afterId: string | null } {
  const entry = id === null ? undefined : outline.find((candidate) => candidate.id === id);
  if (!entry) {
    const last = childrenOf(outline, null).at(-1);
    return { parentId: null, afterId: last?.id ?? null };
  }
  return { parentId: entry.parentId, afterId: entry.id };
}

/** Where "add subsection" puts a new one: as the last subsection of `id`, if depth allows. */
export function addChild(
  outline: Outline,
  id: string,
): { parentId: string; afterId: string | null } | null {
  const entry = outline.find((candidate) => candidate.id === id);
  if (!entry || entry.depth >= MAX_OUTLINE_DEPTH) return null;
  return { parentId: id, afterId: childrenOf(outline, id).at(-1)?.id ?? null };
}
