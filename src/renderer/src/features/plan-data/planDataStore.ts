import type { PlanData } from '../../../../shared/domain/plan-data';
import type { AppError, Result } from '../../../../shared/result';
import { api } from '../../api/client';

/**
 * The open plan's data (providers, staffing, indicators) as the core last answered. Every data
 * channel that changes something answers with the whole PlanData; `apply` takes it, so the Tiedot
 * view, the live blocks in the text and the checklist all follow at once.
 */
export class PlanDataStore {
  private data: PlanData | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly docId: string,
    private readonly onError: (error: AppError) => void,
  ) {}

  get = (): PlanData | null => this.data;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async refresh(): Promise<void> {
    this.apply(await api.planData.get({ docId: this.docId }));
  }

  /**
   * Takes the answer of a data call: the new data on success (returned true), or the error
   * reported (false), in which case nothing changed in the plan.
   */
  apply(result: Result<PlanData>): boolean {
    if (!result.ok) {
      this.onError(result.error);
      return false;
    }
    this.data = result.value;
    for (const listener of this.listeners) listener();
    return true;
  }
}
