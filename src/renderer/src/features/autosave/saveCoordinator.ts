import type { AppError, ErrorCode, Result } from '../../../../shared/result';

/** How long typing must pause before a save starts (the issue allows at most 1 s behind). */
export const SAVE_DEBOUNCE_MS = 400;

/**
 * The longest a change waits for its save while typing goes on without such a pause: the save
 * starts this long after the first unsaved change, so it is done within a second of it.
 */
export const SAVE_MAX_WAIT_MS = 800;

/** Waits before each automatic retry of a failed save; the last one repeats until it works. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

/** How often typing is handed to crash recovery at most (the newest text follows the pause). */
export const STASH_INTERVAL_MS = 300;

/**
 * Failures that may go away by themselves or by what she does outside the app (space freed, the
 * other program closed, write permission given, the plan saved under a new name): retried.
 */
const retriedCodes: ReadonlySet<ErrorCode> = new Set([
  'DISK_FULL',
  'IO',
  'LOCKED',
  'READ_ONLY',
  'FILE_GONE',
]);

export function isRetried(error: AppError): boolean {
  return retriedCodes.has(error.code);
}

export type SaveStatus =
  { state: 'saved' } | { state: 'saving' } | { state: 'error'; error: AppError };

type SaveFn = (sectionId: string, content: string) => Promise<Result<unknown>>;

/** Hands unsaved text to crash recovery; its failures never matter to saving. */
type StashFn = (sectionId: string, content: string) => Promise<unknown>;

/** Pending work of one section: the newest content not yet sent, and the save on the wire. */
interface SectionQueue {
  /** Produces the content to save; kept as a function so serialising waits until it is sent. */
  pending: (() => string) | null;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Starts the save SAVE_MAX_WAIT_MS after the first change not yet sent. */
  deadline: ReturnType<typeof setTimeout> | undefined;
  inFlight: Promise<void> | null;
  error: AppError | null;
  /** Failed saves in a row, for the back-off. */
  failures: number;
  retryTimer: ReturnType<typeof setTimeout> | undefined;
  stashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The content handed to crash recovery last. */
  stashed: (() => string) | null;
}

/**
 * Autosave for one open plan. Each section saves its newest content after a short pause (or, while
 * typing goes on without one, SAVE_MAX_WAIT_MS after its first unsaved change), never
 * with two saves of one section on the wire (the newest change waits for the running save), and
 * `flush` saves everything pending right away (section switch, closing, quitting). A save that
 * failed for a passing reason (full disk, lock, file gone…) is retried with growing pauses,
 * keeping every keystroke; typing is also stashed for crash recovery a few times a second.
 */
export class SaveCoordinator {
  private readonly queues = new Map<string, SectionQueue>();
  private readonly listeners = new Set<() => void>();
  private status: SaveStatus = { state: 'saved' };

  constructor(
    private readonly save: SaveFn,
    private readonly stash?: StashFn,
  ) {}

  /** A section changed; `content` is called when the save actually starts. */
  schedule(sectionId: string, content: () => string): void {
    const queue = this.queue(sectionId);
    queue.pending = content;
    clearTimeout(queue.timer);
    queue.timer = setTimeout(() => void this.flushSection(sectionId), SAVE_DEBOUNCE_MS);
    queue.deadline ??= setTimeout(() => void this.flushSection(sectionId), SAVE_MAX_WAIT_MS);
    this.stashSoon(sectionId, queue);
    this.refresh();
  }

  /** Saves what one section has pending, waiting for a save already running. */
  async flushSection(sectionId: string): Promise<boolean> {
    const queue = this.queues.get(sectionId);
    if (!queue) return true;
    clearTimeout(queue.timer);
    queue.timer = undefined;
    clearTimeout(queue.deadline);
    queue.deadline = undefined;
    clearTimeout(queue.retryTimer);
    queue.retryTimer = undefined;
    while (queue.inFlight || queue.pending) {
      if (queue.inFlight) {
        await queue.inFlight;
        continue;
      }
      const content = queue.pending!;
      queue.pending = null;
      queue.inFlight = this.send(sectionId, queue, content);
      this.refresh();
      await queue.inFlight;
      if (queue.error) return false;
    }
    return queue.error === null;
  }

