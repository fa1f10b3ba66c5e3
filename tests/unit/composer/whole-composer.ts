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
