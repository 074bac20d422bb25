import { diffArrays, diffWordsWithSpace } from 'diff';
import { dataBlockCaption } from '../../../shared/data-blocks/table-model';
import { countWords, type LexicalNodeJson } from '../../../shared/domain/lexical';
import { DATA_BLOCK_TYPE } from '../../../shared/domain/plan-data';
import type { Comparison, DiffBlock, DiffPart, SectionDiff } from '../../../shared/domain/versions';
import { dataBlockOf, translatorFor } from '../export/data-blocks';
import { snapshotOutline, type Snapshot } from './snapshot';

/**
 * Compares two states of a plan (versions, or a version and the current text). Pure: snapshots
 * in, a Comparison out.
 *
 * Sections are matched by id: added, removed, moved (another parent, or another place among the
 * siblings both sides have), renamed (another title), text changed. A section's text is split into
 * blocks — paragraphs, headings, quotes, list items (with their nesting level) and table rows
 * ("cell | cell") — which are aligned with jsdiff's `diffArrays`; a removed block next to an added
 * one is paired as "changed" and compared word by word with `diffWordsWithSpace` (whose word
 * characters include ä, ö and å, so Finnish words stay whole). A live data block is a block of its
 * own, shown by its caption in brackets ("[Henkilöstömitoitus: koko alue]"), so inserting or
 * removing one shows; its figures are the data's, not the text's.
 */

export interface Side {
  versionId: string | null;
  /** The version's label; "" for the current text. */
  label: string;
  snapshot: Snapshot;
}

type BlockKind = DiffBlock['kind'];
interface Block {
  kind: BlockKind;
  text: string;
  depth?: number;
}

interface Node {
  type?: unknown;
  text?: unknown;
  children?: unknown;
}

/** Lexical nests a list in a list item; a damaged snapshot could nest without end. */
const MAX_DEPTH = 200;

const childrenOf = (node: Node): Node[] =>
  Array.isArray(node.children)
    ? node.children.filter((child): child is Node => typeof child === 'object' && child !== null)
    : [];

/** The text of an inline run (text, links, line breaks, tabs). */
function inlineText(node: Node, depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  return childrenOf(node)
    .map((child) => inlineText(child, depth + 1))
    .join('');
}

function listBlocks(list: Node, level: number, out: Block[]): void {
  if (level > MAX_DEPTH) return;
  for (const item of childrenOf(list)) {
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    const own = childrenOf(item).filter((child) => child.type !== 'list');
    const text = own.map((child) => inlineText(child)).join('');
    if (text.trim() !== '' || nested.length === 0) {
      out.push({ kind: 'listItem', text, depth: level });
    }
    for (const sub of nested) listBlocks(sub, level + 1, out);
  }
}

/** A table cell's text: its paragraphs joined by spaces. */
const cellText = (cell: Node) =>
  childrenOf(cell)
    .map((child) => inlineText(child))
    .join(' ')
    .trim();

/** A live block's text in a comparison: its caption in the plan's language, in brackets. */
export function dataBlockText(node: Node, snapshot: Pick<Snapshot, 'meta' | 'data'>): string {
  const t = translatorFor(snapshot.meta.language);
  const block = dataBlockOf(node as LexicalNodeJson);
  return `[${block ? dataBlockCaption(block, snapshot.data, t) : t('dataTables:invalid')}]`;
}

/**
 * The blocks of a section's Lexical JSON, in reading order; empty paragraphs are left out. A live
 * block's text is `dataText` of it (without one, live blocks are left out).
 */
export function blocksOf(content: unknown, dataText?: (node: Node) => string): Block[] {
  const root =
    typeof content === 'object' && content !== null ? (content as { root?: Node }).root : undefined;
  if (!root) return [];
  const out: Block[] = [];
  for (const node of childrenOf(root)) {
    switch (node.type) {
      case 'list':
        listBlocks(node, 1, out);
        break;
      case 'table':
        for (const row of childrenOf(node)) {
          out.push({ kind: 'tableRow', text: childrenOf(row).map(cellText).join(' | ') });
        }
        break;
      case 'heading':
      case 'quote':
        out.push({ kind: node.type, text: inlineText(node) });
        break;
      case DATA_BLOCK_TYPE:
        if (dataText) out.push({ kind: 'paragraph', text: dataText(node) });
        break;
      default:
        out.push({ kind: 'paragraph', text: inlineText(node) });
    }
  }
  return out.filter((block) => block.text.trim() !== '' || block.kind === 'tableRow');
}

