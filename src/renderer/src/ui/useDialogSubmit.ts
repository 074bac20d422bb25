import { useState } from 'react';

/**
 * The submit of a small dialog whose action answers a failure's text or null: busy while it runs,
 * the failure shown in the dialog, closed when it succeeded.
 */
export function useDialogSubmit(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setFailure(null);
    const failed = await action();
    setBusy(false);
    if (failed) setFailure(failed);
    else onClose();
  };
  return { busy, failure, run };
}
