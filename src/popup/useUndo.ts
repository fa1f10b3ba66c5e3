// One undo at a time, offered for a few seconds after an action. A new action replaces the
// offer (the earlier change stays). Running it twice does nothing the second time.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export const UNDO_MS = 6000;

export interface UndoOffer {
  id: number;
  message: string;
}

export function useUndo(onRevert: (revert: () => Promise<void>) => Promise<void>, ms = UNDO_MS) {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const revert = useRef<(() => Promise<void>) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const nextId = useRef(1);

  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    revert.current = null;
    setOffer(null);
  }, []);

  const offerUndo = useCallback((message: string, run: () => Promise<void>) => {
    clearTimeout(timer.current);
    revert.current = run;
    setOffer({ id: nextId.current++, message });
    timer.current = setTimeout(dismiss, ms);
  }, [dismiss, ms]);

  const undo = useCallback(async () => {
    const run = revert.current;
    if (!run) return;
    dismiss();
    await onRevert(run);
  }, [dismiss, onRevert]);

  useEffect(() => () => clearTimeout(timer.current), []);
  return { offer, offerUndo, undo };
}
