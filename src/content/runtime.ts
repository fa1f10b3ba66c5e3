// The content script's only door to the extension. It uses the browser's native promise API
// (`browser` in Firefox, `chrome` in Chrome MV3) instead of webextension-polyfill, to keep the
// script that runs on every LinkedIn page small.

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

const api = (globalThis as { browser?: { runtime: RuntimeLike }; chrome?: { runtime: RuntimeLike } });

export function runtime(): RuntimeLike | undefined {
  return (api.browser ?? api.chrome)?.runtime;
}

/** False once the extension was reloaded or removed under this page. */
export function isExtensionAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}
