import {
  resolutions,
  type Comment,
  type CommentKind,
  type Resolution,
} from '../../../../shared/domain/rounds';

/** A top-level comment with the replies of its thread. */
export interface Thread {
  comment: Comment;
  replies: Comment[];
}

/** Top-level comments in number order, each with its replies. */
export function threadsOf(comments: readonly Comment[]): Thread[] {
  const threads = new Map<string, Thread>();
  for (const comment of comments) {
    if (comment.parentId === null) threads.set(comment.id, { comment, replies: [] });
  }
  for (const comment of comments) {
    if (comment.parentId !== null) threads.get(comment.parentId)?.replies.push(comment);
  }
  return [...threads.values()].sort((a, b) => a.comment.number - b.comment.number);
}

/** '' means "all"; `general` in `section` means comments about the whole plan. */
export interface ReviewFilter {
  section: string;
  respondent: string;
  kind: '' | CommentKind;
  resolution: '' | Resolution;
  search: string;
}

export const GENERAL = 'general';

export const noFilter: ReviewFilter = {
  section: '',
  respondent: '',
  kind: '',
  resolution: '',
  search: '',
};

export const sortKeys = ['number', 'section', 'respondent', 'resolution'] as const;
export type SortKey = (typeof sortKeys)[number];

function matchesSearch(thread: Thread, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase('fi');
  if (needle === '') return true;
  return [thread.comment, ...thread.replies].some((comment) =>
    [
      comment.text,
      comment.quote?.exact ?? '',
      comment.proposal ?? '',
      comment.response,
      comment.respondentName,
    ].some((field) => field.toLocaleLowerCase('fi').includes(needle)),
  );
}

export function filterThreads(threads: readonly Thread[], filter: ReviewFilter): Thread[] {
  return threads.filter((thread) => {
    const { comment } = thread;
    const section = comment.section?.id ?? GENERAL;
    return (
      (filter.section === '' || filter.section === section) &&
      (filter.respondent === '' || filter.respondent === comment.respondentId) &&
      (filter.kind === '' || filter.kind === comment.kind) &&
      (filter.resolution === '' || filter.resolution === comment.resolution) &&
      matchesSearch(thread, filter.search)
    );
  });
}

/** "4.10" after "4.9": outline numbers compared part by part; general comments last. */
export function compareSectionNumbers(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function sortThreads(threads: readonly Thread[], key: SortKey): Thread[] {
  const byKey = (a: Comment, b: Comment): number => {
    switch (key) {
      case 'number':
        return 0;
      case 'section':
        return compareSectionNumbers(a.section?.number ?? null, b.section?.number ?? null);
      case 'respondent':
        return a.respondentName.localeCompare(b.respondentName, 'fi');
      case 'resolution':
        return resolutions.indexOf(a.resolution) - resolutions.indexOf(b.resolution);
    }
  };
  return [...threads].sort(
    (a, b) => byKey(a.comment, b.comment) || a.comment.number - b.comment.number,
  );
}

/**
 * The next open comment after `currentId` in the shown order, going round to the start; null when
 * every shown comment other than the current one is resolved.
 */
export function nextOpenId(threads: readonly Thread[], currentId: string | null): string | null {
  const at = threads.findIndex((thread) => thread.comment.id === currentId);
  for (let step = 1; step <= threads.length; step++) {
    const thread = threads[(at + step) % threads.length]!;
    if (thread.comment.id !== currentId && thread.comment.resolution === 'open') {
      return thread.comment.id;
    }
  }
  return null;
}

/** The comment `offset` places away from `currentId` in the shown order, stopping at the ends. */
export function stepId(
  threads: readonly Thread[],
  currentId: string | null,
  offset: 1 | -1,
): string | null {
  if (threads.length === 0) return null;
  const at = threads.findIndex((thread) => thread.comment.id === currentId);
  if (at < 0) return threads[offset === 1 ? 0 : threads.length - 1]!.comment.id;
  const next = Math.min(threads.length - 1, Math.max(0, at + offset));
  return threads[next]!.comment.id;
}

/** Every resolution but `open` needs a response (vastine). */
export function needsResponse(resolution: Resolution, response: string): boolean {
  return resolution !== 'open' && response.trim() === '';
}
