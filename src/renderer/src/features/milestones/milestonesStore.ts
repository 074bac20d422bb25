import type {
  MilestoneKind,
  MilestonePatch,
  Milestones,
} from '../../../../shared/domain/milestones';
import type { VersionSummary } from '../../../../shared/domain/versions';
import type { AppError, Result } from '../../../../shared/result';
import { api } from '../../api/client';

export interface MilestonesState {
  milestones: Milestones;
  /** The plan's versions, for the "version presented" column and the mark-done choice. */
  versions: VersionSummary[];
}

/**
 * The open plan's decision milestones, shared by the timeline view and the plan header's "where we
 * are now", so both show the same state. Every change answers with the whole list; versions are
 * fetched again with it, as marking a decision done may have frozen one.
 */
export class MilestonesStore {
  private state: MilestonesState | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly docId: string,
    private readonly onError: (error: AppError) => void,
  ) {}

  get = (): MilestonesState | null => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async refresh(): Promise<void> {
    const result = await api.milestones.list({ docId: this.docId });
    if (result.ok) await this.apply(result.value);
    else this.onError(result.error);
  }

  add(kind: MilestoneKind, afterId: string | null, title: string | null) {
    return this.change(api.milestones.add({ docId: this.docId, kind, afterId, title }));
  }

  update(milestoneId: string, patch: MilestonePatch) {
    return this.change(api.milestones.update({ docId: this.docId, milestoneId, patch }));
  }

  remove(milestoneId: string) {
    return this.change(api.milestones.remove({ docId: this.docId, milestoneId }));
  }

  move(milestoneId: string, index: number) {
    return this.change(api.milestones.move({ docId: this.docId, milestoneId, index }));
  }

  /** `versionId` links an existing version; null freezes the current text (decision kinds). */
  markDone(milestoneId: string, actualDate: string, versionId: string | null) {
    return this.change(
      api.milestones.markDone({ docId: this.docId, milestoneId, actualDate, versionId }),
    );
  }

  /** Applies a successful answer; the caller shows a failure where it belongs (a field, a toast). */
  private async change(call: Promise<Result<Milestones>>): Promise<Result<Milestones>> {
    const result = await call;
    if (result.ok) await this.apply(result.value);
    return result;
  }

  private async apply(milestones: Milestones): Promise<void> {
    const versions = await api.versions.list({ docId: this.docId });
    // Without versions the milestones are still worth showing; the column then stays empty.
    if (!versions.ok) this.onError(versions.error);
    this.state = {
      milestones,
      versions: versions.ok ? versions.value : (this.state?.versions ?? []),
    };
    this.listeners.forEach((listener) => listener());
  }
}