const sameBlock = (a: Block, b: Block) =>
  a.kind === b.kind && a.text === b.text && a.depth === b.depth;

/** Words are compared up to this many edits; beyond it a block is shown as replaced whole. */
const MAX_WORD_EDITS = 4000;

function wordParts(from: string, to: string): DiffPart[] | undefined {
  const changes = diffWordsWithSpace(from, to, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) return undefined;
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}

const withDepth = (block: Block, diff: Omit<DiffBlock, 'depth'>): DiffBlock =>
  block.depth === undefined ? diff : { ...diff, depth: block.depth };

const whole = (block: Block, change: 'equal' | 'added' | 'removed'): DiffBlock =>
  withDepth(block, {
    kind: block.kind,
    change,
    parts: [
      {
        op: change === 'added' ? 'insert' : change === 'removed' ? 'delete' : 'equal',
        text: block.text,
      },
    ],
  });

/** Share of the text two blocks have in common, 0…1, by words. */
function similarity(a: Block, b: Block): number {
  const parts = wordParts(a.text, b.text);
  if (!parts) return 0;
  const same = parts.filter((part) => part.op === 'equal').reduce((n, p) => n + p.text.length, 0);
  const total = a.text.length + b.text.length;
  return total === 0 ? 1 : (2 * same) / total;
}

const SIMILAR = 0.4;

function changed(from: Block, to: Block): DiffBlock[] {
  const parts = wordParts(from.text, to.text);
  if (!parts) return [whole(from, 'removed'), whole(to, 'added')];
  return [withDepth(to, { kind: to.kind, change: 'changed', parts })];
}

/**
 * Pairs a run of removed blocks with the run of added ones that replaced them: one for one, a
 * changed block; otherwise each removed block with the next added block similar enough.
 */
function pairRuns(removed: Block[], added: Block[]): DiffBlock[] {
  if (removed.length === 1 && added.length === 1) return changed(removed[0]!, added[0]!);
  const out: DiffBlock[] = [];
  let next = 0;
  for (const block of removed) {
    let match = -1;
    for (let k = next; k < added.length; k++) {
      if (similarity(block, added[k]!) >= SIMILAR) {
        match = k;
        break;
      }
    }
    if (match < 0) {
      out.push(whole(block, 'removed'));
      continue;
    }
    for (; next < match; next++) out.push(whole(added[next]!, 'added'));
    out.push(...changed(block, added[match]!));
    next = match + 1;
  }
  for (; next < added.length; next++) out.push(whole(added[next]!, 'added'));
  return out;
}

/** How each side names its live blocks (see `dataBlockText`). */
export interface DataTexts {
  from: (node: Node) => string;
  to: (node: Node) => string;
}

/** The blocks of two texts of a section, aligned; [] when the text is the same. */
export function diffText(
  fromContent: unknown,
  toContent: unknown,
  dataTexts?: DataTexts,
): DiffBlock[] {
  const from = blocksOf(fromContent, dataTexts?.from);
  const to = blocksOf(toContent, dataTexts?.to);
  const out: DiffBlock[] = [];
  let removed: Block[] = [];
  let added: Block[] = [];
  const flush = () => {
    out.push(...pairRuns(removed, added));
    removed = [];
    added = [];
  };
  for (const change of diffArrays(from, to, { comparator: sameBlock })) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      out.push(...change.value.map((block) => whole(block, 'equal')));
    }
  }
  flush();
  return out.some((block) => block.change !== 'equal') ? out : [];
}

function wordsOf(blocks: readonly DiffBlock[], op: 'insert' | 'delete'): number {
  return blocks.reduce(
    (sum, block) =>
      sum +
      block.parts
        .filter((part) => part.op === op)
        .reduce((n, part) => n + countWords(part.text), 0),
    0,
  );
}

interface Placed {
  parentId: string | null;
  title: string;
  number: string;
  content: unknown;
}

