// The note step's composer draws what makes it usable first and the rest (facts line, talking
// points, coach) before the next paint (src/composer/composer-frames.ts). Tests about the rest
// mount through this: the mount as the page does it, then that frame, nothing else awaited.
import { vi } from 'vitest';

export function mountWhole<T>(mount: () => T): T {
  const fake = vi.isFakeTimers();
  if (!fake) vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  try {
    const mounted = mount();
    vi.advanceTimersByTime(100);
    return mounted;
  } finally {
    if (!fake) vi.useRealTimers();
  }
}

/** LinkedIn's 2024 invite dialog at its note step (the facts tests' page). */
export const NOTE_STEP_DIALOG = `
  <div data-test-modal-id="send-invite-modal"><div role="dialog" class="artdeco-modal send-invite" aria-labelledby="send-invite-modal">
    <div class="artdeco-modal__header"><h2 id="send-invite-modal">Add a note to your invitation</h2></div>
    <div class="artdeco-modal__content"><textarea id="custom-message" name="message"></textarea><span aria-live="polite">0/200</span></div>
    <div class="artdeco-modal__actionbar">
      <button aria-label="Cancel adding a note">Cancel</button><button aria-label="Send invitation">Send</button>
    </div></div></div>`;
