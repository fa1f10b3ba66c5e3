// One section's busy flag and status line, and the way its requests run: busy while the request
// is on its way, a confirmation or the error (in the background's own words) in the status line
// after, and `after` (a re-read) either way.
import { useCallback, useState } from 'preact/hooks';
import { errorStatus } from './error-text';
import type { Status } from './StatusLine';

export function useAction(after?: () => Promise<unknown>) {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  /** Runs `work`; resolves with its result, or undefined when it failed (the status says why). */
  const run = useCallback(async <T,>(work: () => Promise<T>, okMessage?: (result: T) => string): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await work();
      if (okMessage) setStatus({ kind: 'ok', message: okMessage(result) });
      return result;
    } catch (error) {
      setStatus(errorStatus(error));
      return undefined;
    } finally {
      await after?.().catch(() => undefined);
      setBusy(false);
    }
  }, [after]);

  return { status, setStatus, busy, run };
}
