import { numberOutline, type Outline } from '../../../shared/domain/section';
import type { TreeRow } from './repository';

/**
 * The section tree of a plan in memory. A removed section hides its whole subtree: only the
 * removed section itself carries `deletedAt`, so restoring it brings the subtree back as it was.
 */
export class Tree {
  private readonly byId = new Map<string, TreeRow>();
  private readonly childrenOf = new Map<string | null, TreeRow[]>();

  constructor(rows: readonly TreeRow[]) {
    for (const row of rows) {
      this.byId.set(row.id, row);
      const siblings = this.childrenOf.get(row.parentId) ?? [];
      siblings.push(row);
      this.childrenOf.set(row.parentId, siblings);
    }
  }

  get(id: string): TreeRow | undefined {
    return this.byId.get(id);
  }

  /** Children in order, removed ones included (they keep their place for a restore). */
  children(parentId: string | null): TreeRow[] {
    return [...(this.childrenOf.get(parentId) ?? [])];
  }

  /**
   * The section and its ancestors, nearest first, up to a top-level section. Bounded, so a parent
   * loop in a damaged file ends as "not reachable" instead of hanging.
   */
  private path(id: string): { rows: TreeRow[]; reachesTop: boolean } {
    const rows: TreeRow[] = [];
    let row = this.byId.get(id);
    while (row && rows.length <= this.byId.size) {
      rows.push(row);
      if (row.parentId === null) return { rows, reachesTop: true };
      row = this.byId.get(row.parentId);
    }
    return { rows, reachesTop: false };
  }

  /** The section exists and neither it nor any ancestor is removed. */
  isVisible(id: string): boolean {
    const { rows, reachesTop } = this.path(id);
    return reachesTop && rows.every((row) => row.deletedAt === null);
  }

  /** 1 for a top-level section. */
  depth(id: string): number {
    return this.path(id).rows.length;
  }

  /** Levels in the subtree of `id`, itself included (1 for a leaf); removed sections count. */
  height(id: string): number {
    const below = this.children(id).map((child) => this.height(child.id));
    return 1 + Math.max(0, ...below);
  }

  /** Whether `id` is `ancestorId` or lies in its subtree. */
  isWithin(id: string, ancestorId: string): boolean {
    return this.path(id).rows.some((row) => row.id === ancestorId);
  }

  /** The visible sections in reading order, numbered 1, 1.1, … */
  outline(): Outline {
    const ordered: TreeRow[] = [];
    const stack = this.visibleChildren(null).reverse();
    while (stack.length > 0) {
      const row = stack.pop()!;
      ordered.push(row);
      stack.push(...this.visibleChildren(row.id).reverse());
    }
    return numberOutline(ordered).map((entry) => ({
      id: entry.id,
      parentId: entry.parentId,
      title: entry.title,
      depth: entry.depth,
      number: entry.number,
      templateKey: entry.templateKey,
      words: entry.words,
    }));
  }

  private visibleChildren(parentId: string | null): TreeRow[] {
    return this.children(parentId).filter((row) => row.deletedAt === null);
  }
}
