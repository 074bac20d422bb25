import type { Checklist } from '../../../../shared/domain/checklist';
import type { AppError, Result } from '../../../../shared/result';
import { api } from '../../api/client';
import type { SaveCoordinator } from '../autosave/saveCoordinator';

/** How long after a finished save the checklist is asked again (several saves, one refetch). */
export const CHECKLIST_REFRESH_MS = 250;

/**
 * The open plan's statutory checklist, kept in step with the store: it is fetched again after
 * saves finish, after outline changes and after every link or confirmation (each of those answers
 * with the whole checklist). One fetch on the wire at a time; a request during it runs once after.
 */
export class ChecklistStore {
  private checklist: Checklist | null = null;
  /** The checklist as last answered, to tell a change from the same answer again. */
  private answered = '';
  private readonly listeners = new Set<() => void>();
  private inFlight: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly docId: string,
    private readonly onError: (error: AppError) => void,
  ) {}

  get = (): Checklist | null => this.checklist;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Refetches after the plan's saves settle: whenever the save status returns to "saved". */
  followSaves(saves: SaveCoordinator): () => void {
    let previous = saves.getStatus().state;
    const stop = saves.subscribe(() => {
      const state = saves.getStatus().state;
      if (state === 'saved' && previous !== 'saved') this.refreshSoon();
      previous = state;
    });
    return () => {
      stop();
      clearTimeout(this.timer);
    };
  }

  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), CHECKLIST_REFRESH_MS);
  }

  async refresh(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = (async () => {
      do {
        this.again = false;
        this.apply(await api.checklist.get({ docId: this.docId }));
      } while (this.again);
    })();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  async link(requirementId: string, sectionId: string): Promise<boolean> {
    return this.apply(await api.checklist.link({ docId: this.docId, requirementId, sectionId }));
  }

  async unlink(requirementId: string, sectionId: string): Promise<boolean> {
    return this.apply(await api.checklist.unlink({ docId: this.docId, requirementId, sectionId }));
  }

  async confirm(requirementId: string): Promise<boolean> {
    return this.apply(await api.checklist.confirm({ docId: this.docId, requirementId }));
  }

  async unconfirm(requirementId: string): Promise<boolean> {
    return this.apply(await api.checklist.unconfirm({ docId: this.docId, requirementId }));
  }

  private apply(result: Result<Checklist>): boolean {
    if (!result.ok) {
      this.onError(result.error);
      return false;
    }
    // Refetched after every save while she types; the same answer re-renders nothing.
    const answered = JSON.stringify(result.value);
    if (answered === this.answered) return true;
    this.answered = answered;
    this.checklist = result.value;
    this.listeners.forEach((listener) => listener());
    return true;
  }
}
