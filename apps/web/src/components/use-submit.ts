import { App } from 'antd';
import { useState } from 'react';

/**
 * One write behind a button: `run(work, success, then)` spins (`busy`) while `work` runs, then says
 * `success` and calls `then`; a failure is kept in `error` for the form to show (a problem alert).
 */
export function useSubmit(): { busy: boolean; error: unknown; run: (work: () => Promise<unknown>, success: string, then: () => void) => Promise<void> } {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (work: () => Promise<unknown>, success: string, then: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      void message.success(success);
      then();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
