// `npm run demo`: builds Rapport and opens Chromium with it on a bundled, offline demo profile.
// With a display the window stays open for you to click through; headless, the demo walks the
// flow itself (Connect → Add a note → Insert) and saves screenshots to demo-output/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ChromiumMissingError } from '../tests/e2e/chromium-path';
import { launchExtension, projectRoot } from '../tests/e2e/harness';
import { simPage } from '../tests/fixtures/sim/pages';
import { ClosedPart } from '../tests/e2e/closed-part';
import type { Page } from 'playwright-core';

const inComposer = (page: Page, part: string) => new ClosedPart(page, part);

const DEMO_URL = 'https://www.linkedin.com/in/maya-lindqvist/';
const outDir = join(projectRoot, 'demo-output');
const headless = !process.env.DISPLAY || process.env.CI === 'true';

// The test build: the demo prints what the content script read (its test hooks, src/content/test-hooks.ts).
if (spawnSync('npm', ['run', '--silent', 'build:test'], { cwd: projectRoot, stdio: 'inherit' }).status !== 0) {
  console.error('The build failed; see above.');
  process.exit(1);
}

let ext;
try {
  ext = await launchExtension({ headless, args: ['--window-size=1280,900'] });
} catch (error) {
  if (error instanceof ChromiumMissingError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

ext.serveLinkedIn(`${DEMO_URL}*`, { html: simPage('demo-profile', { limit: 200, quotaRemaining: 4 }) });
const page = await ext.openLinkedIn(DEMO_URL);
await page.setViewportSize({ width: 1280, height: 900 });

if (!headless) {
  console.log(`Rapport is loaded on the demo profile ${DEMO_URL} (served offline).`);
  console.log('Click Connect → Add a note to see the composer. Close the window to finish.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
const shots: string[] = [];
const shot = async (name: string) => {
  const path = join(outDir, name);
  await page.screenshot({ path });
  shots.push(relative(process.cwd(), path));
};

const state = await ext.contentState<{ profile: { fullName: string; headline: string } | null }>(page);
await shot('1-profile.png');
await page.locator('main a[aria-label^="Invite "], main button[aria-label^="Invite "]').first().click();
await page.getByRole('button', { name: 'Add a note' }).click();
await page.locator('#custom-message').waitFor();
await shot('2-add-a-note.png');
// The composer's root is closed: found through CDP and clicked with a real mouse press.
const hasComposer = await inComposer(page, 'insert').waitFor({ timeout: 3000 }).then(() => true, () => false);
let counter: string | null = null;
if (hasComposer) {
  await inComposer(page, 'insert').click();
  counter = await inComposer(page, 'counter').textContent();
  await shot('3-note-inserted.png');
}
await ext.close();

console.log(`Rapport read the demo profile: ${state.profile?.fullName} — ${state.profile?.headline}`);
console.log(hasComposer ? `The composer filled LinkedIn's box (${counter}).` : 'The note composer is not part of this build yet.');
console.log('Screenshots:');
for (const path of shots) console.log(`  ${path}`);
