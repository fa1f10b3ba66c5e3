// Where Debian's Chromium lives, and the one clear message when it is missing.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export class ChromiumMissingError extends Error {
  constructor() {
    super(
      `Chromium was not found at ${chromiumPath}.\n` +
        `Install Debian's package:  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `or point CHROME_PATH at a Chromium binary. Rapport never downloads a browser.`,
    );
    this.name = 'ChromiumMissingError';
  }
}

export function assertChromium(): void {
  if (!existsSync(chromiumPath)) throw new ChromiumMissingError();
}
