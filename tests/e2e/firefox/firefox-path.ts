// Where Debian's Firefox ESR lives, and the one clear message when it is missing.
import { existsSync } from 'node:fs';

/** FIREFOX_PATH, read at each launch, or Debian's firefox-esr. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

export class FirefoxMissingError extends Error {
  constructor(path = firefoxPath()) {
    super(
      `Firefox was not found at ${path}.\n` +
        `Install Debian's package:  sudo apt-get update && sudo apt-get install -y firefox-esr\n` +
        `or point FIREFOX_PATH at a Firefox (142 or newer, as the manifest asks) binary. Rapport never downloads a browser.`,
    );
    this.name = 'FirefoxMissingError';
  }
}

export function assertFirefox(): void {
  if (!existsSync(firefoxPath())) throw new FirefoxMissingError();
}