function placed(snapshot: Snapshot): Map<string, Placed> {
  const contents = new Map(snapshot.sections.map((section) => [section.id, section.content]));
  return new Map(
    snapshotOutline(snapshot).map((entry) => [
      entry.id,
      {
        parentId: entry.parentId,
        title: entry.title,
        number: entry.number,
        content: contents.get(entry.id) ?? null,
      },
    ]),
  );
}

/**
 * Sections that changed place: another parent, or out of order among the siblings both sides
 * share under the same parent (the fewest such, by a longest common subsequence).
 */
function movedIds(from: Snapshot, to: Snapshot): Set<string> {
  const a = placed(from);
  const b = placed(to);
  const moved = new Set<string>();
  const parents = new Set<string | null>();
  for (const [id, there] of b) {
    const here = a.get(id);
    if (!here) continue;
    if (here.parentId !== there.parentId) moved.add(id);
    else parents.add(there.parentId);
  }
  const shared = (side: Snapshot, parentId: string | null) =>
    side.outline
      .filter((entry) => entry.parentId === parentId)
      .map((entry) => entry.id)
      .filter((id) => a.has(id) && b.has(id) && a.get(id)!.parentId === b.get(id)!.parentId);
  for (const parentId of parents) {
    for (const change of diffArrays(shared(from, parentId), shared(to, parentId))) {
      if (change.added || change.removed) change.value.forEach((id) => moved.add(id));
    }
  }
  return moved;
}

/** Ids of both sides in the reading order of `to`, removed sections where they were in `from`. */
function readingOrder(from: Snapshot, to: Snapshot): string[] {
  const inTo = new Set(to.outline.map((entry) => entry.id));
  const order: string[] = [];
  const ids = (side: Snapshot) => side.outline.map((entry) => entry.id);
  for (const change of diffArrays(ids(from), ids(to))) {
    if (change.removed) order.push(...change.value.filter((id) => !inTo.has(id)));
    else order.push(...change.value);
  }
  return order;
}

const META_FIELDS = ['title', 'region', 'period', 'language', 'helsinki'] as const;

/** Two sides of a plan compared. */
export function compareSnapshots(fromSide: Side, toSide: Side): Comparison {
  const from = placed(fromSide.snapshot);
  const to = placed(toSide.snapshot);
  const moved = movedIds(fromSide.snapshot, toSide.snapshot);
  const dataTexts: DataTexts = {
    from: (node) => dataBlockText(node, fromSide.snapshot),
    to: (node) => dataBlockText(node, toSide.snapshot),
  };
  const stats = {
    added: 0,
    removed: 0,
    moved: 0,
    renamed: 0,
    textChanged: 0,
    wordsInserted: 0,
    wordsDeleted: 0,
  };
  const sections: SectionDiff[] = readingOrder(fromSide.snapshot, toSide.snapshot).map((id) => {
    const a = from.get(id);
    const b = to.get(id);
    const blocks = diffText(a?.content ?? null, b?.content ?? null, dataTexts);
    const diff: SectionDiff = {
      sectionId: id,
      from: a ? { title: a.title, number: a.number } : null,
      to: b ? { title: b.title, number: b.number } : null,
      added: !a,
      removed: !b,
      moved: moved.has(id),
      renamed: a !== undefined && b !== undefined && a.title !== b.title,
      textChanged: a !== undefined && b !== undefined && blocks.length > 0,
      blocks,
    };
    if (diff.added) stats.added += 1;
    if (diff.removed) stats.removed += 1;
    if (diff.moved) stats.moved += 1;
    if (diff.renamed) stats.renamed += 1;
    if (diff.textChanged) stats.textChanged += 1;
    stats.wordsInserted += wordsOf(blocks, 'insert');
    stats.wordsDeleted += wordsOf(blocks, 'delete');
    return diff;
  });
  const text = (value: string | boolean | null) => (value === null ? '' : String(value));
  const meta = META_FIELDS.flatMap((field) => {
    const a = text(fromSide.snapshot.meta[field]);
    const b = text(toSide.snapshot.meta[field]);
    return a === b ? [] : [{ field, from: a, to: b }];
  });
  return {
    from: { versionId: fromSide.versionId, label: fromSide.label },
    to: { versionId: toSide.versionId, label: toSide.label },
    meta,
    sections,
    stats,
  };
}
