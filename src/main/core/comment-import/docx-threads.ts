import { MC, W, W14, W15, isoDate, wAll, wAttr } from './docx-xml';

/** A comment of word/comments.xml, numbered in the order of that part. */
export interface WordComment {
  /** w:id, as document.xml refers to it. */
  id: string;
  commentNo: number;
  author: string;
  date: string | null;
  /** Its paragraphs joined with "\n", trimmed. */
  text: string;
  /** Its parent's number, for a reply; `orphan` when the parent it names is not in the file. */
  parent: number | 'orphan' | null;
}

/** What a comment's paragraphs say: deleted text, field codes and the comment mark left out. */
const SKIPPED = new Set([
  'pPr',
  'rPr',
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'drawing',
  'pict',
  'object',
]);

const CHARACTERS: Record<string, string> = { tab: '\t', ptab: '\t', br: '\n', cr: '\n' };

function textOf(parent: Element): string {
  let text = '';
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child.namespaceURI === MC && child.localName === 'Fallback') continue;
    const own = child.namespaceURI === W;
    if (own && SKIPPED.has(child.localName)) continue;
    if (own && child.localName === 't') text += child.textContent ?? '';
    else if (own && Object.hasOwn(CHARACTERS, child.localName)) {
      text += CHARACTERS[child.localName]!;
    } else text += textOf(child);
  }
  return text;
}

const paraIdOf = (paragraph: Element | undefined) =>
  paragraph?.getAttributeNS(W14, 'paraId')?.toUpperCase() || null;

/**
 * Threads as Word 2013 and later write them: word/commentsExtended.xml gives, for the last
 * paragraph of each reply (by its w14:paraId), the last paragraph of the comment it answers.
 */
function replyParents(extended: Document | null): Map<string, string> {
  const parents = new Map<string, string>();
  if (!extended) return parents;
  for (const entry of Array.from(extended.getElementsByTagNameNS(W15, 'commentEx'))) {
    const id = entry.getAttributeNS(W15, 'paraId')?.toUpperCase();
    const parent = entry.getAttributeNS(W15, 'paraIdParent')?.toUpperCase();
    if (id && parent) parents.set(id, parent);
  }
  return parents;
}

export function readComments(comments: Document | null, extended: Document | null): WordComment[] {
  if (!comments) return [];
  const parents = replyParents(extended);
  const byParaId = new Map<string, number>();
  const read = wAll(comments, 'comment').map((element, index) => {
    const paragraphs = wAll(element, 'p');
    const paraId = paraIdOf(paragraphs.at(-1));
    if (paraId) byParaId.set(paraId, index + 1);
    const comment: WordComment = {
      id: wAttr(element, 'id'),
      commentNo: index + 1,
      author: wAttr(element, 'author').trim(),
      date: isoDate(wAttr(element, 'date')),
      text: paragraphs.map(textOf).join('\n').trim(),
      parent: null,
    };
    return { paraId, comment };
  });
  for (const { paraId, comment } of read) {
    const parentParaId = paraId ? parents.get(paraId) : undefined;
    if (parentParaId === undefined) continue;
    const parent = byParaId.get(parentParaId);
    // Word writes a thread's comments in order: a parent after its reply is no parent (nor a loop).
    comment.parent = parent !== undefined && parent < comment.commentNo ? parent : 'orphan';
  }
  return read.map(({ comment }) => comment);
}
