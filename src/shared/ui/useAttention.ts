// Runs `refresh` when the panel opens, whenever it is shown or focused again, and (with an
// interval) every few seconds while it is visible: the person browses LinkedIn in the tab next
// to it, and the panel must follow without them clicking anything. Hidden panels ask nothing.
import { useEffect, useRef } from 'preact/hooks';

export function useAttention(refresh: () => void, intervalMs?: number): void {
  const latest = useRef(refresh);
  latest.current = refresh;

  useEffect(() => {
    const run = () => {
      if (document.visibilityState === 'visible') latest.current();
    };
    run();
    document.addEventListener('visibilitychange', run);
    window.addEventListener('focus', run);
    const timer = intervalMs ? window.setInterval(run, intervalMs) : undefined;
    return () => {
      document.removeEventListener('visibilitychange', run);
      window.removeEventListener('focus', run);
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [intervalMs]);
}
