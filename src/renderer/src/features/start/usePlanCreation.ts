import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedPlan } from '../../../../shared/ipc';
import type { Result } from '../../../../shared/result';
import { api, errorText } from '../../api/client';

interface PlanCreation {
  /** Asks where to save, saves the plan open now, then makes the file with `createAt`. */
  create: (
    title: string,
    createAt: (path: string) => Promise<Result<OpenedPlan>>,
  ) => Promise<OpenedPlan | null>;
  busy: boolean;
  /** Why the last attempt failed, for the dialog's alert; null until then. */
  failure: string | null;
}

/**
 * The steps a new plan file takes, from the template or from a Word file: the save dialog (its
 * file name made of the title), saving the plan open now, and the creation itself. A failure is
 * kept for the dialog, which stays open with everything she entered.
 */
export function usePlanCreation(beforeCreate: () => Promise<boolean>): PlanCreation {
  const { i18n } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create: PlanCreation['create'] = async (title, createAt) => {
    setFailure(null);
    setBusy(true);
    try {
      const chosen = await api.dialog.chooseNewPlanPath({
        suggestedName: title.trim().slice(0, 200),
      });
      if (!chosen.ok) {
        setFailure(errorText(i18n, chosen.error));
        return null;
      }
      if (chosen.value.path === null || !(await beforeCreate())) return null;
      const created = await createAt(chosen.value.path);
      if (!created.ok) {
        setFailure(errorText(i18n, created.error));
        return null;
      }
      return created.value;
    } finally {
      setBusy(false);
    }
  };

  return { create, busy, failure };
}