  /** Saves everything pending in every section; false when some save failed. */
  async flushAll(): Promise<boolean> {
    const results = await Promise.all([...this.queues.keys()].map((id) => this.flushSection(id)));
    return results.every(Boolean);
  }

  /** Forgets a section whose pending work no longer matters (it was deleted). */
  discard(sectionId: string): void {
    const queue = this.queues.get(sectionId);
    if (!queue) return;
    clearTimeout(queue.timer);
    clearTimeout(queue.deadline);
    queue.deadline = undefined;
    clearTimeout(queue.retryTimer);
    clearTimeout(queue.stashTimer);
    queue.stashTimer = undefined;
    queue.pending = null;
    queue.error = null;
    if (!queue.inFlight) this.queues.delete(sectionId);
    this.refresh();
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private queue(sectionId: string): SectionQueue {
    let queue = this.queues.get(sectionId);
    if (!queue) {
      queue = {
        pending: null,
        timer: undefined,
        deadline: undefined,
        inFlight: null,
        error: null,
        failures: 0,
        retryTimer: undefined,
        stashTimer: undefined,
        stashed: null,
      };
      this.queues.set(sectionId, queue);
    }
    return queue;
  }

  private async send(sectionId: string, queue: SectionQueue, content: () => string) {
    let result: Result<unknown>;
    try {
      result = await this.save(sectionId, content());
    } catch (error) {
      result = {
        ok: false,
        error: {
          code: 'INTERNAL',
          messageKey: 'errors.INTERNAL',
          details: { reason: String(error) },
        },
      };
    }
    queue.inFlight = null;
    if (result.ok) {
      queue.error = null;
      queue.failures = 0;
    } else {
      queue.error = result.error;
      // Keep the unsaved content unless newer typing already replaced it.
      queue.pending ??= content;
      // The stash may have come while this content was on the wire, and found nothing pending.
      if (queue.pending !== queue.stashed) this.stashSoon(sectionId, queue);
      this.retryLater(sectionId, queue);
    }
    this.refresh();
  }

  /** Tries a failed save again after a pause that grows with each failure in a row. */
  private retryLater(sectionId: string, queue: SectionQueue): void {
    if (!queue.error || !isRetried(queue.error) || queue.retryTimer) return;
    const delay = RETRY_DELAYS_MS[Math.min(queue.failures, RETRY_DELAYS_MS.length - 1)];
    queue.failures += 1;
    queue.retryTimer = setTimeout(() => {
      queue.retryTimer = undefined;
      void this.flushSection(sectionId);
    }, delay);
  }

  /** Hands the newest typing to crash recovery, at most every STASH_INTERVAL_MS. */
  private stashSoon(sectionId: string, queue: SectionQueue): void {
    if (!this.stash || queue.stashTimer) return;
    queue.stashTimer = setTimeout(() => {
      queue.stashTimer = undefined;
      const content = queue.pending;
      if (!content) return;
      queue.stashed = content;
      // Best effort: recovery may be unavailable; saving goes on regardless.
      this.stash!(sectionId, content()).catch(() => undefined);
    }, STASH_INTERVAL_MS);
  }

  private refresh(): void {
    let next: SaveStatus = { state: 'saved' };
    for (const queue of this.queues.values()) {
      if (queue.error) {
        next = { state: 'error', error: queue.error };
        break;
      }
      if (queue.pending || queue.inFlight) next = { state: 'saving' };
    }
    if (
      next.state !== this.status.state ||
      (next.state === 'error' && this.status.state === 'error' && next.error !== this.status.error)
    ) {
      this.status = next;
      for (const listener of this.listeners) listener();
    }
  }
}
