import { useTranslation } from 'react-i18next';
import type { PlanData } from '../../../../shared/domain/plan-data';
import type { AppError, Result } from '../../../../shared/result';
import { errorText } from '../../api/client';
import type { PlanDataStore } from './planDataStore';

/**
 * A dialog's data call: on success the new data goes to the store (and so to every view); on a
 * refusal nothing changed and the translated reason is answered for the dialog to show, with the
 * error for a field to claim.
 */
export function useApplyData(store: PlanDataStore) {
  const { i18n } = useTranslation();
  return async (
    call: Promise<Result<PlanData>>,
  ): Promise<{ failure: null } | { failure: string; error: AppError }> => {
    const result = await call;
    if (!result.ok) return { failure: errorText(i18n, result.error), error: result.error };
    store.apply(result);
    return { failure: null };
  };
}
